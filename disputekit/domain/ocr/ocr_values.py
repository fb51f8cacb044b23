"""What a value next to an OCR label must look like to be taken: an order number, a sum in
yuan, a wall-clock time in Shanghai, a party's name; each parser returns the value as the
case JSON writes it, or None. Trailing buttons an app draws beside a value (复制, >) are
dropped first."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation

from disputekit.timeutil import SHANGHAI

_ORDER_NO = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{5,63}")
_AMOUNT = re.compile(r"[-−+]?[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?元?")
_TIME = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?"
)
_TRAILING_ACTIONS = ("复制", "查看", ">", "›")


def squash(text: str) -> str:
    """The text without any whitespace (engines split and space lines at will)."""
    return re.sub(r"\s+", "", text)


def _strip_actions(text: str) -> str:
    flat = squash(text)
    changed = True
    while changed:
        changed = False
        for action in _TRAILING_ACTIONS:
            if flat.endswith(action) and len(flat) > len(action):
                flat = flat[: -len(action)]
                changed = True
    return flat


def parse_order_no(text: str) -> str | None:
    """An order or transaction number: letters, digits, - and _ (spaces removed)."""
    flat = _strip_actions(text)
    return flat if _ORDER_NO.fullmatch(flat) else None


def parse_amount(text: str) -> str | None:
    """A sum in yuan as a decimal string with two places, without sign or ¥ ("-¥98.5" → "98.50")."""
    flat = _strip_actions(text)
    if not _AMOUNT.fullmatch(flat):
        return None
    digits = re.sub(r"[^0-9.]", "", flat)
    try:
        value = Decimal(digits).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
    return f"{value:.2f}"


def parse_time(text: str) -> str | None:
    """A wall-clock time in Shanghai as ISO 8601 with +08:00 (seconds default to 0)."""
    match = _TIME.fullmatch(_strip_actions(text))
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)
    except ValueError:
        return None
    return moment.isoformat()


def parse_name(text: str) -> str | None:
    """A party's name: the text as shown, trimmed of a trailing action (复制, >)."""
    flat = _strip_actions(text.strip())
    return text.strip() if flat and len(flat) >= 2 else None


# field name -> the parser of its value
PARSERS = {
    "order_no": parse_order_no,
    "merchant_order_no": parse_order_no,
    "amount": parse_amount,
    "time": parse_time,
    "counterparty": parse_name,
    "platform": parse_name,
}
