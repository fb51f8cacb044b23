"""The exhibit page of an official payment bill (支付宝/微信支付 账单 CSV or XLSX).

A spreadsheet cannot be laid into the packet as an image or a PDF page, so the page prints
what the bill says about this order (the row(s) of the order, field by field), with the
file's name, row count and SHA-256: the recipient can check the printed rows against the
original file, which the buyer submits alongside.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from disputekit.bills.match import find_row
from disputekit.bills.model import Bill, BillError, BillRow
from disputekit.bills.read import read_bill
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.packet.pages.fonts import SANS
from disputekit.packet.pages.styles import CONTENT_HEIGHT, CONTENT_WIDTH, GRID, SHADE, styles
from disputekit.packet.pages.text import esc
from disputekit.timeutil import precise_datetime

# Magic numbers of the image formats the vault keeps: such a file is never a bill.
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM")
_MAX_ROWS = 4  # rows printed when several carry the order's numbers


def read_bill_exhibit(path: Path) -> Bill | None:
    """The bill in `path`, or None when the file is not a bill (an image, say)."""
    with path.open("rb") as f:
        head = f.read(16)
    if head.startswith(_IMAGE_MAGIC) or head[4:8] == b"ftyp":
        return None
    try:
        return read_bill(path)
    except BillError:
        return None


def rows_for_case(bill: Bill, case: Case, item: EvidenceItem) -> list[BillRow]:
    """The rows of the bill that are this case's order: those recorded at import
    (`evidence[].bill_rows`), else found by the rules of `find_row` (every row carrying the
    order's numbers when several do)."""
    if item.bill_rows:
        wanted = set(item.bill_rows)
        rows = [r for r in bill.rows if r.number in wanted]
        if rows:
            return rows[:_MAX_ROWS]
    match = find_row(bill.rows, case.order)
    if match.row is not None:
        return [match.row]
    return match.nearest[:_MAX_ROWS] if match.ambiguous else []


def _row_table(row: BillRow, width: float) -> Table:
    label_w = 70.0
    s = styles()
    fields = [
        ("账单行", str(row.number)),
        ("交易时间", precise_datetime(row.time)),
        ("交易对方", row.counterparty),
        ("商品", row.item),
        ("收/支", {"expense": "支出", "income": "收入"}.get(row.direction.value, "不计收支")),
        ("金额（元）", f"{row.amount}"),
        ("支付方式", row.method or "—"),
        ("交易状态", row.status or "—"),
        ("交易单号", row.transaction_no or "—"),
        ("商户单号", row.merchant_order_no or "—"),
    ]
    cells = [[label, Paragraph(esc(value), s.body)] for label, value in fields]
    # Styled here rather than with tables.grid: tables imports the packet context, which
    # imports the exhibits, which import this module.
    table = Table(cells, colWidths=[label_w, width - label_w])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


class BillSheet(Flowable):
    """One page for a bill exhibit: caption, file facts and the order's row(s)."""

    def __init__(self, ex: object, captions: list[Paragraph]) -> None:
        super().__init__()
        self.exhibit = ex
        self.captions = captions
        bill: Bill = ex.bill  # type: ignore[attr-defined]
        rows: list[BillRow] = ex.bill_rows  # type: ignore[attr-defined]
        s = styles()
        origin = f"（取自压缩包 {esc(bill.container)}）" if bill.container else ""
        facts = [
            f"{bill.source.zh}账单导出文件 {esc(bill.file_name)}{origin}，"
            f"共 {len(bill.rows)} 行交易记录。"
            "原始文件未作任何改动，随本材料提交电子版，可按上方 SHA-256 核对。"
        ]
        if bill.resaved:
            facts.append(
                "注意：此文件已不是支付机构的原始导出文件（" + "；".join(bill.resaved) + "）。"
            )
        if rows:
            facts.append("账单中与本订单对应的记录如下：")
        else:
            facts.append("账单中没有与本订单的订单号、交易单号或金额和时间相符的记录。")
        self.body: list[Flowable] = [Paragraph(text, s.body) for text in facts]
        self.body += [_row_table(row, CONTENT_WIDTH) for row in rows]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return CONTENT_WIDTH, CONTENT_HEIGHT - 1

    def draw(self) -> None:
        canv = self.canv
        y = CONTENT_HEIGHT - 1
        for part in [*self.captions, *self.body]:
            _, height = part.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)
            y -= height + 4
            if y < 0:  # more rows than a page holds: the rest is in the file itself
                break
            part.drawOn(canv, 0, y)
        self.exhibit.pages.append(canv.getPageNumber())  # type: ignore[attr-defined]
