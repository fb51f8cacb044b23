"""What people type into a number field, made plain: full-width digits and punctuation from a
Chinese input method (４９．５０, 49。5) become ASCII, and an amount that could be read two
ways ("49,2": 49.2 or 492?) is refused instead of guessed."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from disputekit.domain.case.values.money import MoneyError, parse_money

# NFKC turns ４９．５０ into 49.50 and ，into a comma, but leaves the ideographic full stop
# that a Chinese IME types for "." alone.
_EXTRA = str.maketrans({"。": ".", "｡": "."})
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")

# Why an amount was refused; the UI words each code in its language.
AMBIGUOUS_COMMA = "ambiguous_comma"
NOT_A_NUMBER = "not_a_number"
TOO_MANY_DECIMALS = "too_many_decimals"
TOO_LARGE = "too_large"


def normalize_number_text(text: str) -> str:
    """`text` with full-width forms folded to ASCII (NFKC) and the IME full stop made a dot."""
    return unicodedata.normalize("NFKC", text).translate(_EXTRA)


def money_problem(text: str) -> str | None:
    """None when `text` (already normalised) is empty or a usable yuan amount; else a code."""
    plain = text.strip().removeprefix("¥").removesuffix("元").strip()
    if not plain:
        return None
    if "," in plain and not _GROUPED.fullmatch(plain):
        return AMBIGUOUS_COMMA
    if not re.fullmatch(r"[\d,]*(\.\d*)?", plain) or not any(c.isdigit() for c in plain):
        return NOT_A_NUMBER
    if len(plain.partition(".")[2]) > 2:
        return TOO_MANY_DECIMALS
    try:
        parse_money(plain.removesuffix("."))  # "49." while the user is still typing
    except MoneyError:
        return TOO_LARGE
    return None


def parse_typed_money(text: str) -> Decimal | None:
    """The amount typed in `text`, or None when empty or refused (see `money_problem`)."""
    plain = normalize_number_text(text).strip().removeprefix("¥").removesuffix("元").strip()
    if not plain or money_problem(plain) is not None:
        return None
    return parse_money(plain.removesuffix("."))
