"""Outputs never land on the store or a device: `export --out`, `packet --out`, `--fill-sheet`."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


@pytest.fixture
def imported(tmp_path: Path, write_case, png) -> Path:
    case = write_case(
        {"chat.png": png((200, 20, 20))},
        [{"id": "e1", "kind": "chat_log", "file": "chat.png", "caption": "聊天"}],
    )
    data = tmp_path / "data"
    assert run(data, "import", str(case)).returncode == 0
    return data


def test_outputs_inside_the_data_folder_are_refused(imported: Path, tmp_path: Path) -> None:
    blob = next(p for p in (imported / "vault").rglob("*") if p.is_file())
    (imported / "backups").mkdir(exist_ok=True)
    before = _digests(imported)
    link = tmp_path / "link-to-db.zip"
    link.symlink_to(imported / "disputekit.sqlite3")
    targets = [
        imported / "disputekit.sqlite3",
        imported / "disputekit.sqlite3-wal",
        blob,
        imported / "backups" / "x.zip",
        imported / "cache" / "x.zip",
        link,
    ]
    for target in targets:
        done = run(imported, "export", "1", "--out", str(target))
        assert done.returncode == 1, target
        assert "数据文件夹" in done.stderr and "未写入任何文件" in done.stderr, done.stderr
        assert "未被改动" not in done.stderr
    packet_args = ["packet", "1", "--kind", "complaint_12315", "--draft"]
    packet = run(imported, *packet_args, "--out", str(imported / "disputekit.sqlite3"))
    assert packet.returncode == 1 and "数据文件夹" in packet.stderr, packet.stderr
    sheet = run(imported, *packet_args, "--out", str(tmp_path / "p.pdf"), "--fill-sheet", str(blob))
    assert sheet.returncode == 1 and "数据文件夹" in sheet.stderr, sheet.stderr
    assert not (tmp_path / "p.pdf").exists()
    assert _digests(imported) == before
    listed = run(imported, "list")
    assert listed.returncode == 0 and "KM2026112000123" in listed.stdout


def _device(tmp_path: Path) -> Path:
    """A character device to write "to": as root, a private copy of the null device (a test
    that regressed must not replace the system's /dev/null); otherwise /dev/null itself,
    which a user cannot replace."""
    if os.geteuid() != 0:
        return Path(os.devnull)
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


def test_devices_pipes_and_folders_are_refused(imported: Path, tmp_path: Path) -> None:
    device = _device(tmp_path)
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    for target in (device, fifo):
        done = run(imported, "export", "1", "--out", str(target))
        assert done.returncode == 1 and "不是普通文件" in done.stderr, done.stderr
    assert device.is_char_device() and fifo.is_fifo()
    folder = run(imported, "export", "1", "--out", str(tmp_path))
    assert folder.returncode == 1 and "是文件夹" in folder.stderr
    ok = run(imported, "export", "1", "--out", str(tmp_path / "case.zip"))
    assert ok.returncode == 0, ok.stderr
