"""The row-by-row path: rows one at a time, for whatever the column path leaves (blank
lines, footers, short rows, XLSX cells), and the table that parsing returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from disputekit.bills import errors
from disputekit.bills.cells import number as number_cell
from disputekit.bills.cells import parse_amount, parse_time
from disputekit.bills.cells import text as text_cell
from disputekit.bills.layouts import DIRECTIONS, Columns, Layout
from disputekit.bills.model import BillRow, Direction


@dataclass(frozen=True)
class ParsedTable:
    """The rows found, the layout they followed and the header's 0-based row index."""

    layout: Layout
    header_index: int
    rows: list[BillRow]
    damaged_numbers: int  # order numbers a spreadsheet rounded away (left empty)
    header: Sequence[object] = ()  # the header row's cells as read
    after_header: Sequence[object] = ()  # the row right under the header, as read
    above: Sequence[object] = ()  # the rows above the header (lines of a CSV), as read


def rest_rows(
    rest: Sequence[Sequence[object]],
    first_index: int,
    rows: list[BillRow],
    damaged: int,
    cols: Columns,
    header_index: int,
    header: Sequence[object],
    after: Sequence[object],
    file_name: str,
) -> ParsedTable:
    """Adds the rows of `rest` (table rows from `first_index` on) to `rows`, row by row,
    until a footer; BillError if the bill has no rows at all."""
    width = len(header)
    need = cols.width
    for offset, cells in enumerate(rest):
        first = cells[0] if cells else None
        lead = first.strip() if isinstance(first, str) else first
        if not lead or len(cells) < need:  # blank, short, or a summary line: look closer
            if is_blank(cells):
                continue
            if is_footer(cells, width):
                break
            cells = [*cells, *[None] * (need - len(cells))]
        elif isinstance(lead, str) and lead.startswith(FOOTER_PREFIXES):
            break
        line = first_index + offset + 1
        row, bad = typed_row(cells, cols, len(rows) + 1, line, file_name)
        damaged += bad
        rows.append(row)
    layout = cols.layout
    if not rows:
        raise errors.no_rows(file_name, layout.source)
    return ParsedTable(layout, header_index, rows, damaged, header, after)


def is_blank(cells: Sequence[object]) -> bool:
    return all(c is None or not str(c).strip() for c in cells)


FOOTER_PREFIXES = ("-", "共", "导出")


def is_footer(cells: Sequence[object], width: int) -> bool:
    """The summary lines some exports end with ("------", "共12笔记录", "导出时间…")."""
    first = str(cells[0]).strip() if cells else ""
    filled = sum(1 for c in cells if c is not None and str(c).strip())
    return first.startswith(FOOTER_PREFIXES) or (filled <= 2 and width > 4)


def typed_row(
    cells: Sequence[object], cols: Columns, number: int, line: int, file_name: str
) -> tuple[BillRow, int]:
    """Row `number` of the bill from `cells` (table line `line`, 1-based), and how many of its
    order numbers a spreadsheet damaged; BillError for a time or amount it cannot read."""
    # Called once per transaction (a year's bill: tens of thousands), so plain strings, the
    # CSV case, take an inline path; other cells (XLSX numbers, dates, None) go through
    # the careful functions of `cells`.
    raw_time = cells[cols.time[0]]
    if len(cols.time) > 1 and not text_cell(raw_time):
        raw_time = cells[cols.time[1]]
    time = parse_time(raw_time)
    if time is None:
        raise errors.bad_cell(file_name, line, "the time", "交易时间", raw_time)
    raw_amount = cells[cols.amount]
    amount = parse_amount(raw_amount)
    if amount is None:
        raise errors.bad_cell(file_name, line, "the amount", "金额", raw_amount)
    texts = []
    for i in cols.texts:
        value = cells[i] if i >= 0 else ""
        value = value.strip() if type(value) is str else text_cell(value)
        texts.append("" if value == "/" else value)
    counterparty, item, method, status, direction = texts
    numbers = []
    damaged = 0
    for i in (cols.transaction_no, cols.merchant_order_no):
        value = cells[i]
        if type(value) is str and value.isalnum():  # most cells, after the tab is stripped
            numbers.append(value)
            continue
        value = value.strip() if type(value) is str else value
        if type(value) is str and (value.isalnum() or not value):
            numbers.append(value)
            continue
        found, bad = number_cell(value)
        numbers.append(found)
        damaged += bad
    row = BillRow(
        number,
        time,
        counterparty,
        item,
        method,
        status,
        DIRECTIONS.get(direction, Direction.NEUTRAL),
        amount,
        numbers[0],
        numbers[1],
    )
    return row, damaged


def regular_end(table: Sequence[Sequence[object]], start: int, need: int) -> int:
    """The index of the first row from `start` on that needs a closer look: shorter than
    `need`, or its first cell blank, not text, or a footer's. Whole-column C calls: no
    Python code runs per row."""
    body = table[start:]
    if not body:
        return start
    ends = [len(body)]
    short = list(map(need.__gt__, map(len, body)))
    if True in short:
        ends.append(short.index(True))
    body = body[: min(ends)]
    try:
        leads = list(map(str.strip, map(itemgetter(0), body)))
    except TypeError:  # an XLSX number or date in the first column
        return start
    if "" in leads:
        ends.append(leads.index(""))
    footers = list(map(str.startswith, leads, repeat(FOOTER_PREFIXES)))
    if True in footers:
        ends.append(footers.index(True))
    return start + min(ends)
