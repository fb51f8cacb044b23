"""The data folder and the SQLite connection: where, which pragmas, transactions, settings."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from disputekit.messages import render
from disputekit.store import Store, StoreError, resolve_data_dir
from disputekit.store.db import connect, user_version, write_transaction
from disputekit.store.migrations import latest_version


def test_data_dir_precedence(tmp_path, monkeypatch, data_home):
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert resolve_data_dir() == data_home
    monkeypatch.delenv("DISPUTEKIT_HOME")
    default = resolve_data_dir()
    assert default.name == "DisputeKit"
    assert str(default).startswith(str(tmp_path / "xdg-data"))
    assert not default.exists() and not data_home.exists()  # resolving creates nothing


def test_importing_the_store_creates_nothing(data_home):
    code = (
        "import disputekit.store, disputekit.store.bundles.bundle, "
        "disputekit.commands.cases.store_bundles, "
        "disputekit.commands.cases.store_cases"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert not data_home.exists()


def test_open_creates_the_folder_and_sets_pragmas(tmp_path):
    store = Store.open(tmp_path / "new" / "data")
    try:
        assert (tmp_path / "new" / "data" / "disputekit.sqlite3").is_file()
        pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("cache_size") == -32 * 1024
        assert user_version(store.db) == latest_version()
        assert store.vault.root == tmp_path / "new" / "data" / "vault"
    finally:
        store.close()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.db.execute(
            "INSERT INTO events (case_id, event_id, position, at, kind) VALUES (1, 'x', 0, '', '')"
        )


def test_write_transaction_rolls_back_and_nests(tmp_path):
    db = connect(tmp_path / "t.db")
    db.execute("CREATE TABLE t (v INTEGER)")
    with pytest.raises(RuntimeError), write_transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("boom")
    with write_transaction(db):
        db.execute("INSERT INTO t VALUES (2)")
        with pytest.raises(RuntimeError), write_transaction(db):
            db.execute("INSERT INTO t VALUES (3)")
            raise RuntimeError("inner")
    assert [r[0] for r in db.execute("SELECT v FROM t")] == [2]
    assert not db.conn.in_transaction
    db.close()


def test_two_connections_share_the_folder(tmp_path, make_case, store):
    case_id = store.cases.create(make_case())
    other = Store.open(store.data_dir)
    try:
        assert other.cases.get(case_id) == store.cases.get(case_id)
    finally:
        other.close()


def test_settings_round_trip(store):
    store.settings.set("default_complainant", {"name": "张三", "phone": "138"})
    store.settings.set("packet_defaults", [1, "二", None])
    assert store.settings.get("default_complainant") == {"name": "张三", "phone": "138"}
    assert store.settings.get("missing", 7) == 7
    store.settings.delete("packet_defaults")
    assert store.settings.all() == {"default_complainant": {"name": "张三", "phone": "138"}}
    with pytest.raises(ValueError):
        store.settings.set("bad", float("nan"))


def test_calendar_applies_stored_overrides(store):
    new_years_eve = date(2026, 12, 31)  # a Thursday, normally a working day
    assert store.calendar().is_working_day(new_years_eve)
    store.settings.set_calendar_overrides({new_years_eve: False, date(2026, 12, 26): True})
    assert store.settings.get("calendar_overrides") == {
        "2026-12-26": True,
        "2026-12-31": False,
    }
    assert not store.calendar().is_working_day(new_years_eve)
    assert store.calendar().is_working_day(date(2026, 12, 26))  # a Saturday made working
    store.settings.set("calendar_overrides", {"not a date": False, "2026-12-30": "yes"})
    assert store.settings.calendar_overrides() == {}  # malformed entries are skipped


@pytest.mark.parametrize("content", [b"garbage garbage", b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_damaged_database_is_refused_with_its_path_and_left_as_it_was(tmp_path, content):
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / "disputekit.sqlite3"
    db_file.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(data)
    message = str(info.value)
    assert message.startswith(f"{db_file} 已损坏或不是 DisputeKit 数据库")
    assert "is damaged or is not a DisputeKit database" in render(info.value.text, "en")
    assert db_file.read_bytes() == content
