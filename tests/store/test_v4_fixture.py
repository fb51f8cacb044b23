"""A store written by today's code (tests/fixtures/stores/v4, made by make_v4.py there) opens
with today's code and gives back every case exactly as it was written."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from disputekit.domain.case.document.case_json import dumps_case
from disputekit.store import Store
from disputekit.store.vault.vault_check import check_vault

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "stores" / "v4"


@pytest.fixture
def v4_store(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data, ignore=shutil.ignore_patterns("cases.json"))
    for path in data.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return data


def test_the_fixture_is_version_4() -> None:
    db = sqlite3.connect(f"file:{FIXTURE / 'disputekit.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 4
    finally:
        db.close()


def test_every_case_reads_back_exactly_as_written(v4_store: Path) -> None:
    written = json.loads((FIXTURE / "cases.json").read_text(encoding="utf-8"))
    with Store.open(v4_store) as store:
        read = {
            case.order.order_no: json.loads(dumps_case(case))
            for case in map(store.cases.get, store.cases.ids())
        }
    assert read == written
    assert len(read) == 3
    # What the v4 document carries beyond the old columns came back too.
    first = read["KM2026112000123"]
    assert [
        (e["id"], e.get("withheld"), bool(e.get("derived_from"))) for e in first["evidence"]
    ] == [
        ("e1", True, False),
        ("e2", None, True),
    ]
    assert first["events"][2]["promised_by"] == "2026-11-24T18:00:00+08:00"
    assert first["field_sources"]["order.order_no"]["value"] == "KM2026112000123"
    assert first["x_custom"] == {"kept": True}


def test_the_v4_store_lists_searches_and_checks_clean(v4_store: Path) -> None:
    with Store.open(v4_store) as store:
        assert len(store.cases.list("张三")) == 2
        assert [s.order_no for s in store.cases.list("KM2026112500999")] == ["KM2026112500999"]
        report = check_vault(store)
        assert report.total == 3 and not report.problems
