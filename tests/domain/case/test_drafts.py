"""A case is a draft until it names an order number or a platform; empty drafts are litter."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from disputekit.domain.case.drafts import is_draft, is_empty_draft
from disputekit.domain.case.model import Case, Event, FiledBy
from disputekit.domain.case.vocabulary import EventKind
from disputekit.timeutil import SHANGHAI


def new_case() -> Case:
    case = Case()
    case.order.ordered_at = datetime(2026, 11, 27, 9, 0, tzinfo=SHANGHAI)
    return case


def test_a_new_case_is_an_empty_draft():
    assert is_draft(new_case()) and is_empty_draft(new_case())


def test_order_number_or_platform_ends_the_draft():
    with_no = new_case()
    with_no.order.order_no = "KM1"
    with_platform = new_case()
    with_platform.respondent.platform = "某某卡盟"
    assert not is_draft(with_no) and not is_draft(with_platform)
    assert not is_empty_draft(with_no) and not is_empty_draft(with_platform)


def test_anything_added_keeps_a_draft():
    named = new_case()
    named.complainant.name = "王喆"
    paid = new_case()
    paid.order.amount_paid = Decimal("98.50")
    filed = new_case()
    filed.filed_by = FiledBy(name="李志愿")
    happened = new_case()
    happened.events.append(Event("ev1", happened.order.ordered_at, EventKind.NOTE))
    for case in (named, paid, filed, happened):
        assert is_draft(case) and not is_empty_draft(case)
