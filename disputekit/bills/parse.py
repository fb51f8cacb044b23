"""Turn a bill's table of cells into rows: pure, no file access.

The header is found by its column names (`layouts`); the unbroken run of full rows under it
(all of them in an export) is typed a column at a time (`columns`), anything else row by row
(`rows`), one cell at a time by the rules of `cells`.
Cells come from a CSV (strings) or an XLSX (strings, numbers, datetimes).
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import repeat
from operator import is_, itemgetter

from disputekit.bills import errors
from disputekit.bills.columns import column_rows, column_times
from disputekit.bills.layouts import HEADER_SEARCH_ROWS, Columns, find_header
from disputekit.bills.model import BillRow
from disputekit.bills.rows import FOOTER_PREFIXES, ParsedTable, regular_end, rest_rows


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a bill's rows are built.

    Building 10,000 rows allocates 10,000 tuples, and every 700 of them started a
    collection that walked the half-built columns (hundreds of thousands of references)
    again: a fifth of the parse. The rows and columns hold only strings, numbers, dates and
    enum members, never a cycle, so nothing is left for the collector to find; it runs as
    usual after. Left alone when something else has turned it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_table(table: Sequence[Sequence[object]], file_name: str) -> ParsedTable:
    """Rows of the bill in `table`; BillError naming the file and the problem otherwise."""
    with _collector_paused():
        return _parse_table(table, file_name)


def parse_csv(text: str, file_name: str) -> ParsedTable:
    """What `parse_table(list(csv.reader(text.splitlines())))` gives for a CSV bill's text.

    A year's export is tens of thousands of rows, and building a list per row only to take
    it apart again was most of the import's time: the lines under the header that have the
    same number of commas and no quote character (all of them in a provider's export) are
    split on commas a piece of the text at a time and taken a column at a time; anything
    else goes through csv.reader."""
    with _collector_paused():
        try:
            return _parse_csv(text, file_name)
        except csv.Error:  # a cell over csv's field limit (131,072 characters)
            raise errors.broken_csv(file_name) from None


def _parse_table(table: Sequence[Sequence[object]], file_name: str) -> ParsedTable:
    found = find_header(table)
    if found is None:
        raise errors.not_bill(file_name)
    layout, header_index, columns = found
    cols = Columns(layout, columns)
    # The unbroken run of full rows right under the header (all of them in an export) is
    # converted a column at a time; the rest (blank lines, footers, short rows) row by row.
    start = header_index + 1
    end = regular_end(table, start, cols.width)
    body = table[start:end]
    rows, damaged = column_rows(
        lambda i: list(map(itemgetter(i), body)), len(body), cols, start, file_name
    )
    after = table[start] if start < len(table) else ()
    parsed = rest_rows(
        table[end:], end, rows, damaged, cols, header_index, table[header_index], after, file_name
    )
    return replace(parsed, above=table[:header_index])


def _parse_csv(text: str, file_name: str) -> ParsedTable:
    head_text = text[: _line_end(text, HEADER_SEARCH_ROWS)]
    head_lines = head_text.splitlines()[:HEADER_SEARCH_ROWS]
    found = find_header(map(_split_line, head_lines[: _plain_lines(head_lines)]))
    if found is None:  # or a quote above it
        return _parse_table(csv_rows(text.splitlines()), file_name)
    layout, header_index, columns = found
    cols = Columns(layout, columns)
    start = header_index + 1
    pos = sum(map(len, head_text.splitlines(keepends=True)[:start]))  # where the rows begin
    rows: list[BillRow] = []
    damaged = 0
    end = start  # the table index of the line at `pos`
    first = ""
    n = 0  # cells a line of the run has: as many as the first line under the header
    rest: list[str] = []
    while pos < len(text):
        stop = _piece_end(text, pos)
        lines = text[pos:stop].splitlines()
        pos = stop
        if not n:
            first = lines[0]
            n = first.count(",") + 1
        plain = _plain_lines(lines) if n >= cols.width else 0
        typed, bad = _chunk_rows(lines[:plain], n, cols, end, len(rows) + 1, file_name)
        rows += typed
        damaged += bad
        end += len(typed)
        if len(typed) < len(lines):  # the run ends here; the rest goes row by row
            rest = [*lines[len(typed) :], *text[pos:].splitlines()]
            break
    cells = csv_rows(rest)
    after = first.split(",") if end > start else (cells[0] if cells else ())
    header = _split_line(head_lines[header_index])
    parsed = rest_rows(cells, end, rows, damaged, cols, header_index, header, after, file_name)
    return replace(parsed, above=head_lines[:header_index])


# Characters of text split and typed together: about 600 lines of an export. Splitting a
# year's bill in one go left its cells (over 100,000 strings) out of the processor's cache
# by the time their columns were typed, and every column pass read them back from memory:
# a third of the import (benchmarks/bills.py). A piece's cells, about half a megabyte, are
# still cached when their columns are read.
PIECE_CHARS = 65536


def _piece_end(text: str, pos: int) -> int:
    """Where the piece of `text` from `pos` ends: after its last line feed within
    PIECE_CHARS, or after the first one beyond for a longer line. A cut right after a line
    feed splits no line break ("\\r\\n" included), so the pieces' lines are the text's."""
    stop = text.rfind("\n", pos, pos + PIECE_CHARS) + 1
    if stop > pos:
        return stop
    return text.find("\n", pos + PIECE_CHARS) + 1 or len(text)


def _line_end(text: str, count: int) -> int:
    """Where the first `count` lines ending in a line feed end (the text's end if fewer do)."""
    pos = 0
    for _ in range(count):
        pos = text.find("\n", pos) + 1
        if not pos:
            return len(text)
    return pos


def _chunk_rows(
    chunk: Sequence[str], n: int, cols: Columns, start: int, first: int, file_name: str
) -> tuple[list[BillRow], int]:
    """The rows of the lines in `chunk` (table index `start` on, numbered from `first`) up
    to the first that needs a closer look: a line without `n` cells, a blank first cell, a
    footer's; and how many order numbers were damaged."""
    run = len(chunk)
    if not run:
        return [], 0
    # Each line break becomes a cell of its own, "\n" (no line holds one), so the split also
    # checks the lines: they all have n cells exactly when the breaks sit every n + 1 cells.
    stride = n + 1
    cells = ",\n,".join(chunk).split(",")
    if len(cells) != run * stride - 1 or cells[n::stride].count("\n") != run - 1:
        counts = list(map(str.count, chunk, repeat(",")))
        run = list(map((n - 1).__ne__, counts)).index(True)
        cells = ",\n,".join(chunk[:run]).split(",") if run else []
    times = None
    if run and cols.time == (0,):
        # A first cell that reads as a time is neither blank nor a footer's ("-", "共",
        # "导出"), so when every first cell does, the look at them below is not needed.
        times = column_times(cells[0::stride])
        if any(map(is_, times, repeat(None))):
            times = None
    if run and times is None:  # stop before a blank first cell or a footer, as
        # `regular_end` does
        leads = list(map(str.strip, cells[0::stride]))
        ends = [run]
        if "" in leads:
            ends.append(leads.index(""))
        footers = list(map(str.startswith, leads, repeat(FOOTER_PREFIXES)))
        if True in footers:
            ends.append(footers.index(True))
        if min(ends) < run:
            run = min(ends)
            del cells[run * stride :]
    return column_rows(lambda i: cells[i::stride], run, cols, start, file_name, times, first)


def csv_rows(lines: Sequence[str]) -> list[list[str]]:
    """`list(csv.reader(lines))`, with the plain lines at the top split on commas directly."""
    plain = _plain_lines(lines)
    rows = _split(lines[:plain])
    rows += csv.reader(lines[plain:])
    return rows


def _split(lines: Sequence[str]) -> list[list[str]]:
    return list(map(_split_line, lines))


def _split_line(line: str) -> list[str]:
    # csv.reader gives [] for an empty line, and splits a plain line at every comma.
    return line.split(",") if line else []


def _plain_lines(lines: Sequence[str]) -> int:
    """How many lines from the top csv.reader splits at every comma and nowhere else: lines
    without a quote character or a line break, within its field size limit (longer raises
    there)."""
    ends = [len(lines)]
    joined = "".join(lines)  # one scan of the whole text instead of one call per line
    if '"' in joined or "\n" in joined:  # "\n" only in lines not split by str.splitlines
        quoted = list(map(str.__contains__, lines, repeat('"')))
        broken = list(map(str.__contains__, lines, repeat("\n")))
        ends += [quoted.index(True)] if True in quoted else []
        ends += [broken.index(True)] if True in broken else []
    limit = csv.field_size_limit()
    if max(map(len, lines), default=0) > limit:
        long = list(map(limit.__lt__, map(len, lines)))
        ends.append(long.index(True))
    return min(ends)
