"""Which bill row is the case's order, and what the row may fill in: pure, no I/O.

The row is found by the strongest key the case has: the merchant order number (the order
number the 卡盟 platform shows), else the payment's transaction number, else the amount paid
plus a time within 10 minutes of the order. Only empty order fields are filled: a fact the
user typed is never overwritten, and the caller is told exactly what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from disputekit.bills.model import BillRow, BillSource, Direction
from disputekit.domain.case.model import Case, Event, Order
from disputekit.domain.case.vocabulary import EventKind, PaymentMethod

TIME_WINDOW = timedelta(minutes=10)
NEAREST = 3

# Field names as reported (CLI, GUI, tests).
TRANSACTION_NO = "transaction_no"
AMOUNT_PAID = "amount_paid"
PAID_AT = "paid_at"
PAYMENT_METHOD = "payment_method"


@dataclass(frozen=True)
class RowMatch:
    """The row found (`row`, by `rule`), or none with the nearest candidates (`nearest`).

    `rule` is `merchant_order_no`, `transaction_no`, `amount_time` or `chosen` (the user
    named the row). Several rows matching one rule is no match: `nearest` lists them.
    """

    row: BillRow | None
    rule: str = ""
    nearest: list[BillRow] = field(default_factory=list)
    ambiguous: bool = False


def _number(text: str) -> str:
    return "".join(text.split())


def find_row(rows: Sequence[BillRow], order: Order) -> RowMatch:
    """The row of `order` in the bill (see the module docstring)."""
    keys = (
        ("merchant_order_no", _number(order.order_no), lambda r: r.merchant_order_no),
        ("transaction_no", _number(order.transaction_no), lambda r: r.transaction_no),
    )
    for rule, key, value in keys:
        if not key:
            continue
        found = [r for r in rows if value(r) == key]
        if len(found) == 1:
            return RowMatch(found[0], rule)
        if found:
            return RowMatch(None, rule, found, ambiguous=True)
    if order.amount_paid > 0 and order.ordered_at is not None:
        at = order.ordered_at
        found = [
            r for r in rows if r.amount == order.amount_paid and abs(r.time - at) <= TIME_WINDOW
        ]
        if len(found) > 1:  # prefer money that went out over a refund of the same amount
            found = [r for r in found if r.direction is Direction.EXPENSE] or found
        if len(found) == 1:
            return RowMatch(found[0], "amount_time")
        if found:
            return RowMatch(None, "amount_time", found, ambiguous=True)
    return RowMatch(None, "", nearest_rows(rows, order))


def nearest_rows(rows: Sequence[BillRow], order: Order, count: int = NEAREST) -> list[BillRow]:
    """The rows closest to the order: same amount first, then nearest in time."""
    at = order.ordered_at

    def distance(r: BillRow) -> tuple[int, float, Decimal]:
        seconds = abs((r.time - at).total_seconds()) if at is not None else 0.0
        return (int(r.amount != order.amount_paid), seconds, abs(r.amount - order.amount_paid))

    return sorted(rows, key=distance)[:count]


def method_of(source: BillSource) -> PaymentMethod:
    """The case's payment method for a bill of this provider."""
    return PaymentMethod.ALIPAY if source is BillSource.ALIPAY else PaymentMethod.WECHAT_PAY


def paid_note(row: BillRow, source: BillSource) -> str:
    """The timeline note of a payment read from the bill."""
    number = row.transaction_no or row.merchant_order_no
    ref = f"，交易单号 {number}" if number else ""
    return f"{source.zh}账单记录：向{row.counterparty or '对方'}付款 {row.amount} 元{ref}"


def fill_order(
    case: Case, row: BillRow, source: BillSource, evidence_id: str | None = None
) -> list[str]:
    """Fill the case's empty payment fields from `row`; the names of the fields filled.

    Transaction number, amount paid and payment method when empty; the paid time as a `paid`
    event when the case has none (linked to the bill's evidence item `evidence_id`).
    """
    order = case.order
    filled: list[str] = []
    if not order.transaction_no.strip() and row.transaction_no:
        order.transaction_no = row.transaction_no
        filled.append(TRANSACTION_NO)
    if order.amount_paid == 0 and row.amount > 0:
        order.amount_paid = row.amount
        filled.append(AMOUNT_PAID)
    if order.payment_method is PaymentMethod.OTHER:
        order.payment_method = method_of(source)
        filled.append(PAYMENT_METHOD)
    if not case.events_of(EventKind.PAID):
        case.events.append(
            Event(
                id=case.new_event_id(),
                at=row.time,
                kind=EventKind.PAID,
                note=paid_note(row, source),
                evidence=[evidence_id] if evidence_id else [],
            )
        )
        filled.append(PAID_AT)
    return filled


def differences(order: Order, row: BillRow) -> list[tuple[str, str, str]]:
    """(field, the case's value, the bill's value) for each payment field the case has
    filled differently from the bill: never overwritten, but the user must hear of it."""
    found = []
    if order.amount_paid and order.amount_paid != row.amount:
        found.append((AMOUNT_PAID, f"{order.amount_paid:.2f}", f"{row.amount:.2f}"))
    mine, theirs = _number(order.transaction_no), row.transaction_no
    if mine and theirs and mine != theirs:
        found.append((TRANSACTION_NO, mine, theirs))
    return found


def case_from_row(row: BillRow, source: BillSource) -> Case:
    """A new case whose order comes from one bill row: number, amount, method, time, shop.

    The bill's 交易时间 is when the payment was created, which for an instant 卡盟 purchase is
    the order time; the user corrects it in the order form if the order was placed earlier.
    """
    case = Case()
    order = case.order
    order.order_no = row.merchant_order_no
    order.transaction_no = row.transaction_no
    order.product = row.item
    order.amount_paid = row.amount
    order.payment_method = method_of(source)
    order.ordered_at = row.time
    case.respondent.platform = row.counterparty
    case.events.append(
        Event(id=case.new_event_id(), at=row.time, kind=EventKind.PAID, note=paid_note(row, source))
    )
    return case
