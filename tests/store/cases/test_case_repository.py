"""CaseRepository: exact round trips, whole-case writes, evidence links, the case list."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from disputekit.domain.case.document.case_json import case_from_dict, dumps_case
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, OrderStatus
from disputekit.messages import render
from disputekit.store import CaseNotFound, EvidenceNotFound, MissingFileError
from disputekit.timeutil import SHANGHAI
from tests.support.shipped import next_deadline


def test_create_get_round_trips_every_field_and_unknown_key(store, make_case, case_doc):
    case = make_case()
    case_id = store.cases.create(case)
    back = store.cases.get(case_id)
    assert back == case
    assert dumps_case(back) == dumps_case(case)
    data = json.loads(dumps_case(back))
    assert data["order"]["coupon"] == {"code": "NEW5", "value": "5.00"}
    assert data["order"]["target_account"]["role"] == "مرحبا"
    assert data["evidence"][0]["page"] == 3
    assert data["schema_note"] == {"from": "hand edited"}
    assert data["complainant"]["name"] == "张三😀"
    # the UTC offset written is the offset read
    assert data["events"][1]["at"] == "2026-11-21T09:00:00+00:00"


def test_case_without_filed_by_or_claims_stays_without(store, make_case, case_doc):
    del case_doc["filed_by"]
    case_doc["claims"] = {}
    case = make_case(doc=case_doc)
    back = store.cases.get(store.cases.create(case))
    assert back.filed_by is None
    assert back.claims.refund_amount is None
    assert dumps_case(back) == dumps_case(case)


def test_get_unknown_case_raises_case_not_found(store):
    with pytest.raises(CaseNotFound) as info:
        store.cases.get(404)
    assert isinstance(info.value, KeyError)
    assert str(info.value) == "没有编号为 404 的案件"
    assert render(info.value.text, "en") == "No case with id 404"


def test_evidence_must_be_in_the_vault_and_nothing_is_stored_otherwise(store, make_case):
    case = make_case()
    case.evidence[1].sha256 = "ab" * 32
    with pytest.raises(MissingFileError, match=r"e2.*not in the evidence vault"):
        store.cases.create(case)
    case.evidence[1].sha256 = None
    with pytest.raises(MissingFileError, match=r"e2.*has no sha256"):
        store.cases.create(case)
    assert store.cases.count() == 0
    assert list(store.cases.list()) == []


def test_bundle_paths_are_normalised_and_unique(store, make_case, add_png):
    case = make_case()
    case.evidence[0].file = "../../shots/chat.png"
    case.evidence[1].file = "other/chat.png"  # same name, a different file
    twin = add_png(999, "x.png")
    case.evidence.append(case.evidence[0].__class__(id="e3", kind=EvidenceKind.OTHER))
    case.evidence[2].sha256 = twin.sha256  # no file, no original name: the vault's name
    back = store.cases.get(store.cases.create(case))
    assert [e.file for e in back.evidence] == [
        "evidence/chat.png",
        "evidence/chat-2.png",
        "evidence/x.png",
    ]
    assert case.evidence[0].file == "../../shots/chat.png"  # the caller's case is untouched


def test_save_replaces_the_whole_case(store, make_case):
    case_id = store.cases.create(make_case())
    before = store.cases.list()[0]
    case = store.cases.get(case_id)
    case.order.order_no = "KM999"
    case.events = case.events[:1]
    case.evidence[0].caption = "新说明"
    store.cases.save(case_id, case)
    back = store.cases.get(case_id)
    assert dumps_case(back) == dumps_case(case)
    after = store.cases.list()[0]
    assert after.created_at == before.created_at
    assert after.updated_at > before.updated_at
    assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_a_failed_save_leaves_the_stored_case_as_it_was(store, make_case):
    case_id = store.cases.create(make_case())
    before = dumps_case(store.cases.get(case_id))
    broken = store.cases.get(case_id)
    broken.order.order_no = "CHANGED"
    broken.evidence[0].sha256 = "cd" * 32
    with pytest.raises(MissingFileError):
        store.cases.save(case_id, broken)
    assert dumps_case(store.cases.get(case_id)) == before
    assert [s.id for s in store.cases.list("CHANGED")] == []
    with pytest.raises(CaseNotFound):
        store.cases.save(case_id + 1, store.cases.get(case_id))


def test_delete_removes_rows_and_search_text_but_never_files(store, make_case):
    case = make_case()
    case_id = store.cases.create(case)
    store.cases.delete(case_id)
    with pytest.raises(CaseNotFound):
        store.cases.get(case_id)
    for table in ("events", "evidence", "case_fts", "case_chars"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert list(store.cases.list("卡盟")) == []
    for item in case.evidence:
        assert store.vault.verify(item.sha256)
    with pytest.raises(CaseNotFound):
        store.cases.delete(case_id)


def test_one_file_in_two_cases_is_stored_once_and_survives_either_delete(store, make_case):
    first = store.cases.create(make_case(seed=1))
    second = store.cases.create(make_case(seed=1))
    assert store.db.execute("SELECT count(*) FROM files").fetchone()[0] == 2
    store.cases.delete(first)
    assert store.cases.get(second).evidence[0].sha256 in store.cases.referenced_files()


def test_add_and_remove_evidence(store, make_case, add_png):
    case_id = store.cases.create(make_case())
    stored = add_png(77, "退款截图.png")
    item = store.cases.add_evidence(
        case_id,
        stored,
        EvidenceKind.REFUND_RECORD,
        caption="退款记录",
        captured_at=datetime(2026, 11, 22, 8, 0, tzinfo=SHANGHAI),
    )
    assert (item.id, item.file, item.sha256) == ("e3", "evidence/退款截图.png", stored.sha256)
    assert store.cases.get(case_id).evidence[-1] == item
    store.cases.remove_evidence(case_id, "e1")
    back = store.cases.get(case_id)
    assert [e.id for e in back.evidence] == ["e2", "e3"]
    assert [e.evidence for e in back.events] == [[], ["e2"]]
    with pytest.raises(EvidenceNotFound, match="e1"):
        store.cases.remove_evidence(case_id, "e1")


def test_summaries_carry_the_list_columns(store, make_case, case_doc):
    first = store.cases.create(make_case(seed=1))
    case = make_case(seed=2, status="completed", amount_paid="30.00")
    case.events.append(
        Event(id="ev9", at=datetime(2026, 11, 23, tzinfo=SHANGHAI), kind=EventKind.REFUND_RECEIVED)
    )
    second = store.cases.create(case)
    rows = store.cases.list()
    assert [r.id for r in rows] == [second, first]  # most recently updated first
    s = rows[0]
    assert (s.platform, s.shop, s.order_no, s.product) == (
        "某某卡盟",
        "星辰点卡专营店",
        "KM2026112000123",
        "腾讯Q币 100元",
    )
    assert (s.amount_paid, s.refund_claimed, s.refunded, s.evidence_count) == (
        Decimal("30.00"),
        Decimal("98.50"),
        True,
        2,
    )
    assert s.status is OrderStatus.COMPLETED and rows[1].refunded is False
    assert s.created_at.utcoffset() == SHANGHAI.utcoffset(s.created_at)
    assert [r.id for r in store.cases.list(status=OrderStatus.COMPLETED)] == [second]
    assert store.cases.count() == 2


def test_next_due_is_cached_from_the_advice_engine(store, make_case):
    case = make_case()
    case_id = store.cases.create(case)
    expected = next_deadline(store.cases.get(case_id), store.calendar())
    assert expected is not None  # shipped, not credited: the review clock runs
    summary = store.cases.list()[0]
    assert summary.next_due_at == expected.due
    assert summary.next_due_kind == str(expected.kind)
    assert summary.id == case_id


def test_due_by_lists_only_cases_whose_next_deadline_has_come(store, make_case):
    case_id = store.cases.create(make_case())
    due = store.cases.list()[0].next_due_at
    assert due is not None
    assert [s.id for s in store.cases.due_by(due)] == [case_id]
    assert list(store.cases.due_by(due - timedelta(seconds=1))) == []
    # Any offset: the comparison is between instants, not texts.
    assert [s.id for s in store.cases.due_by(due.astimezone(UTC))] == [case_id]


def test_refresh_digests_follows_calendar_overrides(store, make_case, case_doc):
    # An appeal filed on Friday 2026-11-20: its result is due in working days (2026-11-27), so
    # making a day before then a day off moves the deadline. (The 12315 bar and the limitation
    # keep their nominal last day whatever the calendar: a moved day is only a grace.)
    doc = copy.deepcopy(case_doc)
    doc["events"].append(
        {"id": "ev9", "at": "2026-11-20T12:00:00+08:00", "kind": "appeal_filed", "evidence": []}
    )
    case_id = store.cases.create(make_case(doc=doc))
    before = store.cases.list()[0].next_due_at
    assert before is not None and before.date() == date(2026, 11, 27)
    day = date(2026, 11, 23)
    store.settings.set_calendar_overrides({day: False})
    store.cases.refresh_digests()
    after = store.cases.list()[0].next_due_at
    assert after is not None and after > before
    assert store.cases.get(case_id)  # still readable


def test_create_many_is_one_transaction(store, make_case):
    good = make_case(seed=1)
    bad = make_case(seed=2)
    bad.evidence[0].sha256 = "ef" * 32
    with pytest.raises(MissingFileError):
        store.cases.create_many([good, bad])
    assert store.cases.count() == 0
    ids = store.cases.create_many([good, make_case(seed=3)])
    assert len(ids) == 2 and store.cases.count() == 2


def test_referenced_files_keep_originals_of_redacted_copies(store, make_case, add_png):
    original = add_png(5, "orig.png")
    case = make_case()
    case.evidence[0].derived_from = original.sha256
    store.cases.create(case)
    refs = store.cases.referenced_files()
    assert original.sha256 in refs
    assert {e.sha256 for e in case.evidence} <= refs


def test_hostile_text_is_accepted_and_round_trips(store, make_case, case_doc):
    case_doc["order"]["product"] = "\u202eevil\u202c 🎮 ‏עברית‏ 𠀀"
    case_doc["events"][0]["note"] = "x" * 19_999
    case = make_case(doc=case_doc)
    back = store.cases.get(store.cases.create(case))
    assert back.order.product == case_doc["order"]["product"]
    assert dumps_case(back) == dumps_case(case_from_dict(json.loads(dumps_case(case))))


def test_plaintiff_identity_is_stored_and_kept_apart_from_unknown_keys(store, make_case, case_doc):
    case_doc["complainant"].update(
        id_number="33010619900101123X", gender="female", birth_date="1990-01-01"
    )
    case = make_case(doc=case_doc)
    back = store.cases.get(store.cases.create(case))
    assert back == case
    assert back.complainant.birth_date == date(1990, 1, 1)
    assert back.complainant.extra == {"wechat": "zs_2026"}
    data = json.loads(dumps_case(back))["complainant"]
    assert data["gender"] == "female" and data["id_number"] == "33010619900101123X"
