"""Migrations: forward only, one transaction per step, a copy of the database first."""

from __future__ import annotations

import sqlite3

import pytest

from disputekit.domain.case.document.case_json import dumps_case
from disputekit.messages import render
from disputekit.store import Store, StoreError
from disputekit.store.cases.summaries import page_sql
from disputekit.store.db import connect, user_version
from disputekit.store.migrations import MIGRATIONS, latest_version, migrate

TABLES = {
    "files",
    "cases",
    "events",
    "evidence",
    "settings",
    "case_fts",
    "case_chars",
}


def tables(db):
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def add_column(db):
    db.execute("ALTER TABLE cases ADD COLUMN label TEXT")


def fail_half_way(db):
    db.execute("CREATE TABLE half (x)")
    raise RuntimeError("step failed")


def test_a_new_database_gets_the_whole_schema_without_a_backup(tmp_path):
    store = Store.open(tmp_path)
    try:
        assert tables(store.db) >= TABLES
        assert user_version(store.db) == latest_version() == len(MIGRATIONS)
    finally:
        store.close()
    assert not (tmp_path / "backups").exists()
    Store.open(tmp_path).close()  # up to date: nothing to copy
    assert not (tmp_path / "backups").exists()


def test_upgrade_copies_the_database_aside_first(tmp_path, store, make_case):
    case_id = store.cases.create(make_case())
    before = dumps_case(store.cases.get(case_id))
    backup = migrate(store.db, tmp_path / "bk", [*MIGRATIONS, add_column])
    assert user_version(store.db) == latest_version() + 1
    assert "label" in {r[1] for r in store.db.execute("PRAGMA table_info(cases)")}
    assert dumps_case(store.cases.get(case_id)) == before
    # A copy of personal data: owner-only, like the database itself.
    assert (backup.stat().st_mode & 0o777, backup.parent.stat().st_mode & 0o777) == (0o600, 0o700)
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert copy.execute("SELECT order_no FROM cases").fetchall() == [("KM2026112000123",)]
        assert "label" not in {r[1] for r in copy.execute("PRAGMA table_info(cases)")}
    finally:
        copy.close()


def test_a_failing_step_rolls_back_alone(tmp_path, store, make_case):
    case_id = store.cases.create(make_case())
    before = dumps_case(store.cases.get(case_id))
    with pytest.raises(RuntimeError, match="step failed"):
        migrate(store.db, tmp_path / "bk", [*MIGRATIONS, add_column, fail_half_way])
    # The first added step committed, the failing one rolled back.
    assert user_version(store.db) == latest_version() + 1
    assert "half" not in tables(store.db)
    assert dumps_case(store.cases.get(case_id)) == before
    assert len(list((tmp_path / "bk").iterdir())) == 1


def test_a_newer_database_is_refused(tmp_path):
    db = connect(tmp_path / "disputekit.sqlite3")
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="数据结构版本是 99，比这个 DisputeKit") as caught:
        Store.open(tmp_path)
    assert "schema version 99, newer" in render(caught.value.text, "en")


def test_version_1_database_gets_the_character_index_for_short_terms(tmp_path, make_case, store):
    """v2 adds `case_chars`, filled from the existing search text."""
    case_id = store.cases.create(make_case())
    store.db.execute("DROP TABLE case_chars")
    store.db.execute("PRAGMA user_version = 1")
    backup = migrate(store.db, tmp_path / "bk", MIGRATIONS[:2])
    assert backup is not None and user_version(store.db) == 2
    assert [s.id for s in store.cases.list("卡盟")] == [case_id]
    assert [s.id for s in store.cases.list("q币")] == [case_id]


def test_version_2_database_gets_the_list_indexes(tmp_path, store):
    store.db.execute("DROP INDEX evidence_by_case")
    store.db.execute("DROP INDEX events_by_kind")
    store.db.execute("PRAGMA user_version = 2")
    migrate(store.db, tmp_path / "bk", MIGRATIONS[:3])
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"evidence_by_case", "events_by_kind"} <= names
    plan = " ".join(r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + page_sql(2), [1, 2]))
    assert "COVERING INDEX evidence_by_case" in plan
    assert "COVERING INDEX events_by_kind" in plan
