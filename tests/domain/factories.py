"""Small builders for advice-engine test cases: a complete, eligible case by default, with
only what a test is about spelled out.

Import as `from tests.domain.factories import ...` (tests run with `python -m pytest` from the
checkout, which puts it on sys.path).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from disputekit.domain.case.model import (
    Case,
    Claims,
    Complainant,
    Event,
    EvidenceItem,
    FiledBy,
    Order,
    Respondent,
)
from disputekit.domain.case.vocabulary import (
    EventKind,
    EvidenceKind,
    OrderStatus,
    Outcome,
    PaymentMethod,
    Problem,
)
from disputekit.timeutil import SHANGHAI

ORDER_NO = "KM2026092900123"


def at(
    year: int, month: int, day: int, hour: int = 10, minute: int = 0, second: int = 0
) -> datetime:
    """An instant in Asia/Shanghai."""
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


def end_of(year: int, month: int, day: int) -> datetime:
    """23:59:59 Asia/Shanghai on that day: where day-counted deadlines fall."""
    return datetime(year, month, day, 23, 59, 59, tzinfo=SHANGHAI)


def ev(
    kind: str,
    when: datetime,
    outcome: str | None = None,
    note: str = "",
    id: str | None = None,
) -> Event:
    """An event; the id is filled in by `make_case` unless given."""
    return Event(
        id=id or "",
        at=when,
        kind=EventKind(kind),
        note=note,
        outcome=Outcome(outcome) if outcome else None,
    )


def make_case(
    *,
    status: str = "delivered_not_credited",
    problem: str = "not_received",
    payment: str = "alipay",
    ordered_at: datetime | None = None,
    known_at: datetime | None = None,
    events: Iterable[Event] = (),
    evidence: Iterable[str] = (),
    instant: bool = False,
    flash: bool = False,
    filed_by: bool = False,
    complainant: dict[str, str] | None = None,
    respondent: dict[str, str] | None = None,
    amount: str = "98.50",
) -> Case:
    """A case whose parties are complete (so 12315 accepts it) unless told otherwise."""
    numbered = [e if e.id else replace(e, id=f"ev{i}") for i, e in enumerate(events, 1)]
    people = {"name": "张三", "phone": "13800000000", "address": "上海市浦东新区某路1号"}
    party = {
        "platform": "某某卡盟",
        "company": "某某网络科技有限公司",
        "address": "杭州市某区某路2号",
    }
    return Case(
        complainant=Complainant(**{**people, **(complainant or {})}),
        respondent=Respondent(**{**party, **(respondent or {})}),
        order=Order(
            order_no=ORDER_NO,
            product="腾讯Q币 100元",
            amount_paid=Decimal(amount),
            payment_method=PaymentMethod(payment),
            ordered_at=ordered_at or at(2026, 9, 28, 9, 30),
            status=OrderStatus(status),
            instant_delivery=instant,
            flash_sale=flash,
        ),
        problem=Problem(problem),
        problem_known_at=known_at,
        filed_by=FiledBy(name="李四", phone="13900000000") if filed_by else None,
        claims=Claims(refund_amount=Decimal(amount)),
        events=numbered,
        evidence=[
            EvidenceItem(id=f"e{i}", kind=EvidenceKind(k)) for i, k in enumerate(evidence, 1)
        ],
    )


def all_texts(advice: object) -> list[str]:
    """Every piece of text an `Advice` shows a user."""
    a = advice
    texts = [a.reason, a.message, *a.steps, *a.warnings]  # type: ignore[attr-defined]
    for d in a.deadlines:  # type: ignore[attr-defined]
        texts += [d.rule, d.basis, d.label_zh, d.estimate_reason or ""]
    if a.eligibility is not None:  # type: ignore[attr-defined]
        texts += a.eligibility.problems  # type: ignore[attr-defined]
    return texts
