"""`bill --case`/`--new` and `redact` on a locked, full or read-only store: the sentence the
other commands print, nothing stored changed, no traceback."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from disputekit.cli import main
from disputekit.store import Store
from tests.commands.test_cli_store_truth import _read_only_runner
from tests.support import bill_samples as samples

ROWS = samples.sample_rows(4)


@pytest.fixture
def bill(tmp_path: Path) -> Path:
    """The bill saved again as UTF-8: other bytes than the one case 4 was made from."""
    path = tmp_path / "alipay-utf8.csv"
    path.write_bytes(samples.alipay_csv(ROWS, encoding="utf-8-sig"))
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Cases 1-3 (the demo) and case 4, made from row 3 of a bill."""
    folder = tmp_path / "data"
    first = tmp_path / "alipay.csv"
    first.write_bytes(samples.alipay_csv(ROWS))
    assert main(["--data-dir", str(folder), "demo"]) == 0
    assert main(["--data-dir", str(folder), "bill", str(first), "--new", "--row", "3"]) == 0
    return folder


def _commands(bill: Path) -> list[list[str]]:
    return [
        ["bill", str(bill), "--case", "4"],
        ["bill", str(bill), "--new", "--row", "2"],
        ["redact", "1", "e1", "--box", "0,0,10,10"],
    ]


def _snapshot(data: Path) -> list[str]:
    with Store.open(data) as store:
        return [repr(store.cases.get(i)) for i in store.cases.ids()]


def test_a_locked_store_is_named(data, bill):
    before = _snapshot(data)
    holder = sqlite3.connect(data / "disputekit.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for args in _commands(bill)
        ]
        results = [(p.args[5], *p.communicate(timeout=120), p.returncode) for p in procs]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for command, _out, err, code in results:
        assert code == 1, (command, err)
        assert "Traceback" not in err
        assert f"数据库正被另一个程序使用：{data / 'disputekit.sqlite3'}" in err, (command, err)
    assert _snapshot(data) == before


def test_a_full_disk_is_named(data, bill, capsys, monkeypatch):
    before = _snapshot(data)

    def no_space(final: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(final))

    monkeypatch.setattr("disputekit.store.vault.evidence_vault.write_durably", no_space)
    for args in _commands(bill):
        assert main(["--data-dir", str(data), *args]) == 1, args
        err = capsys.readouterr().err
        assert "磁盘已满，无法写入" in err and str(data / "vault") in err, (args, err)
    assert _snapshot(data) == before


def test_a_read_only_store_is_refused_before_any_work(data, bill):
    prefix = _read_only_runner(data)
    if prefix is None:
        pytest.skip("no way to make a read-only folder here (root without mount namespaces)")
    for args in _commands(bill):
        cmd = [*prefix, sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, (args, done.stderr)
        assert f"数据文件夹 {data} 是只读的" in done.stderr, (args, done.stderr)
        assert f"{args[0]} 需要写入" in done.stderr
