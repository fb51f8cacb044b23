"""Bulk edits: the same event added to each selected case, the consent flag set or cleared;
read back from the store, a cancel mid-way leaving the rest untouched."""

from __future__ import annotations

from datetime import datetime

from disputekit.app.bulk.case_edits import add_event, set_consent
from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import EventKind, Outcome
from disputekit.messages import render
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from tests.support.seller_samples import seller_case

AT = datetime(2026, 11, 26, 15, 30, tzinfo=SHANGHAI)
REPLY = Event("x", AT, EventKind.CS_REFUSED, note="客服答复：不予退款", outcome=Outcome.NEGATIVE)


def _three(store: Store) -> list[int]:
    return [
        store.cases.create(seller_case(1, name="李小梅", phone="13800000001")),
        store.cases.create(seller_case(2, name="王强")),  # no phone
        store.cases.create(Case()),  # no seller details, no buyer: a bare draft
    ]


def test_the_same_event_is_added_to_each_case(store: Store) -> None:
    ids = _three(store)
    before = [len(store.cases.get(i).events) for i in ids]
    seen: list[tuple[int, int, str]] = []
    result = add_event(store, ids, REPLY, progress=lambda d, t, s: seen.append((d, t, s)))
    assert [(r.case_id, r.status) for r in result.results] == [(i, "done") for i in ids]
    for case_id, count in zip(ids, before, strict=True):
        events = store.cases.get(case_id).events
        assert len(events) == count + 1
        added = events[-1]
        assert (added.kind, added.at, added.note, added.outcome) == (
            EventKind.CS_REFUSED,
            AT,
            "客服答复：不予退款",
            Outcome.NEGATIVE,
        )
        assert added.id not in {e.id for e in events[:-1]} and added.evidence == []
    assert seen[0] == (0, 3, "李小梅 · 某某卡盟 KM-00001")
    assert seen[-1] == (3, 3, "")
    assert result.results[2].title == "案件 3"


def test_running_it_twice_does_not_double_the_event(store: Store) -> None:
    ids = _three(store)
    add_event(store, ids, REPLY)
    again = add_event(store, ids, REPLY)
    assert [r.status for r in again.results] == ["skipped"] * 3
    assert render(again.results[0].reason, "en").startswith("The timeline already holds")
    assert sum(1 for e in store.cases.get(ids[0]).events if e.at == AT) == 1


def test_cancel_midway_leaves_the_first_done_and_the_rest_untouched(store: Store) -> None:
    ids = _three(store)
    docs = [store.cases.get(i) for i in ids]
    asked = iter([False, False, True])
    result = add_event(store, ids, REPLY, cancelled=lambda: next(asked))
    assert [r.case_id for r in result.results] == ids[:2]
    assert result.not_reached == ids[2:] and result.cancelled
    assert store.cases.get(ids[1]).events[-1].at == AT
    assert store.cases.get(ids[2]) == docs[2]


def test_a_missing_case_fails_with_why_and_stops_no_other(store: Store) -> None:
    ids = _three(store)
    store.cases.delete(ids[1])
    result = add_event(store, ids, REPLY)
    assert [r.status for r in result.results] == ["done", "failed", "done"]
    assert str(ids[1]) in render(result.results[1].reason, "zh_CN")


def test_consent_is_set_and_cleared(store: Store) -> None:
    ids = _three(store)
    store.cases.save(ids[1], _consenting(store.cases.get(ids[1])))
    result = set_consent(store, ids, True)
    assert [r.status for r in result.results] == ["done", "skipped", "done"]
    assert all(store.cases.get(i).complainant.share_consent for i in ids)
    cleared = set_consent(store, ids[:2], False)
    assert cleared.count("done") == 2
    assert [store.cases.get(i).complainant.share_consent for i in ids] == [False, False, True]


def _consenting(case: Case) -> Case:
    case.complainant.share_consent = True
    return case
