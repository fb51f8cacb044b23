"""The one deadline rule, pinned with exact instants: overdue from the due instant, due soon up
to the end of the next working day (Asia/Shanghai, the case's calendar), whatever the unit."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus, find
from disputekit.domain.deadlines.deadline_judge import as_instant, judge, judge_due, soon_until
from disputekit.timeutil import SHANGHAI
from tests.domain.factories import at, end_of, ev, make_case
from tests.support.shipped import advise, deadlines_for

CAL = WorkCalendar()
S = DeadlineStatus


def sh(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


MONDAY_0900 = sh(2026, 11, 30, 9, 0)  # an hours deadline's due instant


@pytest.mark.parametrize(
    ("now", "status"),
    [
        (sh(2026, 11, 26, 10, 0), S.UPCOMING),  # Thursday: the horizon is the end of Friday
        (sh(2026, 11, 27, 10, 0), S.DUE_SOON),  # Friday: the next working day is Monday
        (sh(2026, 11, 28, 23, 0), S.DUE_SOON),  # Saturday
        (sh(2026, 11, 30, 8, 59, 59), S.DUE_SOON),
        (sh(2026, 11, 30, 9, 0), S.OVERDUE),  # overdue at its hour, not at the end of its day
        (sh(2026, 11, 30, 23, 0), S.OVERDUE),
    ],
)
def test_hours_deadline_due_monday_morning(now, status):
    assert judge_due(MONDAY_0900, now, CAL) is status


@pytest.mark.parametrize(
    ("now", "status"),
    [
        (sh(2026, 11, 26, 23, 59), S.UPCOMING),
        (sh(2026, 11, 27, 0, 0), S.DUE_SOON),
        (sh(2026, 11, 30, 23, 59, 58), S.DUE_SOON),  # still due today
        (sh(2026, 11, 30, 23, 59, 59), S.OVERDUE),
        (sh(2026, 12, 1, 0, 0), S.OVERDUE),
    ],
)
def test_working_day_deadline_due_at_the_end_of_monday(now, status):
    assert judge_due(end_of(2026, 11, 30), now, CAL) is status


def test_the_judging_day_is_shanghai_s_not_utc_s():
    # 2026-11-26 17:00 UTC is Friday 01:00 in Shanghai: the horizon reaches Monday.
    now = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    assert soon_until(now, CAL) == sh(2026, 11, 30, 23, 59, 59, 999999)
    assert judge_due(MONDAY_0900, now, CAL) is S.DUE_SOON
    assert judge_due(MONDAY_0900, datetime(2026, 11, 26, 15, 59, tzinfo=UTC), CAL) is S.UPCOMING


def test_due_soon_reaches_across_national_day_and_stops_at_a_make_up_saturday():
    # 9-30: the next working day is 10-8, after the holiday.
    assert soon_until(sh(2026, 9, 30, 12, 0), CAL) == sh(2026, 10, 8, 23, 59, 59, 999999)
    assert judge_due(end_of(2026, 10, 8), sh(2026, 9, 30, 12, 0), CAL) is S.DUE_SOON
    assert judge_due(sh(2026, 10, 9, 0, 0), sh(2026, 9, 30, 12, 0), CAL) is S.UPCOMING
    # Friday 10-9: Saturday 10-10 is a make-up working day, so Monday is not reached.
    assert judge_due(sh(2026, 10, 10, 20, 0), sh(2026, 10, 9, 12, 0), CAL) is S.DUE_SOON
    assert judge_due(sh(2026, 10, 12, 9, 0), sh(2026, 10, 9, 12, 0), CAL) is S.UPCOMING


def test_a_calendar_override_moves_the_horizon():
    # Declaring Monday 11-30 a day off pushes due soon out to the end of Tuesday.
    off = CAL.with_overrides({date(2026, 11, 30): False})
    assert judge_due(end_of(2026, 12, 1), sh(2026, 11, 27, 10, 0), off) is S.DUE_SOON
    assert judge_due(end_of(2026, 12, 1), sh(2026, 11, 27, 10, 0), CAL) is S.UPCOMING


def test_a_date_is_judged_at_its_first_instant():
    assert as_instant(date(2026, 11, 30)) == sh(2026, 11, 30, 0, 0)
    # Nothing due on the day has passed at 00:00: the hours deadline is due soon, not overdue.
    assert judge_due(MONDAY_0900, date(2026, 11, 30), CAL) is S.DUE_SOON
    assert judge_due(MONDAY_0900, date(2026, 12, 1), CAL) is S.OVERDUE


def test_a_naive_instant_is_refused():
    with pytest.raises(ValueError, match="no UTC offset"):
        judge_due(MONDAY_0900, datetime(2026, 11, 27, 10, 0), CAL)


def test_a_met_deadline_stays_met_even_past_its_due():
    case = make_case(
        events=[
            ev("cs_contacted", at(2026, 11, 29, 9, 0)),
            ev("cs_replied", at(2026, 11, 29, 12, 0)),
        ]
    )
    review = find(deadlines_for(case, sh(2026, 12, 5, 0, 0), CAL), "cs_review_due")
    assert review is not None
    assert review.status is S.MET
    assert judge(review, sh(2026, 12, 5, 0, 0), CAL) is S.MET


def test_advice_judges_the_hours_deadline_by_its_hour():
    case = make_case(events=[ev("cs_contacted", at(2026, 11, 29, 9, 0))])

    def status(now: date | datetime) -> DeadlineStatus:
        found = find(advise(case, now, CAL).deadlines, "cs_review_due")
        assert found is not None and found.due == MONDAY_0900
        return found.status

    assert status(sh(2026, 11, 27, 10, 0)) is S.DUE_SOON
    assert status(sh(2026, 11, 30, 10, 0)) is S.OVERDUE
    assert status(date(2026, 11, 30)) is S.DUE_SOON  # the day alone: its 00:00
