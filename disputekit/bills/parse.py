"""Turn a bill's table of cells into rows: pure, no file access.

The header is found by its column names, never by its row number: every parser that assumed
a row number broke when the providers moved the header (WeChat: row 17, then 18, then 19).
Cells come from a CSV (strings) or an XLSX (strings, numbers, datetimes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

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
        raise BillError(
            "not_bill",
            f"{file_name} is not an Alipay or WeChat Pay bill: no row has the columns of their "
            "exports (交易时间, 交易对方, 金额 …). Export the bill from the app "
            "(支付宝: 我的 → 账单 → 开具交易流水证明 → 用于个人对账; 微信: 我 → 服务 → 钱包 → "
            "账单 → 下载账单 → 用于个人对账).",
            f"「{file_name}」不是支付宝或微信支付账单：找不到账单表头（交易时间、交易对方、金额……）。"
            "请在支付宝（我的 → 账单 → 开具交易流水证明 → 用于个人对账）或微信（我 → 服务 → 钱包 → "
            "账单 → 下载账单 → 用于个人对账）中导出账单。",
        )
    layout, header_index, columns = found
    cols = _Columns(layout, columns)
    rows: list[BillRow] = []
    damaged = 0
    width = len(table[header_index])
    need = cols.width
    for index in range(header_index + 1, len(table)):
        cells = table[index]
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
        row, bad = _row(cells, cols, len(rows) + 1, index + 1, file_name)
        damaged += bad
        rows.append(row)
    if not rows:
        raise BillError(
            "no_rows",
            f"{file_name} is a {layout.source.zh} bill without any transactions; export a "
            "period that includes the order.",
            f"「{file_name}」是{layout.source.zh}账单，但没有任何交易记录；请导出包含该订单的时间段。",
        )
    return ParsedTable(layout, header_index, rows, damaged)


class _Columns:
    """Column positions of one layout's fields in the header found."""

    def __init__(self, layout: Layout, columns: dict[str, int]) -> None:
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
