"""An address read into province → city → district by the GB/T 2260 table, never guessed.

The table (code, name) is given by the caller (`disputekit.divisions_data` reads the shipped
one). An address is read from its start, one level after another: a province (full name, or its
short form when a city or district of it follows), a city (likewise), a district (full name).
A level may be skipped (南京市鼓楼区…, 江苏省昆山市…); a name is only taken where the address
says it, never found further inside (上海市黄浦区北京东路 is in Shanghai). When the readings that
fit best disagree (朝阳区 is in Beijing and in Changchun), the levels they disagree on stay
unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# 北京, 天津, 上海, 重庆: their districts stand directly under them.
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
_PROVINCE_SUFFIX = re.compile(r"(壮族|回族|维吾尔)?自治区$|省$|市$")
_LEADING = re.compile(r"^(中华人民共和国|中国)")


@dataclass(frozen=True)
class Place:
    """The divisions an address names; None where the address does not say (or is unclear)."""

    province: str | None = None
    city: str | None = None
    district: str | None = None

    @property
    def known(self) -> bool:
        """At least the province is known."""
        return self.province is not None


@dataclass(frozen=True)
class _Hit:
    code: str
    end: int
    full: bool


class Divisions:
    """The GB/T 2260 table, with lookups by level and by the code's prefix."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self.names: dict[str, str] = {}
        for code, name in rows:
            self.names[code] = name
        self.provinces = [c for c in self.names if c.endswith("0000")]
        self.cities = [c for c in self.names if c.endswith("00") and not c.endswith("0000")]
        self.districts = [c for c in self.names if not c.endswith("00")]

    def _short(self, code: str) -> str:
        name = self.names[code]
        short = _PROVINCE_SUFFIX.sub("", name) if code.endswith("0000") else name
        if not code.endswith("0000") and name.endswith("市"):
            short = name[:-1]
        return short if len(short) >= 2 and short != name else ""

    def _hits(self, text: str, pos: int, codes: Iterable[str], short: bool) -> list[_Hit]:
        hits = []
        for code in codes:
            name = self.names[code]
            if text.startswith(name, pos):
                hits.append(_Hit(code, pos + len(name), True))
            elif short and (s := self._short(code)) and text.startswith(s, pos):
                hits.append(_Hit(code, pos + len(s), False))
        return hits

    def city_of(self, code: str) -> str | None:
        """The city a district belongs to (a municipality is its own city), or None for a
        county a province governs directly."""
        if code[:2] in MUNICIPALITIES:
            return self.names.get(code[:2] + "0000")
        return self.names.get(code[:4] + "00")

    def _place(self, code: str, level: int) -> Place:
        province = self.names.get(code[:2] + "0000")
        if level == 0:
            city = self.names[code] if code[:2] in MUNICIPALITIES else None
            return Place(province, city, None)
        if level == 1:
            return Place(province, self.names[code], None)
        return Place(province, self.city_of(code), self.names[code])

    def _readings(self, text: str) -> list[tuple[tuple[int, int, int], str, int]]:
        """Every consistent reading: (score, deepest code, its level)."""
        out = []
        for p in [*self._hits(text, 0, self.provinces, True), None]:
            start = p.end if p else 0
            prov = p.code[:2] if p else ""
            cities = [] if prov in MUNICIPALITIES else [
                c for c in self.cities if c.startswith(prov)
            ]  # fmt: skip
            for c in [*self._hits(text, start, cities, True), None]:
                after = c.end if c else start
                scope = c.code[:4] if c else prov
                districts = [d for d in self.districts if d.startswith(scope)]
                for d in [*self._hits(text, after, districts, False), None]:
                    hits = [h for h in (p, c, d) if h is not None]
                    if not hits or any(not h.full and h is hits[-1] for h in hits):
                        continue  # a short name counts only with a deeper level after it
                    deepest = hits[-1]
                    level = 2 if deepest is d else 1 if deepest is c else 0
                    score = (len(hits), sum(h.full for h in hits), deepest.end)
                    out.append((score, deepest.code, level))
        return out

    def read(self, address: str) -> Place:
        """The province, city and district `address` names, as far as it is clear."""
        text = _LEADING.sub("", re.sub(r"\s+", "", address or ""))
        readings = self._readings(text)
        if not readings:
            return Place()
        best = max(score for score, _, _ in readings)
        places = {self._place(code, level) for score, code, level in readings if score == best}
        if len(places) == 1:
            return places.pop()
        province = {p.province for p in places}
        if len(province) != 1:
            return Place()
        city = {p.city for p in places}
        return Place(province.pop(), city.pop() if len(city) == 1 else None, None)


def parse_table(text: str) -> Divisions:
    """The table from its TSV text (a `code<TAB>name` header, then one division a line)."""
    rows = []
    for line in text.splitlines()[1:]:
        code, _, name = line.partition("\t")
        if code.strip() and name.strip():
            rows.append((code.strip(), name.strip()))
    return Divisions(rows)
