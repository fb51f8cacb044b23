"""The 12315 copy assistant's ticks: stored beside the case, read back after the store is
opened again, stale once the field's text changes, never altering the case."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from disputekit.app.packets.fill_progress import (
    FieldState,
    TickNotSaved,
    fill_progress,
    form_fields,
    tick_field,
    value_digest,
)
from disputekit.store import Store
from disputekit.store.fill_ticks import TICKS_PREFIX
from tests.domain.factories import make_case

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


def _fields(store: Store, case_id: int):
    return {f.key: f for f in form_fields(store.cases.get(case_id), TODAY)}


def test_ticks_are_read_back_after_the_store_is_opened_again(tmp_path):
    store = Store.open(tmp_path / "data")
    case_id = store.cases.create(make_case())
    fields = _fields(store, case_id)
    doc_before = store.db.execute("SELECT doc_json, updated_at FROM cases").fetchone()
    tick_field(store, case_id, fields["order_no"], True, NOW)
    tick_field(store, case_id, fields["amount"], True, NOW)
    tick_field(store, case_id, fields["amount"], False, NOW)
    # The case itself (its document, evidence and last change) is not touched by a tick.
    assert store.db.execute("SELECT doc_json, updated_at FROM cases").fetchone() == doc_before
    store.close()

    reopened = Store.open(tmp_path / "data")
    try:
        progress = fill_progress(reopened, case_id, list(_fields(reopened, case_id).values()))
        assert progress.states["order_no"] is FieldState.DONE
        assert progress.states["amount"] is FieldState.TODO
        assert (progress.done, progress.stale, progress.total) == (1, 0, 12)
        stored = reopened.settings.get(f"{TICKS_PREFIX}{case_id}")
        assert stored["ticks"]["order_no"] == {
            "digest": value_digest(fields["order_no"].value),
            "at": "2026-11-26T03:00:00+00:00",
        }
    finally:
        reopened.close()


def test_a_tick_goes_stale_when_the_field_s_text_changes(store):
    case_id = store.cases.create(make_case())
    fields = _fields(store, case_id)
    for key in ("amount", "order_no"):
        tick_field(store, case_id, fields[key], True, NOW)
    case = store.cases.get(case_id)
    case.order.amount_paid = Decimal("120.00")
    store.cases.save(case_id, case)
    progress = fill_progress(store, case_id, list(_fields(store, case_id).values()))
    assert progress.states["amount"] is FieldState.STALE
    assert progress.states["order_no"] is FieldState.DONE
    assert (progress.done, progress.stale) == (1, 1)
    # Ticked again with the new text, it is done again.
    tick_field(store, case_id, _fields(store, case_id)["amount"], True, NOW)
    assert (
        fill_progress(store, case_id, list(_fields(store, case_id).values())).states["amount"]
        is FieldState.DONE
    )


def test_next_open_field_skips_done_ones_and_wraps(store):
    case_id = store.cases.create(make_case())
    fields = list(_fields(store, case_id).values())
    for field in fields[:3]:
        tick_field(store, case_id, field, True, NOW)
    progress = fill_progress(store, case_id, fields)
    assert progress.next_open() == fields[3].key
    assert progress.next_open(fields[0].key) == fields[3].key
    assert progress.next_open(fields[-1].key) == fields[3].key
    for field in fields[3:]:
        tick_field(store, case_id, field, True, NOW)
    assert fill_progress(store, case_id, fields).next_open() is None


def test_a_new_case_given_a_deleted_case_s_id_starts_with_no_ticks(store):
    old = store.cases.create(make_case())
    tick_field(store, old, _fields(store, old)["order_no"], True, NOW)
    store.cases.delete(old)
    new = store.cases.create(make_case())
    assert new == old  # SQLite hands the highest id out again
    progress = fill_progress(store, new, list(_fields(store, new).values()))
    assert progress.done == 0


def test_deleting_a_case_removes_its_ticks(store):
    # A tick keeps the SHA-256 of a field's text (a phone number is easily guessed from it):
    # nothing of a deleted buyer stays behind.
    gone = store.cases.create(make_case())
    kept = store.cases.create(make_case())
    for case_id in (gone, kept):
        tick_field(store, case_id, _fields(store, case_id)["order_no"], True, NOW)
    store.cases.delete(gone)
    keys = {row[0] for row in store.db.execute("SELECT key FROM settings")}
    assert f"{TICKS_PREFIX}{gone}" not in keys
    assert f"{TICKS_PREFIX}{kept}" in keys


def test_damaged_ticks_read_as_none_and_a_missing_case_is_named(store):
    case_id = store.cases.create(make_case())
    store.settings.set(f"{TICKS_PREFIX}{case_id}", {"ticks": "nonsense"})
    assert fill_progress(store, case_id, list(_fields(store, case_id).values())).done == 0
    store.db.execute(
        "UPDATE settings SET value_json = ? WHERE key = ?",
        [json.dumps("[")[:-1], f"{TICKS_PREFIX}{case_id}"],
    )
    assert fill_progress(store, case_id, list(_fields(store, case_id).values())).done == 0
    with pytest.raises(TickNotSaved, match="999"):
        tick_field(store, 999, _fields(store, case_id)["amount"], True, NOW)


def test_a_tick_the_store_refuses_is_reported_and_nothing_changes(tmp_path):
    store = Store.open(tmp_path / "data")
    case_id = store.cases.create(make_case())
    fields = _fields(store, case_id)
    tick_field(store, case_id, fields["order_no"], True, NOW)
    store.close()
    read_only = Store.open(tmp_path / "data", read_only=True)
    try:
        with pytest.raises(TickNotSaved) as caught:
            tick_field(read_only, case_id, fields["amount"], True, NOW)
        assert caught.value.reason
        progress = fill_progress(read_only, case_id, list(fields.values()))
        assert (progress.done, progress.states["amount"]) == (1, FieldState.TODO)
    finally:
        read_only.close()
