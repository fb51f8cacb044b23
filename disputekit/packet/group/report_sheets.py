"""The group report's table as CSV (UTF-8 with a BOM, so Excel reads Chinese) and XLSX.

A text cell that begins with = + - @, a tab or a carriage return is neutralised by a leading
apostrophe (OWASP "CSV injection"): a shop name such as =HYPERLINK(…) stays text. In the
XLSX the amount, the counts and the case number are numbers, not text.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from disputekit.packet.group.report_rows import BuyerRow, GroupReport
from disputekit.timeutil import precise_datetime

HEADERS: tuple[str, ...] = (
    "序号", "案件号", "买家", "手机号码", "通讯地址", "订单号", "下单时间", "金额（元）",
    "支付渠道", "交易号", "问题", "已尝试的途径及结果", "证据数",
)  # fmt: skip
_RISKY = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | Decimal


def neutralise(text: str) -> str:
    """`text`, with an apostrophe in front if a spreadsheet could read it as a formula."""
    return "'" + text if text.startswith(_RISKY) else text


def row_cells(row: BuyerRow) -> list[Cell]:
    """One buyer's cells, text neutralised, numbers as numbers."""
    when = precise_datetime(row.ordered_at) if row.ordered_at else ""
    texts = [row.buyer, row.phone, row.address, row.order_no, when]
    tail = [row.payment, row.transaction_no, row.problem, row.tried]
    return [
        row.number,
        row.case_id,
        *(neutralise(t) for t in texts),
        row.amount,
        *(neutralise(t) for t in tail),
        row.evidence_count,
    ]


def csv_bytes(report: GroupReport) -> bytes:
    """The table as CSV: a BOM, then UTF-8, CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in report.rows:
        writer.writerow([str(c) for c in row_cells(row)])
    writer.writerow(["合计", "", "", "", "", "", "", str(report.total), "", "", "", "", ""])
    return "\ufeff".encode() + buf.getvalue().encode("utf-8")


def _clean(cell: Cell) -> Cell:
    return ILLEGAL_CHARACTERS_RE.sub("", cell) if isinstance(cell, str) else cell


def xlsx_bytes(report: GroupReport) -> bytes:
    """The table as an XLSX workbook of one sheet."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("买家明细")
    sheet.append(list(HEADERS))
    for row in report.rows:
        sheet.append([_clean(c) for c in row_cells(row)])
    sheet.append(["合计", None, None, None, None, None, None, report.total])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
