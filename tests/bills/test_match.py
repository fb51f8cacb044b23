"""Finding the case's row in a bill and filling only what is empty (pure)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from disputekit.bills.match import case_from_row, fill_order, find_row
from disputekit.bills.model import BillSource
from disputekit.bills.read import read_bill_bytes
from disputekit.domain.case.model import Case, Event, Order
from disputekit.domain.case.vocabulary import EventKind, PaymentMethod
from tests.support import bill_samples as samples

ROWS = read_bill_bytes(samples.alipay_csv(samples.sample_rows(6)), "a.csv").rows
AT = datetime.fromisoformat


def test_merchant_order_number_first() -> None:
    order = Order(order_no=" KM20261120000003\t", transaction_no="2026112022001000000000000001")
    match = find_row(ROWS, order)
    assert match.row is ROWS[3] and match.rule == "merchant_order_no"


def test_transaction_number_when_the_order_number_is_not_in_the_bill() -> None:
    order = Order(order_no="OTHER-1", transaction_no="2026112022001000000000000002")
    match = find_row(ROWS, order)
    assert match.row is ROWS[2] and match.rule == "transaction_no"


def test_amount_and_time_within_ten_minutes() -> None:
    # row 2: 2026-11-20 09:27:59, 80.19
    inside = Order(amount_paid=Decimal("80.19"), ordered_at=AT("2026-11-20T09:17:59+08:00"))
    assert find_row(ROWS, inside).row is ROWS[1]
    assert find_row(ROWS, inside).rule == "amount_time"
    utc = Order(amount_paid=Decimal("80.19"), ordered_at=AT("2026-11-20T01:37:59+00:00"))
    assert find_row(ROWS, utc).row is ROWS[1]  # the same instant written in UTC
    outside = Order(amount_paid=Decimal("80.19"), ordered_at=AT("2026-11-20T09:17:58+08:00"))
    miss = find_row(ROWS, outside)
    assert miss.row is None and not miss.ambiguous
    assert miss.nearest[0] is ROWS[1]  # same amount, 10 min 1 s away
    wrong_amount = Order(amount_paid=Decimal("80.20"), ordered_at=AT("2026-11-20T09:27:59+08:00"))
    assert find_row(ROWS, wrong_amount).row is None


def test_nearest_rows_rank_amount_then_time() -> None:
    order = Order(order_no="NOPE", amount_paid=Decimal("1.00"), ordered_at=AT("2026-11-19T10:00"
                                                                               ":00+08:00"))
    miss = find_row(ROWS, order)
    assert miss.row is None
    assert [r.number for r in miss.nearest] == [1, 6, 5]


def test_two_rows_with_the_same_number_are_not_a_match() -> None:
    twice = [ROWS[0], ROWS[0]._replace(number=7)]
    match = find_row(twice, Order(order_no="KM20261120000000"))
    assert match.row is None and match.ambiguous
    assert [r.number for r in match.nearest] == [1, 7]


def test_fill_only_empty_fields() -> None:
    case = Case(order=Order(order_no="KM20261120000001"))
    filled = fill_order(case, ROWS[1], BillSource.ALIPAY, "e3")
    assert filled == ["transaction_no", "amount_paid", "payment_method", "paid_at"]
    assert case.order.transaction_no == "2026112022001000000000000001"
    assert case.order.amount_paid == Decimal("80.19")
    assert case.order.payment_method is PaymentMethod.ALIPAY
    (paid,) = case.events_of(EventKind.PAID)
    assert paid.at == AT("2026-11-20T09:27:59+08:00")
    assert paid.evidence == ["e3"]
    assert "80.19" in paid.note and "2026112022001000000000000001" in paid.note


def test_fill_keeps_what_the_user_typed() -> None:
    order = Order(
        transaction_no="TYPED",
        amount_paid=Decimal("80.00"),
        payment_method=PaymentMethod.BANK_CARD,
    )
    at = AT("2026-11-20T09:00:00+08:00")
    case = Case(order=order, events=[Event("ev1", at, EventKind.PAID)])
    assert fill_order(case, ROWS[1], BillSource.WECHAT_PAY) == []
    assert case.order.transaction_no == "TYPED"
    assert case.order.amount_paid == Decimal("80.00")
    assert case.order.payment_method is PaymentMethod.BANK_CARD
    assert [e.at for e in case.events] == [at]


def test_a_case_from_a_row() -> None:
    case = case_from_row(ROWS[2], BillSource.WECHAT_PAY)
    assert case.order.order_no == "KM20261120000002"
    assert case.order.transaction_no == "2026112022001000000000000002"
    assert case.order.amount_paid == Decimal("159.38")
    assert case.order.payment_method is PaymentMethod.WECHAT_PAY
    assert case.order.ordered_at == AT("2026-11-20T08:40:58+08:00")
    assert case.order.product == "移动话费充值 50元"
    assert case.respondent.platform == "游易点卡专营店"
    assert [(e.kind, e.at) for e in case.events] == [(EventKind.PAID, case.order.ordered_at)]
    assert case.order.ordered_at - ROWS[2].time == timedelta(0)
