"""Stores written by earlier releases (tests/fixtures/stores) upgrade without losing a thing."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from disputekit.domain.case.document.case_json import dumps_case
from disputekit.store import Store
from disputekit.store.db import user_version
from disputekit.store.migrations import latest_version
from disputekit.store.vault.vault_check import check_vault

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
VERSIONS = {"v1": 1, "v2": 2, "v3": 3}


@pytest.fixture(params=sorted(VERSIONS))
def old_store(request, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / request.param, data)
    for path in data.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return request.param, data


def test_the_fixture_is_the_version_it_claims(old_store):
    import sqlite3

    name, data = old_store
    with sqlite3.connect(data / "disputekit.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSIONS[name]


def test_an_old_store_upgrades_and_keeps_every_case(old_store):
    name, data = old_store
    with Store.open(data) as store:
        assert user_version(store.db) == latest_version()
        assert store.cases.count() == 2
        by_order = {c.order.order_no: c for c in (store.cases.get(i) for i in store.cases.ids())}
    # A copy of the old database is taken before the first step of an upgrade.
    if VERSIONS[name] < latest_version():
        assert [p.name for p in (data / "backups").iterdir()]

    first = by_order["KM2026112000123"]
    assert first.complainant.name == "张三"
    assert first.respondent.company == "杭州某某网络科技有限公司"
    assert first.order.amount_paid == Decimal("98.50")
    assert first.order.ordered_at.isoformat() == "2026-11-20T10:15:00+08:00"
    assert [e.kind.value for e in first.events] == ["ordered", "cs_contacted", "cs_refused"]
    assert first.events[2].note == "客服称已发货，拒绝退款"
    assert first.evidence[0].caption == "客服聊天截图"
    assert json.loads(dumps_case(first))["x_custom"] == {"kept": True}
    assert by_order["KM2026112500999"].order.status.value == "pending_delivery"


def test_an_upgraded_store_searches_and_checks_clean(old_store):
    _, data = old_store
    with Store.open(data) as store:
        assert len(store.cases.list("张三")) == 2
        assert len(store.cases.list("KM2026112500999")) == 1
        assert len(store.cases.list("Q币")) == 2  # a two-character term
        report = check_vault(store)
        assert report.total == 1 and not report.problems


def _legacy_cases(path: Path) -> dict[str, str]:
    """Each case of an old database as the reader of the column layout sees it."""
    import sqlite3

    from disputekit.store.cases.legacy_rows import case_from_rows

    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        out = {}
        for row in db.execute("SELECT * FROM cases"):
            children = [
                [dict(r) for r in db.execute(f"SELECT * FROM {t} WHERE case_id = ?", [row["id"]])]
                for t in ("events", "evidence", "event_evidence")
            ]
            case = case_from_rows(dict(row), *children)
            out[case.order.order_no] = dumps_case(case)
        return out
    finally:
        db.close()


def test_every_case_becomes_its_document_unchanged(old_store):
    _, data = old_store
    before = _legacy_cases(data / "disputekit.sqlite3")
    with Store.open(data) as store:
        after = {c.order.order_no: dumps_case(c) for c in map(store.cases.get, store.cases.ids())}
        columns = {r[1] for r in store.db.execute("PRAGMA table_info(cases)")}
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert after == before and len(after) == 2
    # Only what SQL needs stays a column; the rest lives in the document alone.
    assert "doc_json" in columns and "quantity" not in columns and "extra_json" not in columns
    assert "event_evidence" not in tables
