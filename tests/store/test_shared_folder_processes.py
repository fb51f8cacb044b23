"""The open app and the command line on one data folder: nothing of either is lost.

Closing any descriptor of the database file drops all of a process's SQLite locks on it; a
second process may then checkpoint and delete the `-wal`/`-shm` the first still writes into.
Two real processes: one holds the store (as the window does) and opens and closes a second
store (as its background work does); the other runs `disputekit list`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from disputekit.domain.case.document.case_json import case_from_dict
    from disputekit.store import Store

    data = Path(sys.argv[1])
    store = Store.open(data)
    doc = {
        "format": "disputekit.case/1",
        "complainant": {"name": "张三"},
        "respondent": {"platform": "某某卡盟"},
        "order": {"order_no": "KM1", "product": "Q币", "amount_paid": "10.00",
                  "ordered_at": "2026-11-20T10:15:00+08:00",
                  "status": "delivered_not_credited"},
        "problem": "not_received",
    }
    case_id = store.cases.create(case_from_dict(doc))
    Store.open(data).close()  # the window's background work: a second store, opened and closed
    print("ready", flush=True)
    sys.stdin.readline()
    doc["order"]["product"] = "Q币 改后"
    store.cases.save(case_id, case_from_dict(doc))
    print("saved", flush=True)
    sys.stdin.readline()  # held open until killed
    """
)


def _products(data: Path) -> list[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "list", "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [row["product"] for row in json.loads(done.stdout)]


def test_the_cli_beside_a_holding_process_loses_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wal = data / "disputekit.sqlite3-wal"
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        _hold_list_and_kill(holder, data, wal)


def _hold_list_and_kill(holder: subprocess.Popen, data: Path, wal: Path) -> None:
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"
        assert _products(data) == ["Q币"]
        # The CLI's close must not have checkpointed and deleted the holder's journal.
        assert wal.exists()
        holder.stdin.write("save\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
        assert _products(data) == ["Q币 改后"]
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        assert _products(data) == ["Q币 改后"]
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=30)


HOLDER_READING_ITS_DB = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from disputekit.bills.model import BillError
    from disputekit.bills.read import read_bill
    from disputekit.domain.case.document.case_json import case_from_dict
    from disputekit.store import IntakeError, Store

    data = Path(sys.argv[1])
    store = Store.open(data)
    doc = {
        "format": "disputekit.case/1",
        "complainant": {"name": "张三"},
        "respondent": {"platform": "某某卡盟"},
        "order": {"order_no": "KM2", "amount_paid": "10.00",
                  "ordered_at": "2026-11-20T10:15:00+08:00",
                  "status": "delivered_not_credited"},
        "problem": "not_received",
    }
    store.cases.create(case_from_dict(doc))
    db = data / "disputekit.sqlite3"
    for target in (db, Path(str(db) + "-wal")):
        try:
            store.vault.add_file(target)  # a user picking the database as evidence
        except IntakeError as exc:
            print("refused:", exc.text, flush=True)
        try:
            read_bill(target)  # ... or as a bill, while the store is open
        except BillError as exc:
            print("refused:", exc.text, flush=True)
    print("ready", flush=True)
    sys.stdin.readline()
    """
)


def test_the_database_given_as_an_input_is_refused_unopened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER_READING_ITS_DB, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdin is not None
            lines = [holder.stdout.readline().strip() for _ in range(5)]
            assert lines[-1] == "ready", lines
            assert _products(data) == [""]  # the case has no product
            # Reading the files would have dropped the holder's locks: the CLI's close would
            # then have checkpointed and deleted the journal the holder still writes into.
            assert (data / "disputekit.sqlite3-wal").exists()
            assert all("DisputeKit 自己的数据库文件" in line for line in lines[:4]), lines
        finally:
            holder.kill()
            holder.wait(timeout=30)
