"""The one classification every view counts by: legal deadlines and platform periods apart,
dismissed platform periods left out, and the cached next deadline judged like the full one
(a 12315 bar in its grace days is due soon, not overdue)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.domain.deadlines.deadline_attention import (
    DueCounts,
    bar_grace,
    classify,
    count_due,
    dismissable,
    is_legal,
    judge_cached,
)
from disputekit.timeutil import SHANGHAI
from tests.domain.factories import at, end_of, ev, make_case
from tests.support.shipped import deadlines_for, next_deadline

CAL = WorkCalendar()
S = DeadlineStatus


def test_statutory_kinds_are_legal_and_platform_figures_are_not():
    assert [k for k in ("complaint_bar_due", "limitation_due", "mediation_due_60d",
                        "complaint_acceptance_due", "mediation_due_45wd") if is_legal(k)] == [
        "complaint_bar_due", "limitation_due", "mediation_due_60d",
        "complaint_acceptance_due", "mediation_due_45wd",
    ]  # fmt: skip
    assert not any(
        is_legal(k) for k in ("cs_review_due", "proof_reply_due", "appeal_result_due", "refund_due")
    )


def test_counts_keep_platform_periods_apart_and_skip_dismissed_ones():
    case = make_case(
        known_at=at(2023, 12, 20),
        events=[ev("cs_contacted", at(2026, 10, 1, 9)), ev("appeal_filed", at(2026, 10, 2))],
    )
    now = at(2026, 12, 18, 10)
    found = {d.kind: d for d in deadlines_for(case, now, CAL)}
    review, appeal = found["cs_review_due"], found["appeal_result_due"]
    # The bar ends on Sunday 12-20; on Friday the due-soon horizon reaches Monday.
    soon_bar = found["complaint_bar_due"]
    assert (review.status, appeal.status, soon_bar.status) == (S.OVERDUE, S.OVERDUE, S.DUE_SOON)
    counts = count_due([classify(review), classify(appeal, dismissed=True), classify(soon_bar)])
    assert counts == DueCounts(
        overdue=0, due_soon=1, platform_overdue=1, platform_due_soon=0, dismissed=1
    )
    assert counts.platform == 1 and counts.any
    # A legal deadline is never dismissed, whatever is asked.
    assert classify(soon_bar, dismissed=True).dismissed is False
    assert dismissable(review) and not dismissable(soon_bar)
    assert not dismissable(dataclasses.replace(review, status=S.MET))


def test_nothing_pressing_counts_nothing():
    assert count_due([]) == DueCounts()
    assert not DueCounts().any


def _bar_case():
    # Known 2023-11-29: three years end on Sunday 2026-11-29, moved to Monday 11-30 (第四十五条).
    return make_case(known_at=at(2023, 11, 29))


def test_the_bar_s_grace_is_the_moved_last_day():
    assert bar_grace(end_of(2026, 11, 29), CAL) == end_of(2026, 11, 30)
    assert bar_grace(end_of(2026, 11, 30), CAL) is None


@pytest.mark.parametrize(
    ("now", "status"),
    [
        (at(2026, 11, 27, 10), S.DUE_SOON),
        (at(2026, 11, 30, 10), S.DUE_SOON),  # past the nominal Sunday, within the grace
        (datetime(2026, 11, 30, 23, 59, 58, tzinfo=SHANGHAI), S.DUE_SOON),
        (at(2026, 12, 1, 0, 0), S.OVERDUE),
    ],
)
def test_the_cached_next_deadline_is_judged_like_the_full_one(now, status):
    case = _bar_case()
    cached = next_deadline(case, CAL)
    assert cached is not None and cached.kind == "complaint_bar_due"
    assert cached.due == end_of(2026, 11, 29)
    full = next(d for d in deadlines_for(case, now, CAL) if d.kind == "complaint_bar_due")
    assert judge_cached(cached.kind, cached.due, now, CAL) is full.status is status
