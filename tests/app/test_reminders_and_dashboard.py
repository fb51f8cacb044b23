"""Reminders and dashboard figures without Qt: the same store, the same instant, the one
deadline rule. Wednesday 2026-11-25 10:00 in Shanghai.

This is where the rules of 到期提醒 are pinned (which deadlines are due, in which order, when
they fall due, and that nothing due means no reminder); the ui tests only check that the
window and the banner show what `due_deadlines` finds."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from disputekit.app.deadlines.dashboard import compute_stats
from disputekit.app.deadlines.reminders import due_deadlines
from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.domain.deadlines.deadline_attention import DueCounts
from disputekit.store import Store
from tests.app.due_cases import NOW, at, due_case, store_due_cases


@pytest.fixture
def cases(store: Store) -> tuple[int, int, int]:
    """Due soon (a 24-hour review from this morning), overdue (a refund due 11-13), quiet."""
    return store_due_cases(store)


def test_due_deadlines_overdue_first_then_due_soon(store, cases) -> None:
    soon, overdue, _quiet = cases
    found = due_deadlines(store, NOW)
    assert [(d.case_id, d.deadline.kind, d.deadline.status) for d in found] == [
        (overdue, "refund_due", DeadlineStatus.OVERDUE),
        (soon, "cs_review_due", DeadlineStatus.DUE_SOON),
    ]
    assert found[1].deadline.due == at(2026, 11, 26, 9, 0)  # 24 hours after contact
    # 3 working days after the cancellation on Tuesday 11-10: the end of Friday 11-13.
    assert found[0].deadline.due == at(2026, 11, 13, 23, 59, 59)
    assert found[0].case.order.order_no == "KM-LATE"


def test_nothing_due_means_no_reminder(store) -> None:
    store.cases.create(due_case("KM-QUIET"))
    assert due_deadlines(store, NOW) == []


def test_a_day_later_the_review_is_overdue_too(store, cases) -> None:
    soon, overdue, _quiet = cases
    later = due_deadlines(store, at(2026, 11, 26, 10, 0))
    assert [(d.case_id, d.deadline.status) for d in later] == [
        (overdue, DeadlineStatus.OVERDUE),
        (soon, DeadlineStatus.OVERDUE),
    ]


def test_dashboard_counts_by_the_same_rule(store, cases) -> None:
    stats = compute_stats(store, NOW)
    assert stats.total == 3
    assert stats.by_status == Counter(
        {OrderStatus.DELIVERED_NOT_CREDITED: 2, OrderStatus.CANCELLED: 1}
    )
    # A refund's arrival and a customer-service review are platform periods, not legal ones.
    assert stats.counts == DueCounts(platform_overdue=1, platform_due_soon=1)
    assert (stats.overdue, stats.due_soon) == (0, 0)
    assert stats.claimed == Decimal("75.00")  # the refund asked for, not the amount paid
    assert stats.refunded == Decimal("0.00")
    assert sum(stats.by_channel.values()) == 3


def test_dashboard_stops_when_cancelled_and_reports_progress(store, cases) -> None:
    seen: list[tuple[int, int, str]] = []
    stats = compute_stats(
        store, NOW, lambda done, total, label: seen.append((done, total, label)), lambda: bool(seen)
    )
    assert seen == [(1, 3, seen[0][2])]
    assert sum(stats.by_status.values()) == 1
