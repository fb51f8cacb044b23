"""Cases against sellers, for the grouping and group-report tests: one buyer each."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import (
    EventKind,
    OrderStatus,
    Outcome,
    PaymentMethod,
    Problem,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 1, 10, 0, tzinfo=SHANGHAI)


def seller_case(
    n: int,
    *,
    name: str = "",
    phone: str = "",
    address: str = "",
    consent: bool = False,
    platform: str = "某某卡盟",
    shop: str = "",
    company: str = "",
    credit_code: str = "",
    url: str = "",
    amount: str = "98.50",
    paid_note: str = "",
) -> Case:
    """Buyer `n`'s case: order KM-n, paid `amount` by Alipay, a refusal by customer service."""
    case = Case()
    c, r, o = case.complainant, case.respondent, case.order
    c.name, c.phone, c.address, c.share_consent = name, phone, address, consent
    r.platform, r.shop, r.company, r.credit_code, r.url = platform, shop, company, credit_code, url
    o.order_no = f"KM-{n:05d}"
    o.product = "腾讯Q币 100元"
    o.amount_paid = Decimal(amount)
    o.payment_method = PaymentMethod.ALIPAY
    o.transaction_no = f"2026110122001{n:06d}"
    o.ordered_at = START + timedelta(hours=n)
    o.status = OrderStatus.DELIVERED_NOT_CREDITED
    case.problem = Problem.NOT_RECEIVED
    if paid_note:
        case.events.append(
            Event(id=case.new_event_id(), at=o.ordered_at, kind=EventKind.PAID, note=paid_note)
        )
    case.events.append(
        Event(
            id=case.new_event_id(),
            at=o.ordered_at + timedelta(days=1),
            kind=EventKind.CS_REFUSED,
            outcome=Outcome.NEGATIVE,
        )
    )
    return case
