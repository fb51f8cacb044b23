"""The column path: a run of full rows converted a column at a time.

Gives what `rows.typed_row` gives for each row, errors included, but mostly with C calls
over a whole column (str.strip, datetime.fromisoformat, Decimal) where a row loop ran Python
code for every cell; a cell those calls refuse goes through the careful functions of `cells`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from itertools import compress, count, repeat
from operator import attrgetter, is_, itemgetter, not_
from typing import cast

from disputekit.bills import errors
from disputekit.bills.cells import (
    CENT,
    CHINA,
    MAX_AMOUNT,
    number,
    order_no,
    parse_amount,
    parse_time,
    text,
)
from disputekit.bills.layouts import DIRECTIONS, Columns
from disputekit.bills.model import BillRow, Direction

# Every amount of a provider's CSV export: digits, a point and two decimals, no sign, no
# padding, WeChat Pay's "¥" in front or not; one cell a line.
_PLAIN_AMOUNTS = re.compile(r"(?:¥?[0-9]{1,8}\.[0-9]{2}\n)*¥?[0-9]{1,8}\.[0-9]{2}")
_PLAIN_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def column_rows(
    column_of: Callable[[int], Sequence[object]],
    length: int,
    cols: Columns,
    start: int,
    file_name: str,
    times: list[datetime | None] | None = None,
    first: int = 1,
) -> tuple[list[BillRow], int]:
    """`length` full rows (table index `start` on), given by `column_of(i)`, their i-th
    cells top to bottom; and how many order numbers were damaged. Errors are the row path's
    too: the first bad row, its time before its amount. `times`, when given, is what
    `column_times` made of the time column already; the rows are numbered from `first`."""
    if not length:
        return [], 0
    raw_times = column_of(cols.time[0])
    if len(cols.time) > 1:
        later = column_of(cols.time[1])
        raw_times = [a if text(a) else b for a, b in zip(raw_times, later, strict=True)]
    if times is None:
        times = column_times(raw_times)
    raw_amounts = column_of(cols.amount)
    amounts = _amounts(raw_amounts)
    # By identity: `None in amounts` would compare every Decimal with None, slowly.
    if any(map(is_, times, repeat(None))) or any(map(is_, amounts, repeat(None))):
        for k, (time, amount) in enumerate(zip(times, amounts, strict=True)):
            line = start + k + 1
            if time is None:
                raise errors.bad_cell(file_name, line, "the time", "交易时间", raw_times[k])
            if amount is None:
                raise errors.bad_cell(file_name, line, "the amount", "金额", raw_amounts[k])
    texts = [_texts(column_of(i)) if i >= 0 else [""] * length for i in cols.texts]
    counterparty, item, method, status, direction = texts
    directions = list(map(DIRECTIONS.get, direction, repeat(Direction.NEUTRAL)))
    transaction_no, bad_tx = _numbers(column_of(cols.transaction_no))
    merchant_order_no, bad_mo = _numbers(column_of(cols.merchant_order_no))
    fields = zip(
        count(first),
        times,
        counterparty,
        item,
        method,
        status,
        directions,
        amounts,
        transaction_no,
        merchant_order_no,
    )
    # tuple.__new__ is what BillRow(...) calls underneath; mapping it directly keeps the
    # Python-level constructor out of the loop.
    rows: list[BillRow] = list(map(tuple.__new__, repeat(BillRow), fields))
    return rows, bad_tx + bad_mo


def column_times(cells: Sequence[object]) -> list[datetime | None]:
    """`parse_time` of every cell (None where a cell is not a time)."""
    try:
        return _fast_times(cells)
    except (TypeError, ValueError):  # a date cell, or another form: parse_time per cell
        return list(map(parse_time, cells))


def _amounts(cells: Sequence[object]) -> list[Decimal | None]:
    try:
        return _fast_amounts(cells)
    except (TypeError, ValueError, InvalidOperation):  # parse_amount per cell
        return list(map(parse_amount, cells))


def _fast_times(cells: Sequence[object]) -> list[datetime | None]:
    # parse_time for text cells without an offset of their own, its fallback for the rest.
    # The time is read without offset and combined with the one shared CHINA: cheaper than
    # appending "+08:00" to every cell, and no offset object per row to make and free.
    naive = list(map(datetime.fromisoformat, map(str.strip, cells)))  # type: ignore[arg-type]
    if any(map(attrgetter("tzinfo"), naive)):
        raise ValueError("a cell with an offset of its own")
    return list(map(datetime.combine, naive, map(datetime.time, naive), repeat(CHINA)))


def _fast_amounts(cells: Sequence[object]) -> list[Decimal | None]:
    # parse_amount for plain "12.50" or "¥12.50" cells; a sign, a space after "¥", commas,
    # "/", a third decimal or an infinity raise here and are left to parse_amount.
    text_cells = cast("list[str]", cells)  # a non-text cell raises TypeError below: wanted
    joined = "\n".join(text_cells)
    # One regular-expression pass over the whole column: when every cell is a plain amount
    # with two decimals, Decimal(text) already is the value quantize() would give, and
    # neither strip() nor the "¥" needs a call per cell.
    if _PLAIN_AMOUNTS.fullmatch(joined):
        plain = joined.replace("¥", "").split("\n")
        if len(plain) == len(cells):  # else a cell held a line break (an XLSX cell)
            return list(map(Decimal, plain))
    texts = list(map(str.strip, text_cells))
    if texts and texts[0][:1] == "¥":
        texts = list(map(str.removeprefix, texts, repeat("¥")))
    decimals = map(len, map(itemgetter(2), map(str.partition, texts, repeat("."))))
    if max(decimals) > 2:
        raise ValueError("more than two decimals")
    if not all(map(_PLAIN_AMOUNT.fullmatch, texts)):
        raise ValueError("an exponent, a sign, another script's digits")  # parse_amount says
    amounts = list(map(Decimal, texts))
    if max(amounts) > MAX_AMOUNT:
        raise ValueError("too large")  # parse_amount says which
    return list(map(Decimal.quantize, amounts, repeat(CENT)))


def _texts(cells: Sequence[object]) -> list[str]:
    """A text column as `rows.typed_row` has it: stripped, "/" as empty."""
    try:
        texts: list[str] = list(map(str.strip, cells))  # type: ignore[arg-type]
    except TypeError:
        return list(map(text, cells))
    if "/" in texts:
        texts = ["" if t == "/" else t for t in texts]
    return texts


def _numbers(cells: Sequence[object]) -> tuple[list[str], int]:
    """An order number column as `rows.typed_row` has it, and how many were damaged."""
    try:
        numbers: list[str] = list(map(str.strip, cells))  # type: ignore[arg-type]
    except TypeError:
        found = list(map(order_no, cells))
        return [cell for cell, _ in found], sum(bad for _, bad in found)
    if _all_ascii_alnum(numbers):
        return numbers, 0
    plain = list(map(str.isalnum, numbers))
    damaged = 0
    for k in compress(count(), map(not_, plain)):
        if numbers[k]:
            numbers[k], bad = number(numbers[k])
            damaged += bad
    return numbers, damaged


def _all_ascii_alnum(numbers: list[str]) -> bool:
    """True when every cell holds only ASCII letters and digits (empty cells too).

    str.isalnum looks every character up in the Unicode database, 2 ms a column of
    28-digit numbers; bytes.isalnum is a table lookup. Any other cell answers False, and
    the caller looks at each cell as before."""
    try:
        joined = "\n".join(numbers).encode("ascii")
    except UnicodeEncodeError:
        return False
    return joined.translate(None, b"\n").isalnum() or not joined.strip(b"\n")
