"""Opening a data folder's store, and the one-line explanation of what went wrong in it."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from disputekit.app.data_folder import FolderUnavailable, failure_message, open_store
from disputekit.messages import render
from disputekit.store import CaseNotFound


def test_open_store_opens_the_given_folder_or_the_environment_one(
    tmp_path: Path, data_home: Path
) -> None:
    with open_store(tmp_path / "given") as store:
        assert store.data_dir == tmp_path / "given" and not store.read_only
    with open_store(None) as store:
        assert store.data_dir == data_home


def test_a_folder_that_is_a_file_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(FolderUnavailable) as caught:
        open_store(blocker)
    assert caught.value.folder == blocker
    assert str(blocker) in str(caught.value) and caught.value.raw
    assert str(caught.value) == f"{blocker / 'disputekit.sqlite3'}：路径中有一部分不是文件夹"
    assert render(caught.value.text, "en").endswith("disputekit.sqlite3: Not a directory")


def test_failures_are_said_in_one_line(tmp_path: Path) -> None:
    locked = sqlite3.OperationalError("database is locked")
    assert "数据库正被另一个程序使用" in failure_message(locked, tmp_path)
    assert str(tmp_path / "disputekit.sqlite3") in failure_message(locked, tmp_path)
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.zip"))
    assert failure_message(full, tmp_path).startswith(f"磁盘已满，无法写入 {tmp_path / 'x.zip'}")
    denied = OSError(errno.EACCES, "Permission denied", "/out/x.zip")
    assert failure_message(denied, tmp_path) == "/out/x.zip：没有权限"
    assert render(failure_message(denied, tmp_path), "en") == "/out/x.zip: Permission denied"
    assert failure_message(CaseNotFound(7), tmp_path) == str(CaseNotFound(7))
