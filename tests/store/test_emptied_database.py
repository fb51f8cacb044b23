"""A zero-length database beside a vault that holds evidence is damage, never a new store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.db_errors import StoreDamaged


def _emptied(tmp_path: Path, make_case, store: Store) -> Path:
    store.cases.create(make_case())
    data = store.data_dir
    store.close()
    for extra in ("-wal", "-shm"):
        (data / f"disputekit.sqlite3{extra}").unlink(missing_ok=True)
    (data / "disputekit.sqlite3").write_bytes(b"")
    return data


def test_an_emptied_database_is_refused_and_left_as_it_is(tmp_path, make_case, store):
    data = _emptied(tmp_path, make_case, store)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(data)
    text = caught.value.text
    assert render(text, "zh_CN").startswith(f"{data / 'disputekit.sqlite3'} 是空文件（0 字节）")
    assert "Nothing was changed" in render(text, "en")
    assert (data / "disputekit.sqlite3").stat().st_size == 0
    assert not (data / "disputekit.sqlite3-wal").exists()
    with pytest.raises(StoreDamaged):
        Store.open(data, read_only=True)


def test_check_does_not_call_an_emptied_store_intact(tmp_path, make_case, store):
    data = _emptied(tmp_path, make_case, store)
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "check"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "全部完好" not in done.stdout
    assert "是空文件（0 字节）" in done.stderr and "数据库已损坏" in done.stderr


def test_an_empty_file_without_evidence_becomes_a_store(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "disputekit.sqlite3").write_bytes(b"")  # a create killed before SQLite wrote
    with Store.open(data) as store:
        assert store.cases.ids() == []
