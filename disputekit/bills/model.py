"""An official payment bill as read: its rows, where it came from, and why it may be refused.

A bill is a statement the payment provider produced (支付宝 交易流水 or 微信支付 账单). Its
value as evidence is that it is the provider's own record, so the reader keeps track of
whether the file is still the provider's export or a copy someone re-saved (`resaved`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from disputekit.domain.case.values.money import format_money
from disputekit.messages import Localized, Msg, render


class BillSource(StrEnum):
    """Who produced the bill."""

    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"

    @property
    def zh(self) -> str:
        """The provider's Chinese name."""
        return "支付宝" if self is BillSource.ALIPAY else "微信支付"

    @property
    def en(self) -> str:
        """The provider's English name."""
        return "Alipay" if self is BillSource.ALIPAY else "WeChat Pay"


class Direction(StrEnum):
    """收/支: money out, money in, or neither (a transfer between one's own accounts)."""

    EXPENSE = "expense"
    INCOME = "income"
    NEUTRAL = "neutral"


class BillRow(NamedTuple):
    """One transaction line; `number` is its 1-based position among the bill's rows.

    A named tuple: a year's bill has tens of thousands of rows, and building one is several
    times cheaper than a frozen dataclass (benchmarks/bills.py)."""

    number: int
    time: datetime
    counterparty: str
    item: str
    method: str
    status: str
    direction: Direction
    amount: Decimal
    transaction_no: str
    merchant_order_no: str

    def to_json(self) -> dict[str, Any]:
        """The row as the `bill --json` output has it."""
        return {
            "time": self.time.isoformat(),
            "counterparty": self.counterparty,
            "item": self.item,
            "method": self.method,
            "status": self.status,
            "direction": self.direction.value,
            "amount": format_money(self.amount),
            "transaction_no": self.transaction_no,
            "merchant_order_no": self.merchant_order_no,
        }


@dataclass
class Bill:
    """A parsed bill. `data` is the original file's bytes (from inside the zip if it came in
    one), `sha256` their digest; `resaved` lists why the file is no longer the provider's
    export (empty when it is), as `bills.resaved.*` messages: Chinese as a `str`, the UI
    language through `render`."""

    source: BillSource
    file_name: str
    sha256: str
    data: bytes
    format: str  # "CSV" or "XLSX"
    rows: list[BillRow]
    resaved: list[Msg] = field(default_factory=list)
    container: str = ""  # the zip's name when the export came in one
    exported_at: datetime | None = None  # the preamble's 导出时间, when it has one

    def to_json(self) -> dict[str, Any]:
        """The `bill --json` document."""
        doc: dict[str, Any] = {
            "source": self.source.value,
            "file": self.file_name,
            "sha256": self.sha256,
            "rows": [row.to_json() for row in self.rows],
        }
        if self.resaved:
            # `bill --json` has always given the reasons in English; scripts may match them.
            doc["resaved"] = [render(reason, "en") for reason in self.resaved]
        return doc


class BillError(ValueError):
    """A file that cannot be read as an official bill; the message says what is wrong.

    `code` is machine-readable (`not_bill`, `password_needed`, `wrong_password`,
    `unreadable`, `bad_row`, `no_rows`); `text` is the message (a `bills.*` catalog code,
    `disputekit.bills.errors`), `message` its English and `message_zh` its Chinese
    rendering. A caller may still pass the English and Chinese texts instead of a message.
    """

    def __init__(self, code: str, text: str, message_zh: str | None = None) -> None:
        if message_zh is not None:
            text = Localized(message_zh, text)
        self.message = render(text, "en")
        super().__init__(self.message)
        self.code = code
        self.text = text
        self.message_zh = str(text)
