"""One count of pressing deadlines for the banner, the reminders window and the dashboard:
legal deadlines and platform periods apart, and a platform period dismissed (不再提醒) per case
and deadline, kept across a restart and undone; a legal deadline cannot be dismissed.

Friday 2026-11-27 10:00 in Shanghai: a 24-hour review long past (a platform period, overdue),
and a 12315 bar whose last day is Sunday 11-29 (legal, due soon)."""

from __future__ import annotations

import pytest

from disputekit.app.deadlines.dashboard import compute_stats
from disputekit.app.deadlines.deadline_dismissals import (
    NotDismissable,
    dismiss_deadline,
    dismissed_deadlines,
    restore_deadline,
)
from disputekit.app.deadlines.reminders import due_counts, due_deadlines
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.domain.deadlines.deadline_attention import DueCounts
from disputekit.messages import render
from disputekit.store import Store
from tests.app.due_cases import due_case
from tests.domain.factories import at

NOW = at(2026, 11, 27, 10, 0)


@pytest.fixture
def ids(store: Store) -> tuple[int, int]:
    review = due_case("KM-CS", Event("ev1", at(2026, 10, 23, 9, 0), EventKind.CS_CONTACTED))
    barred = due_case("KM-BAR")
    barred.problem_known_at = at(2023, 11, 29, 9, 0)
    return store.cases.create(review), store.cases.create(barred)


def _rows(found):
    return [(d.case_id, str(d.deadline.kind), d.deadline.status.value, d.legal, d.dismissed)
            for d in found]  # fmt: skip


def test_banner_and_dashboard_count_the_same_deadlines_legal_and_platform_apart(store, ids):
    review, barred = ids
    found = due_deadlines(store, NOW)
    assert (review, "cs_review_due", "overdue", False, False) in _rows(found)
    assert (barred, "complaint_bar_due", "due_soon", True, False) in _rows(found)
    counts = due_counts(found)
    assert counts == DueCounts(overdue=0, due_soon=counts.due_soon, platform_overdue=1)
    # The bar and the limitation period (same three years) are both legal and due soon.
    assert counts.due_soon == sum(d.legal for d in found)
    stats = compute_stats(store, NOW)
    assert stats.counts == counts
    assert (stats.overdue, stats.due_soon) == (0, counts.due_soon)


def test_a_dismissed_platform_period_is_not_counted_and_survives_a_restart(store, ids, tmp_path):
    review, _barred = ids
    period = next(d for d in due_deadlines(store, NOW) if d.case_id == review).deadline
    dismiss_deadline(store, review, period)
    assert due_counts(due_deadlines(store, NOW)).platform_overdue == 0
    assert due_counts(due_deadlines(store, NOW)).dismissed == 1
    store.close()
    with Store.open(tmp_path / "data") as again:
        found = due_deadlines(again, NOW)
        assert [d.dismissed for d in found if d.case_id == review] == [True]
        assert compute_stats(again, NOW).counts.platform_overdue == 0
        restore_deadline(again, review, period)
        assert dismissed_deadlines(again) == set()
        assert due_counts(due_deadlines(again, NOW)).platform_overdue == 1


def test_a_new_period_of_the_same_kind_reminds_again(store, ids):
    review, _barred = ids
    period = next(d for d in due_deadlines(store, NOW) if d.case_id == review).deadline
    dismiss_deadline(store, review, period)
    case = store.cases.get(review)
    case.events.append(Event("ev2", at(2026, 11, 26, 9, 0), EventKind.CS_CONTACTED))
    store.cases.save(review, case)
    again = [d for d in due_deadlines(store, NOW) if d.case_id == review]
    assert [(d.deadline.due, d.dismissed) for d in again] == [(at(2026, 11, 27, 9, 0), False)]


def test_a_legal_deadline_cannot_be_dismissed(store, ids):
    _review, barred = ids
    bar = next(
        d.deadline for d in due_deadlines(store, NOW) if d.deadline.kind == "complaint_bar_due"
    )
    with pytest.raises(NotDismissable) as refused:
        dismiss_deadline(store, barred, bar)
    assert render(refused.value.text, "zh_CN") == (
        "「12315投诉时限（3年）」是法定期限，不能设为不再提醒。"
    )
    assert render(refused.value.text, "en").startswith("“")
    assert dismissed_deadlines(store) == set()


def test_deleting_a_case_removes_its_dismissals(store, ids):
    from disputekit.app.deadlines.deadline_dismissals import DISMISSED_KEY

    review, barred = ids
    asked = Event("ev1", at(2026, 10, 23, 9, 0), EventKind.CS_CONTACTED)
    other = store.cases.create(due_case("KM-CS2", asked))
    periods = {d.case_id: d.deadline for d in due_deadlines(store, NOW) if not d.legal}
    dismiss_deadline(store, review, periods[review])
    dismiss_deadline(store, other, periods[other])
    store.cases.delete(review)
    assert {case_id for case_id, _key in dismissed_deadlines(store)} == {other}
    store.cases.delete(other)
    # No settings row is left naming a case that is gone.
    assert DISMISSED_KEY not in store.settings.all()
    assert dismissed_deadlines(store) == set()
    # A new case given the freed id (SQLite reuses the largest) is not born dismissed.
    again = store.cases.create(due_case("KM-CS3", asked))
    assert again == other
    found = [d for d in due_deadlines(store, NOW) if d.case_id == again]
    assert [(str(d.deadline.kind), d.dismissed) for d in found] == [("cs_review_due", False)]
    assert due_counts(due_deadlines(store, NOW)).platform_overdue == 1
    assert store.cases.get(barred)  # the other case is untouched
