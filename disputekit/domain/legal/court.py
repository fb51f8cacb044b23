"""Which court a 民事起诉状 is addressed to.

A contract dispute goes to the court of the defendant's 住所地 or of the place of performance
(民诉法第二十二条, 第二十四条); for goods bought online and delivered over the network the place
of performance is the buyer's 住所地 (解释第二十条), so the buyer chooses (`CourtBasis`).
互联网法院规定第二条(一): the Beijing, Guangzhou and Hangzhou internet courts hear, for their
cities, first-instance disputes over online-shopping contracts concluded through an e-commerce
platform. The city is read from the chosen address's divisions (`domain.divisions`), never from
a substring; elsewhere the court is the district's 基层人民法院, and an address whose district
cannot be read leaves the court for the user to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass

from disputekit.domain.case.vocabulary import CourtBasis
from disputekit.domain.legal.divisions import Place
from disputekit.messages import Localized, Msg, msg

ARTICLE_2 = "《最高人民法院关于互联网法院审理案件若干问题的规定》第二条第（一）项"
CIVIL_PROCEDURE = "《中华人民共和国民事诉讼法》"
INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
# The article each choice rests on.
BASIS_LAW = {
    CourtBasis.DEFENDANT: f"{CIVIL_PROCEDURE}第二十二条、第二十四条",
    CourtBasis.BUYER: f"{CIVIL_PROCEDURE}第二十四条，{INTERPRETATION}第二十条",
}

INTERNET_COURTS = {
    "北京市": ("北京互联网法院", "Beijing"),
    "广州市": ("广州互联网法院", "Guangzhou"),
    "杭州市": ("杭州互联网法院", "Hangzhou"),
}


@dataclass(frozen=True)
class CourtChoice:
    """The court to address: `name` when the divisions fix it, else None and a note."""

    name: str | None
    note: Msg
    basis: CourtBasis = CourtBasis.DEFENDANT

    @property
    def addressee(self) -> str:
        """The 此致 line's court: the name, or a blank for the user to fill in."""
        return self.name or "________人民法院"


def basic_court(place: Place) -> str | None:
    """The 基层人民法院 of the place's district (上海市黄浦区人民法院, 江苏省昆山市人民法院), or
    None when the district is unknown."""
    if place.district is None or place.province is None:
        return None
    if place.district.endswith("区") and place.city:
        return f"{place.city}{place.district}人民法院"
    return f"{place.province}{place.district}人民法院"


def _where(place: Place) -> str:
    parts = [place.province, place.city if place.city != place.province else None, place.district]
    return "".join(p for p in parts if p)


def choose_court(
    place: Place, address: str, basis: CourtBasis = CourtBasis.DEFENDANT
) -> CourtChoice:
    """The court for the address the buyer chose (`basis`), read into `place`."""
    who = Localized(basis.zh, basis.en)
    if not address.strip():
        return CourtChoice(None, msg("court.no_address", basis=who), basis)
    if place.city in INTERNET_COURTS:
        name, city_en = INTERNET_COURTS[place.city]
        note = msg(
            "court.internet",
            basis=who,
            city=Localized(place.city, city_en),
            law=ARTICLE_2,
            court=Localized(name, f"{city_en} Internet Court"),
        )
        return CourtChoice(name, note, basis)
    court = basic_court(place)
    if court is not None:
        return CourtChoice(court, msg("court.basic_level", basis=who, place=_where(place),
                                      court=court), basis)  # fmt: skip
    read = _where(place) or msg("court.nothing_read")
    return CourtChoice(None, msg("court.district_unknown", basis=who, address=address, read=read),
                       basis)  # fmt: skip
