"""One damaged row never breaks the whole list: the list names that case as damaged and
shows the rest; `show`/`advise` on it say so in a sentence."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from disputekit.cli import main

DOC_DAMAGE = {
    "NULL": "UPDATE cases SET doc_json = NULL WHERE id = 2",
    "cut short": "UPDATE cases SET doc_json = substr(doc_json, 1, 50) WHERE id = 2",
    "a list": "UPDATE cases SET doc_json = '[1,2]' WHERE id = 2",
}
FIELD_DAMAGE = {
    "2026-02-30": "UPDATE cases SET doc_json = json_set(doc_json, '$.order.ordered_at', "
    "'2026-02-30T10:00:00+08:00') WHERE id = 2",
    "a bad amount": "UPDATE cases SET doc_json = json_set(doc_json, '$.order.amount_paid', "
    "'12.3.4') WHERE id = 2",
}
COLUMN_DAMAGE = {
    "a bad amount column": "UPDATE cases SET amount_paid = 'abc' WHERE id = 2",
    "2026-02-30 in a column": "UPDATE cases SET updated_at = '2026-02-30T10:00:00+08:00' "
    "WHERE id = 2",
    "an unknown status": "UPDATE cases SET status = 'gone' WHERE id = 2",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("damaged") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def data(tmp_path: Path, demo: Path) -> Path:
    """A copy of the three demo cases, for this test to damage."""
    return Path(shutil.copytree(demo, tmp_path / "data"))


def _damage(data: Path, sql: str) -> None:
    conn = sqlite3.connect(data / "disputekit.sqlite3")
    with conn:
        conn.execute(sql)
    conn.close()


def _list(data: Path, capsys) -> tuple[str, list[dict]]:
    assert main(["--data-dir", str(data), "list"]) == 0
    text = capsys.readouterr().out
    assert main(["--data-dir", str(data), "list", "--json"]) == 0
    return text, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("state", [*DOC_DAMAGE, *COLUMN_DAMAGE])
def test_the_list_names_the_damaged_case_and_shows_the_rest(data, capsys, state):
    _damage(data, {**DOC_DAMAGE, **COLUMN_DAMAGE}[state])
    text, rows = _list(data, capsys)
    assert [r["id"] for r in rows] == [3, 2, 1] or sorted(r["id"] for r in rows) == [1, 2, 3]
    damaged = [r for r in rows if r.get("damaged")]
    assert [r["id"] for r in damaged] == [2]
    assert all("amount_paid" in r for r in rows if r["id"] != 2)
    (line,) = [x for x in text.splitlines() if x.strip().startswith("2 ")]
    assert "【数据已损坏】" in line
    assert sum("证据 3" in x for x in text.splitlines()) == 2


@pytest.mark.parametrize("state", [*DOC_DAMAGE, *FIELD_DAMAGE])
def test_show_advise_and_packet_say_the_case_is_damaged(data, capsys, tmp_path, state):
    _damage(data, {**DOC_DAMAGE, **FIELD_DAMAGE}[state])
    sentence = "案件 2 的数据已损坏，无法读取；其他案件不受影响"
    for args in (
        ["show", "2"],
        ["show", "2", "--json"],
        ["advise", "2"],
        ["packet", "2", "--kind", "appeal", "--out", str(tmp_path / "p.pdf")],
    ):
        assert main(["--data-dir", str(data), *args]) == 1, args
        err = capsys.readouterr().err
        assert sentence in err, (args, err)
    assert main(["--data-dir", str(data), "show", "1"]) == 0
    assert "案件 1：" in capsys.readouterr().out


def test_a_damaged_setting_does_not_stop_advice(data, capsys):
    _damage(data, "INSERT INTO settings VALUES ('calendar_overrides', '{\"2026-', '')")
    assert main(["--data-dir", str(data), "advise", "1", "--today", "2026-11-26"]) == 0
    assert "建议渠道" in capsys.readouterr().out


@pytest.mark.parametrize("tables", [["case_fts"], ["case_chars"], ["case_fts", "case_chars"]])
def test_a_dropped_search_table_is_made_again(data, capsys, tables):
    _damage(data, "UPDATE cases SET doc_json = '[1,2]' WHERE id = 3")  # no search text
    for table in tables:
        _damage(data, f"DROP TABLE {table}")
    assert main(["--data-dir", str(data), "list", "易充", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [2]
    assert main(["--data-dir", str(data), "list", "Q币", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [1]
    # The demo case whose row is damaged is added again, and its search text with it.
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "list", "游仙", "--json"]) == 0
    assert 4 in [r["id"] for r in json.loads(capsys.readouterr().out)]


def test_the_dashboard_and_a_calendar_change_step_over_a_damaged_case(data):
    from datetime import date, datetime

    from disputekit.app.deadlines.dashboard import compute_stats
    from disputekit.store import Store
    from disputekit.timeutil import SHANGHAI

    _damage(data, DOC_DAMAGE["a list"])
    with Store.open(data) as store:
        stats = compute_stats(store, datetime(2026, 11, 26, 10, 0, tzinfo=SHANGHAI))
        assert stats.total == 3 and sum(stats.by_status.values()) == 2
        store.settings.set_calendar_overrides({date(2026, 12, 31): False})
        store.cases.refresh_digests()  # recomputes the readable cases' next deadlines
        assert store.cases.get(1).order.order_no == "SC20261118093512001"


def test_reminders_step_over_a_damaged_case(data):
    from datetime import datetime

    from disputekit.app.deadlines.reminders import due_deadlines
    from disputekit.store import Store
    from disputekit.timeutil import SHANGHAI

    _damage(data, DOC_DAMAGE["a list"])
    with Store.open(data) as store:
        due = due_deadlines(store, datetime(2030, 1, 2, 10, 0, tzinfo=SHANGHAI))
    assert due and 2 not in {d.case_id for d in due}
