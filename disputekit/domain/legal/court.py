"""Which court a 民事起诉状 is addressed to.

互联网法院规定第二条(一): the Beijing, Guangzhou and Hangzhou internet courts hear, for their
cities, first-instance disputes over online-shopping contracts concluded or performed through an
e-commerce platform. A 卡盟 order is such a contract, so a defendant domiciled in one of those
cities is sued there; elsewhere the court is a basic-level court with jurisdiction, normally
where the defendant is domiciled, and only the user can name it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from disputekit.messages import Joined, Localized, Msg, msg

ARTICLE_2 = "《最高人民法院关于互联网法院审理案件若干问题的规定》第二条第（一）项"

INTERNET_COURTS = {"北京": "北京互联网法院", "广州": "广州互联网法院", "杭州": "杭州互联网法院"}
_CITIES_EN = {"北京": "Beijing", "广州": "Guangzhou", "杭州": "Hangzhou"}
# The first city name in an address is where it is (广州市越秀区北京路 is in Guangzhou);
# 杭州湾 is a bay near Ningbo, not Hangzhou.
_CITY = re.compile(r"北京|广州|杭州(?!湾)")


@dataclass(frozen=True)
class CourtChoice:
    """The court to address: `name` when the rule fixes it, else None and a note for the user."""

    name: str | None
    note: Msg

    @property
    def addressee(self) -> str:
        """The 此致 line's court: the name, or a blank for the user to fill in."""
        return self.name or "________人民法院"


def choose_court(respondent_address: str) -> CourtChoice:
    """The court for a suit against a defendant whose 住所 is `respondent_address`."""
    found = _CITY.search(respondent_address or "")
    if found:
        city = found.group()
        name = INTERNET_COURTS[city]
        return CourtChoice(
            name,
            msg(
                "court.internet",
                city=Localized(city, _CITIES_EN[city]),
                law=ARTICLE_2,
                court=Localized(name, f"{_CITIES_EN[city]} Internet Court"),
            ),
        )
    if not (respondent_address or "").strip():
        return CourtChoice(None, msg("court.no_address"))
    cities = tuple(Localized(zh, en) for zh, en in _CITIES_EN.items())
    return CourtChoice(None, msg("court.basic_level", cities=Joined(cities)))
