"""Turn a bill's table of cells into rows: pure, no file access.

The header is found by its column names, never by its row number: every parser that assumed
a row number broke when the providers moved the header (WeChat: row 17, then 18, then 19).
Cells come from a CSV (strings) or an XLSX (strings, numbers, datetimes).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from itertools import compress, count, repeat
from operator import is_, itemgetter, not_

from disputekit.bills.model import BillError, BillRow, BillSource, Direction

# China has kept UTC+8 without daylight saving since 1991; the bills carry no offset.
CHINA = timezone(timedelta(hours=8))
_BLANKS = re.compile(r"\s+")
_CENT = Decimal("0.01")
# A long number that a spreadsheet program turned into a float ("2.02611E+27"): its digits
# are gone for good.
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+\d+$")


@dataclass(frozen=True)
class Layout:
    """One known header: which column holds which field (several names: first found wins)."""

    source: BillSource
    name: str
    time: tuple[str, ...]
    counterparty: str
    item: str
    method: str | None
    status: str
    direction: str
    amount: str
    transaction_no: str
    merchant_order_no: str

    def required(self) -> set[str]:
        """The column names a header must have to be this layout."""
        names = {self.counterparty, self.item, self.status, self.direction, self.amount}
        names |= {self.transaction_no, self.merchant_order_no, self.time[-1]}
        if self.method:
            names.add(self.method)
        return names


LAYOUTS = (
    Layout(
        BillSource.ALIPAY,
        "支付宝交易明细",
        ("交易时间",),
        "交易对方",
        "商品说明",
        "收/付款方式",
        "交易状态",
        "收/支",
        "金额",
        "交易订单号",
        "商家订单号",
    ),
    Layout(
        BillSource.WECHAT_PAY,
        "微信支付账单明细",
        ("交易时间",),
        "交易对方",
        "商品",
        "支付方式",
        "当前状态",
        "收/支",
        "金额(元)",
        "交易单号",
        "商户单号",
    ),
    # The older Alipay web export (交易记录明细查询): paid time, else created time.
    Layout(
        BillSource.ALIPAY,
        "支付宝交易记录（旧版网页导出）",
        ("付款时间", "交易创建时间"),
        "交易对方",
        "商品名称",
        None,
        "交易状态",
        "收/支",
        "金额（元）",
        "交易号",
        "商家订单号",
    ),
)
_DIRECTIONS = {"支出": Direction.EXPENSE, "收入": Direction.INCOME}
# How far down a header may sit; the real ones are within the first 30 rows.
HEADER_SEARCH_ROWS = 200


@dataclass(frozen=True)
class ParsedTable:
    """The rows found, the layout they followed and the header's 0-based row index."""

    layout: Layout
    header_index: int
    rows: list[BillRow]
    damaged_numbers: int  # order numbers a spreadsheet rounded away (left empty)
    header: Sequence[object] = ()  # the header row's cells as read
    after_header: Sequence[object] = ()  # the row right under the header, as read


def clean_name(cell: object) -> str:
    """A header cell without the spaces and tabs the exports pad them with."""
    return _BLANKS.sub("", str(cell)) if cell is not None else ""


def find_header(table: Sequence[Sequence[object]]) -> tuple[Layout, int, dict[str, int]] | None:
    """The first row that carries all of a layout's column names, with its column map."""
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        if len(row) < 8:
            continue
        names = [clean_name(c) for c in row]
        present = set(names)
        for layout in LAYOUTS:
            if layout.required() <= present:
                return layout, index, {n: i for i, n in reversed(list(enumerate(names)))}
    return None


def parse_table(table: Sequence[Sequence[object]], file_name: str) -> ParsedTable:
    """Rows of the bill in `table`; BillError naming the file and the problem otherwise."""
    found = find_header(table)
    if found is None:
        raise _not_bill(file_name)
    layout, header_index, columns = found
    cols = _Columns(layout, columns)
    # The unbroken run of full rows right under the header (all of them in an export) is
    # converted a column at a time; the rest (blank lines, footers, short rows) row by row.
    start = header_index + 1
    end = _regular_end(table, start, cols.width)
    body = table[start:end]
    rows, damaged = _column_rows(
        lambda i: list(map(itemgetter(i), body)), len(body), cols, start, file_name
    )
    after = table[start] if start < len(table) else ()
    header = table[header_index]
    return _rest(table[end:], end, rows, damaged, cols, header_index, header, after, file_name)


def parse_csv(lines: Sequence[str], file_name: str) -> ParsedTable:
    """What `parse_table(list(csv.reader(lines)))` gives for the lines of a CSV bill.

    A year's export is tens of thousands of rows, and building a list per row only to take
    it apart again was most of the import's time: the lines under the header that have the
    same number of commas and no quote character (all of them in a provider's export) are
    split in one go and taken a column at a time; anything else goes through csv.reader."""
    plain = _plain_lines(lines)
    head = _split(lines[: min(plain, HEADER_SEARCH_ROWS)])
    found = find_header(head)
    if found is None or found[1] + 1 >= plain:  # a quote at or above the first row
        return parse_table(csv_rows(lines), file_name)
    layout, header_index, columns = found
    cols = _Columns(layout, columns)
    start = header_index + 1
    run_lines = lines[start:plain]
    commas = run_lines[0].count(",")
    n = commas + 1
    counts = list(map(str.count, run_lines, repeat(",")))
    run = len(run_lines)
    if counts.count(commas) != run:
        run = list(map(commas.__ne__, counts)).index(True)
    if n < cols.width:
        run = 0
    cells = ",".join(run_lines[:run]).split(",") if run else []
    if run:  # stop before a blank first cell or a footer, as `_regular_end` does
        leads = list(map(str.strip, cells[0::n]))
        ends = [run]
        if "" in leads:
            ends.append(leads.index(""))
        footers = list(map(str.startswith, leads, repeat(_FOOTER_PREFIXES)))
        if True in footers:
            ends.append(footers.index(True))
        if min(ends) < run:
            run = min(ends)
            del cells[run * n :]
    rows, damaged = _column_rows(lambda i: cells[i::n], run, cols, start, file_name)
    end = start + run
    rest = csv_rows(lines[end:])
    after = run_lines[0].split(",") if run else (rest[0] if rest else ())
    header = head[header_index]
    return _rest(rest, end, rows, damaged, cols, header_index, header, after, file_name)


def csv_rows(lines: Sequence[str]) -> list[list[str]]:
    """`list(csv.reader(lines))`, with the plain lines at the top split on commas directly."""
    plain = _plain_lines(lines)
    rows = _split(lines[:plain])
    rows += csv.reader(lines[plain:])
    return rows


def _split(lines: Sequence[str]) -> list[list[str]]:
    # csv.reader gives [] for an empty line, and splits a plain line at every comma.
    return [line.split(",") if line else [] for line in lines]


def _plain_lines(lines: Sequence[str]) -> int:
    """How many lines from the top csv.reader splits at every comma and nowhere else: lines
    without a quote character and within its field size limit (longer raises there)."""
    ends = [len(lines)]
    if any(map(str.__contains__, lines, repeat('"'))):
        quoted = list(map(str.__contains__, lines, repeat('"')))
        ends.append(quoted.index(True))
    limit = csv.field_size_limit()
    if max(map(len, lines), default=0) > limit:
        long = list(map(limit.__lt__, map(len, lines)))
        ends.append(long.index(True))
    return min(ends)


def _rest(
    rest: Sequence[Sequence[object]],
    first_index: int,
    rows: list[BillRow],
    damaged: int,
    cols: _Columns,
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
            if _is_blank(cells):
                continue
            if _is_footer(cells, width):
                break
            cells = [*cells, *[None] * (need - len(cells))]
        elif isinstance(lead, str) and lead.startswith(_FOOTER_PREFIXES):
            break
        line = first_index + offset + 1
        row, bad = _row(cells, cols, len(rows) + 1, line, file_name)
        damaged += bad
        rows.append(row)
    layout = cols.layout
    if not rows:
        raise BillError(
            "no_rows",
            f"{file_name} is a {layout.source.zh} bill without any transactions; export a "
            "period that includes the order.",
            f"「{file_name}」是{layout.source.zh}账单，但没有任何交易记录；请导出包含该订单的时间段。",
        )
    return ParsedTable(layout, header_index, rows, damaged, header, after)


def _not_bill(file_name: str) -> BillError:
    return BillError(
        "not_bill",
        f"{file_name} is not an Alipay or WeChat Pay bill: no row has the columns of their "
        "exports (交易时间, 交易对方, 金额 …). Export the bill from the app "
        "(支付宝: 我的 → 账单 → 开具交易流水证明 → 用于个人对账; 微信: 我 → 服务 → 钱包 → "
        "账单 → 下载账单 → 用于个人对账).",
        f"「{file_name}」不是支付宝或微信支付账单：找不到账单表头（交易时间、交易对方、金额……）。"
        "请在支付宝（我的 → 账单 → 开具交易流水证明 → 用于个人对账）或微信（我 → 服务 → 钱包 → "
        "账单 → 下载账单 → 用于个人对账）中导出账单。",
    )


class _Columns:
    """Column positions of one layout's fields in the header found."""

    def __init__(self, layout: Layout, columns: dict[str, int]) -> None:
        self.layout = layout
        self.time = [columns[n] for n in layout.time if n in columns]
        self.counterparty = columns[layout.counterparty]
        self.item = columns[layout.item]
        self.method = columns[layout.method] if layout.method else None
        self.status = columns[layout.status]
        self.direction = columns[layout.direction]
        self.amount = columns[layout.amount]
        self.transaction_no = columns[layout.transaction_no]
        self.merchant_order_no = columns[layout.merchant_order_no]
        used = [*self.time, self.counterparty, self.item, self.status, self.direction]
        used += [self.amount, self.transaction_no, self.merchant_order_no]
        if self.method is not None:
            used.append(self.method)
        self.width = max(used) + 1  # a row shorter than this is padded with empty cells
        # The plain text fields in BillRow order; -1: the layout has no such column.
        method = -1 if self.method is None else self.method
        self.texts = (self.counterparty, self.item, method, self.status, self.direction)


def _is_blank(cells: Sequence[object]) -> bool:
    return all(c is None or not str(c).strip() for c in cells)


_FOOTER_PREFIXES = ("-", "共", "导出")


def _is_footer(cells: Sequence[object], width: int) -> bool:
    """The summary lines some exports end with ("------", "共12笔记录", "导出时间…")."""
    first = str(cells[0]).strip() if cells else ""
    filled = sum(1 for c in cells if c is not None and str(c).strip())
    return first.startswith(_FOOTER_PREFIXES) or (filled <= 2 and width > 4)


def _text(value: object) -> str:
    """A text cell: padding stripped, "/" (the exports' "nothing") as empty."""
    if value is None:
        return ""
    text = value.strip() if isinstance(value, str) else str(value).strip()
    return "" if text == "/" else text


def _number(value: object) -> tuple[str, bool]:
    """An order number without the tabs and spaces the exports add; (text, damaged)."""
    if isinstance(value, float):
        # A spreadsheet stored the number as a float: exact only below 2**53 (16 digits);
        # a 28-digit transaction number has lost its last digits.
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value)), False
        return "", True
    text = _text(value)
    if " " in text or "\t" in text:
        text = _BLANKS.sub("", text)
    if ("E+" in text or "e+" in text) and _SCIENTIFIC.match(text):
        return "", True
    return text, False


def _row(
    cells: Sequence[object], cols: _Columns, number: int, line: int, file_name: str
) -> tuple[BillRow, int]:
    # Called once per transaction (a year's bill: tens of thousands), so plain strings, the
    # CSV case, take an inline path; other cells (XLSX numbers, dates, None) go through
    # `_text`/`_number`/`parse_*`.
    raw_time = cells[cols.time[0]]
    if len(cols.time) > 1 and not _text(raw_time):
        raw_time = cells[cols.time[1]]
    time = parse_time(raw_time)
    if time is None:
        raise _bad_cell(file_name, line, "the time", "交易时间", raw_time)
    raw_amount = cells[cols.amount]
    amount = parse_amount(raw_amount)
    if amount is None:
        raise _bad_cell(file_name, line, "the amount", "金额", raw_amount)
    texts = []
    for i in cols.texts:
        value = cells[i] if i >= 0 else ""
        value = value.strip() if type(value) is str else _text(value)
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
        text, bad = _number(value)
        numbers.append(text)
        damaged += bad
    row = BillRow(
        number,
        time,
        counterparty,
        item,
        method,
        status,
        _DIRECTIONS.get(direction, Direction.NEUTRAL),
        amount,
        numbers[0],
        numbers[1],
    )
    return row, damaged


def _regular_end(table: Sequence[Sequence[object]], start: int, need: int) -> int:
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
    footers = list(map(str.startswith, leads, repeat(_FOOTER_PREFIXES)))
    if True in footers:
        ends.append(footers.index(True))
    return start + min(ends)


def _column_rows(
    column_of: Callable[[int], list[object]],
    length: int,
    cols: _Columns,
    start: int,
    file_name: str,
) -> tuple[list[BillRow], int]:
    """`length` full rows (table index `start` on), given by `column_of(i)`, their i-th
    cells top to bottom; and how many order numbers were damaged.

    Gives what `_row` gives for each row, errors included (the first bad row, its time
    before its amount), but converts one column at a time: mostly C calls over the column
    (str.strip, datetime.fromisoformat, Decimal) where a row loop ran Python code for every
    cell; a cell those calls refuse goes through the row path's own functions."""
    if not length:
        return [], 0
    raw_times = column_of(cols.time[0])
    if len(cols.time) > 1:
        later = column_of(cols.time[1])
        raw_times = [a if _text(a) else b for a, b in zip(raw_times, later, strict=True)]
    times = _times(raw_times)
    raw_amounts = column_of(cols.amount)
    amounts = _amounts(raw_amounts)
    # By identity: `None in amounts` would compare every Decimal with None, slowly.
    if any(map(is_, times, repeat(None))) or any(map(is_, amounts, repeat(None))):
        for k, (time, amount) in enumerate(zip(times, amounts, strict=True)):
            line = start + k + 1
            if time is None:
                raise _bad_cell(file_name, line, "the time", "交易时间", raw_times[k])
            if amount is None:
                raise _bad_cell(file_name, line, "the amount", "金额", raw_amounts[k])
    texts = [_texts(column_of(i)) if i >= 0 else [""] * length for i in cols.texts]
    counterparty, item, method, status, direction = texts
    directions = list(map(_DIRECTIONS.get, direction, repeat(Direction.NEUTRAL)))
    transaction_no, bad_tx = _numbers(column_of(cols.transaction_no))
    merchant_order_no, bad_mo = _numbers(column_of(cols.merchant_order_no))
    fields = zip(
        count(1),
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


def _times(cells: list[object]) -> list[datetime | None]:
    try:
        return _fast_times(cells)
    except (TypeError, ValueError):  # a date cell, or another form: parse_time per cell
        return list(map(parse_time, cells))


def _amounts(cells: list[object]) -> list[Decimal | None]:
    try:
        return _fast_amounts(cells)
    except (TypeError, ValueError, InvalidOperation):  # parse_amount per cell
        return list(map(parse_amount, cells))


def _fast_times(cells: list[object]) -> list[datetime | None]:
    # Exactly parse_time's first try for a text cell.
    stripped = map(str.strip, cells)  # TypeError for a non-text cell
    return list(map(datetime.fromisoformat, map(str.__add__, stripped, repeat("+08:00"))))


def _fast_amounts(cells: list[object]) -> list[Decimal | None]:
    # parse_amount for plain "12.50" cells; a currency sign, commas, "/", a third decimal or
    # an infinity raise here and are left to parse_amount.
    texts = list(map(str.strip, cells))
    decimals = map(len, map(itemgetter(2), map(str.partition, texts, repeat("."))))
    if max(decimals) > 2:
        raise ValueError("more than two decimals")
    amounts = list(map(Decimal, texts))
    if not all(map(Decimal.is_finite, amounts)):
        raise ValueError("not finite")
    if any(map(str.startswith, texts, repeat("-"))):  # abs() only where a sign needs it
        return list(map(Decimal.quantize, map(abs, amounts), repeat(_CENT)))
    return list(map(Decimal.quantize, amounts, repeat(_CENT)))


def _texts(cells: list[object]) -> list[str]:
    """A text column as `_row` has it: stripped, "/" as empty."""
    try:
        texts: list[str] = list(map(str.strip, cells))  # type: ignore[arg-type]
    except TypeError:
        return list(map(_text, cells))
    if "/" in texts:
        texts = ["" if t == "/" else t for t in texts]
    return texts


def _numbers(cells: list[object]) -> tuple[list[str], int]:
    """An order number column as `_row` has it, and how many were damaged."""
    try:
        numbers: list[str] = list(map(str.strip, cells))  # type: ignore[arg-type]
    except TypeError:
        found = list(map(_order_no, cells))
        return [text for text, _ in found], sum(bad for _, bad in found)
    if all(map(str.isalnum, numbers)):
        return numbers, 0
    plain = list(map(str.isalnum, numbers))
    damaged = 0
    for k in compress(count(), map(not_, plain)):
        if numbers[k]:
            numbers[k], bad = _number(numbers[k])
            damaged += bad
    return numbers, damaged


def _order_no(value: object) -> tuple[str, int]:
    """One order number cell as `_row` reads it; (text, 1 if damaged else 0)."""
    if type(value) is str:
        value = value.strip()
        if value.isalnum() or not value:
            return value, 0
    text, bad = _number(value)
    return text, int(bad)


def _bad_cell(file_name: str, line: int, what: str, what_zh: str, value: object) -> BillError:
    return BillError(
        "bad_row",
        f"{file_name}, row {line}: {what} {value!r} cannot be read; the file may have been "
        "edited. Export the bill again from the payment app.",
        f"「{file_name}」第 {line} 行：{what_zh}「{value}」无法识别，文件可能被修改过；"
        "请从支付应用重新导出账单。",
    )


_TIME_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M", "%Y.%m.%d %H:%M:%S")


def parse_time(value: object) -> datetime | None:
    """A bill time (China time, no offset in the file) with +08:00; None if unreadable."""
    if isinstance(value, str):
        try:  # the usual form, "2026-11-20 10:15:00"; the offset appended is parsed in C,
            # several times faster than datetime.replace(tzinfo=...)
            return datetime.fromisoformat(value.strip() + "+08:00")
        except ValueError:
            pass
    if isinstance(value, datetime):
        moment = value
    else:
        text = _text(value)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)  # "2026-11-20 10:15:00": the usual form
        except ValueError:
            moment = _strptime(text)
            if moment is None:
                return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=CHINA)
    return moment.astimezone(CHINA)


def _strptime(text: str) -> datetime | None:
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
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
        text = repr(value)
        exact = False  # 0.1 + 0.2 style float noise is rounded to the fen
    else:
        text = _text(value)
        if text[:1] in ("¥", "￥"):
            text = text[1:].strip()
        if "," in text:
            text = text.replace(",", "")
        exact = True
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    if not amount.is_finite():
        return None
    dot = text.find(".")
    if exact and dot >= 0 and len(text) - dot - 1 > 2:
        return None
    return abs(amount).quantize(_CENT)
