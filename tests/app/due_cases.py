"""The three cases the reminder and dashboard tests share, judged at Wednesday 2026-11-25
10:00 in Shanghai: one due soon, one overdue, one with nothing due."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from disputekit.domain.case.model import Case, Claims, Event, Order, Respondent
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PaymentMethod
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from tests.domain.factories import at

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI)



def due_case(order_no: str, *events: Event, status=OrderStatus.DELIVERED_NOT_CREDITED) -> Case:
    """A 某某卡盟 order of 30 yuan (25 claimed) placed 2026-11-01, with `events`."""
    return Case(
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no=order_no,
            ordered_at=at(2026, 11, 1, 9, 0),
            amount_paid=Decimal("30.00"),
            payment_method=PaymentMethod.ALIPAY,
            status=status,
        ),
        claims=Claims(refund_amount=Decimal("25.00")),
        events=list(events),
    )


def store_due_cases(store: Store) -> tuple[int, int, int]:
    """Store the three cases; their ids: due soon (a 24-hour review from this morning),
    overdue (a refund due 11-13), quiet."""
    soon = store.cases.create(
        due_case("KM-SOON", Event("ev1", at(2026, 11, 25, 9, 0), EventKind.CS_CONTACTED))
    )
    overdue = store.cases.create(
        due_case(
            "KM-LATE",
            Event("ev1", at(2026, 11, 10, 9, 0), EventKind.CANCELLED),
            status=OrderStatus.CANCELLED,
        )
    )
    quiet = store.cases.create(due_case("KM-QUIET"))
    return soon, overdue, quiet
