"""Checks on a 公民身份号码 (GB 11643-1999) against the birth date and gender given with it.

A court refuses a complaint whose plaintiff cannot be identified; a mistyped digit is the usual
cause. The 18th character is a checksum (ISO 7064 MOD 11-2), digits 7–14 are the birth date and
the 17th is odd for a man, even for a woman.
"""

from __future__ import annotations

from datetime import date

from disputekit.domain.case.vocabulary import Gender
from disputekit.messages import msg

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_character(first17: str) -> str:
    """The checksum character for the first 17 digits."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def id_number_problems(
    id_number: str, gender: Gender | None, birth_date: date | None
) -> list[tuple[str, str]]:
    """(field, Chinese message) for each way the number disagrees with itself or the person."""
    value = id_number.strip().upper()
    if len(value) != 18 or not value[:17].isdigit():
        return [("id_number", msg("id_number.length"))]
    if check_character(value[:17]) != value[17]:
        return [("id_number", msg("id_number.checksum"))]
    problems: list[tuple[str, str]] = []
    digits = value[6:14]
    if birth_date is not None and digits != birth_date.strftime("%Y%m%d"):
        problems.append(("birth_date", msg("id_number.birth_date", digits=digits)))
    if gender is not None:
        expected = Gender.MALE if int(value[16]) % 2 else Gender.FEMALE
        if gender is not expected:
            problems.append(("gender", msg("id_number.gender", expected=expected)))
    return problems
