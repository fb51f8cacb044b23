"""Money in yuan as `Decimal`: parsing with clear reasons, and display."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from disputekit.messages import Msg, msg

# A consumer dispute over virtual goods never reaches this; larger figures are typing errors.
MAX_AMOUNT = Decimal("100000000")
CENT = Decimal("0.01")
# Digits with an optional decimal part; commas only as thousands grouping (1,234.50).
_AMOUNT = re.compile(
    r"""[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?   # 98.50, 1,234.50
      | [+-]?\.\d+                          # .5
      | [+-]?\d+(\.\d*)?[eE][+-]?\d+         # 1e30: parsed, then refused as too large
      | NaN | [+-]?Infinity                 # parsed, then refused as not finite
    """,
    re.VERBOSE,
)


class MoneyError(ValueError):
    """A value that is not a usable amount of money; `text` (a message code, Chinese as a
    `str`) says why."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


def parse_money(value: object) -> Decimal:
    """Parse a yuan amount given as a decimal string (or int, or Decimal).

    Floats are refused: they cannot carry an exact amount of money.
    """
    if isinstance(value, bool):
        raise MoneyError(msg("money.bool", value=repr(value)))
    if isinstance(value, float):
        raise MoneyError(msg("money.float", value=repr(value)))
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.strip().removeprefix("¥").removeprefix("￥").strip()
        if not text:
            raise MoneyError(msg("money.empty"))
        if not _AMOUNT.fullmatch(text):
            # Decimal() alone would take "1_5" as 15, and dropping every comma "1,5" as 15.
            raise MoneyError(msg("money.not_number", value=repr(value)))
        try:
            amount = Decimal(text.replace(",", ""))
        except InvalidOperation:
            raise MoneyError(msg("money.not_number", value=repr(value))) from None
    else:
        raise MoneyError(msg("money.not_amount", value=repr(value)))
    if not amount.is_finite():
        raise MoneyError(msg("money.not_finite", value=repr(value)))
    if amount < 0:
        raise MoneyError(msg("money.negative", value=repr(value)))
    if amount > MAX_AMOUNT:
        raise MoneyError(msg("money.too_large", value=repr(value), most=MAX_AMOUNT))
    if amount != amount.quantize(CENT):
        raise MoneyError(msg("money.decimals", value=repr(value)))
    return amount.quantize(CENT)


def format_money(amount: Decimal) -> str:
    """The amount as the canonical JSON string: two decimals, no grouping."""
    return str(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def format_yuan(amount: Decimal) -> str:
    """The amount for people: ¥1,234.50."""
    return f"¥{amount.quantize(CENT, rounding=ROUND_HALF_UP):,}"
