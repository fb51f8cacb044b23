"""The known bill headers and where each field sits in the header found.

The header is found by its column names, never by its row number: every parser that assumed
a row number broke when the providers moved the header (WeChat: row 17, then 18, then 19).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from disputekit.bills.cells import BLANKS
from disputekit.bills.model import BillSource, Direction


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
DIRECTIONS = {"支出": Direction.EXPENSE, "收入": Direction.INCOME}
# How far down a header may sit; the real ones are within the first 30 rows.
HEADER_SEARCH_ROWS = 200


def clean_name(cell: object) -> str:
    """A header cell without the spaces and tabs the exports pad them with."""
    return BLANKS.sub("", str(cell)) if cell is not None else ""


def find_header(table: Iterable[Sequence[object]]) -> tuple[Layout, int, dict[str, int]] | None:
    """The first row that carries all of a layout's column names, with its column map.
    Rows are taken from `table` only until it is found."""
    for index, row in enumerate(islice(table, HEADER_SEARCH_ROWS)):
        # Every layout names at least 8 columns; a preamble line padded with commas has
        # as many cells, all empty.
        if len(row) < 8 or sum(map(bool, row)) < 8:
            continue
        names = [clean_name(c) for c in row]
        present = set(names)
        for layout in LAYOUTS:
            if layout.required() <= present:
                return layout, index, {n: i for i, n in reversed(list(enumerate(names)))}
    return None


class Columns:
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
