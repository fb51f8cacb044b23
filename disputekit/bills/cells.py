"""One cell to its typed value: a time with +08:00, an amount in yuan, an order number, text.

These are the careful per-cell rules; `columns` runs the common case a column at a time and
falls back to them for any cell its C calls refuse.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

# China has kept UTC+8 without daylight saving since 1991; the bills carry no offset.
CHINA = timezone(timedelta(hours=8))
BLANKS = re.compile(r"\s+")
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("100000000")
_PLAIN_AMOUNT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
# A long number that a spreadsheet program turned into a float ("2.02611E+27"): its digits
# are gone for good.
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+\d+$")
_TIME_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M", "%Y.%m.%d %H:%M:%S")


def text(value: object) -> str:
    """A text cell: padding stripped, "/" (the exports' "nothing") as empty."""
    if value is None:
        return ""
    stripped = value.strip() if isinstance(value, str) else str(value).strip()
    return "" if stripped == "/" else stripped


def number(value: object) -> tuple[str, bool]:
    """An order number without the tabs and spaces the exports add; (text, damaged)."""
    if isinstance(value, float):
        # A spreadsheet stored the number as a float: exact only below 2**53 (16 digits);
        # a 28-digit transaction number has lost its last digits.
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value)), False
        return "", True
    found = text(value)
    if " " in found or "\t" in found:
        found = BLANKS.sub("", found)
    if ("E+" in found or "e+" in found) and _SCIENTIFIC.match(found):
        return "", True
    return found, False


def order_no(value: object) -> tuple[str, int]:
    """One order number cell as a row reads it; (text, 1 if damaged else 0)."""
    if type(value) is str:
        value = value.strip()
        if value.isalnum() or not value:
            return value, 0
    found, bad = number(value)
    return found, int(bad)


def parse_time(value: object) -> datetime | None:
    """A bill time (China time, no offset in the file) with +08:00; None if unreadable."""
    if isinstance(value, str):
        try:  # the usual form, "2026-11-20 10:15:00"; the offset appended is parsed in C,
            # several times faster than datetime.replace(tzinfo=...)
            moment = datetime.fromisoformat(value.strip() + "+08:00")
            # A date alone ("2026-11-20") takes "+08:00" for its time, 08:00 without offset.
            if moment.tzinfo is not None:
                return moment
        except ValueError:
            pass
    if isinstance(value, datetime):
        moment = value
    else:
        cell = text(value)
        if not cell:
            return None
        try:
            moment = datetime.fromisoformat(cell)  # "2026-11-20 10:15:00": the usual form
        except ValueError:
            parsed = _strptime(cell)
            if parsed is None:
                return None
            moment = parsed
    if moment.tzinfo is None:
        return moment.replace(tzinfo=CHINA)
    return moment.astimezone(CHINA)


def _strptime(cell: str) -> datetime | None:
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(cell, fmt)
        except ValueError:
            continue
    return None


def parse_amount(value: object) -> Decimal | None:
    """A bill amount as Decimal in yuan and fen (never negative: the direction says which
    way); None if unreadable. XLSX numbers come as floats: their shortest repr is the value
    shown. More than two decimals is not an amount a bill shows: refused, not rounded."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        cell = repr(value)
        exact = False  # 0.1 + 0.2 style float noise is rounded to the fen
    else:
        cell = text(value)
        if cell[:1] in ("¥", "￥"):
            cell = cell[1:].strip()
        if "," in cell:
            cell = cell.replace(",", "")
        exact = True
    # Plain digits only: no exponent ("1e9"), no "NaN", no digits of other scripts.
    if not _PLAIN_AMOUNT.fullmatch(cell):
        return None
    try:
        amount = Decimal(cell)
    except InvalidOperation:
        return None
    if abs(amount) > MAX_AMOUNT:  # no bill row is a hundred million yuan; 29 digits overflow
        return None
    dot = cell.find(".")
    if exact and dot >= 0 and len(cell) - dot - 1 > 2:
        return None
    # The sign is kept: an export writes none (the direction column says which way), so a
    # minus marks an edited file (see `negative_amounts`).
    return amount.quantize(CENT)
