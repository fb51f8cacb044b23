"""What the `bill` command prints about rows and matches, shared by the listing and by the
store side (`_bill_attach`)."""

from __future__ import annotations

from disputekit.bills.match import AMOUNT_PAID, PAID_AT, PAYMENT_METHOD, TRANSACTION_NO
from disputekit.bills.model import BillRow
from disputekit.domain.case.values.money import format_money
from disputekit.messages import Joined, msg
from disputekit.timeutil import precise_datetime

# The order fields a bill may fill, and how the case's row was found (bills.match).
_FIELD_NAMES = {
    TRANSACTION_NO: "cli.bill.field.transaction_no",
    AMOUNT_PAID: "cli.bill.field.amount_paid",
    PAYMENT_METHOD: "cli.bill.field.payment_method",
    PAID_AT: "cli.bill.field.paid_at",
}
_RULES = {
    "merchant_order_no": "cli.bill.rule.merchant_order_no",
    "transaction_no": "cli.bill.rule.transaction_no",
    "amount_time": "cli.bill.rule.amount_time",
    "chosen": "cli.bill.rule.chosen",
}
_DIRECTIONS = {
    "expense": "cli.bill.direction.expense",
    "income": "cli.bill.direction.income",
    "neutral": "cli.bill.direction.neutral",
}


def row_line(row: BillRow) -> str:
    """One row as the listing prints it, with its number for --row (a message)."""
    return msg(
        "cli.bill.row",
        number=row.number,
        time=precise_datetime(row.time),
        direction=msg(_DIRECTIONS[row.direction.value]),
        amount=format_money(row.amount),
        counterparty=row.counterparty,
        item=row.item,
        transaction_no=row.transaction_no or "-",
        merchant_order_no=row.merchant_order_no or "-",
    )


def filled_text(filled: list[str]) -> str:
    """The fields filled, in words."""
    if not filled:
        return msg("cli.bill.filled_none")
    return msg("cli.bill.filled", fields=Joined(tuple(field_name(f) for f in filled)))


def field_name(name: str) -> str:
    """An order field's name in words (one of the fields a bill may fill)."""
    return msg(_FIELD_NAMES[name])


def rule_text(rule: str) -> str:
    """How the row was found, in words."""
    return msg(_RULES[rule])
