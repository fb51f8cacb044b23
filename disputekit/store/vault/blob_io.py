"""File operations under the evidence vault: read a candidate once, write a copy durably.

A copy is never seen half-written: it is written to a temporary name in the same folder,
flushed to disk, made read-only, then renamed into place, and the rename itself is flushed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from disputekit.files.db_files import is_store_database
from disputekit.files.private_files import PRIVATE_FILE, SEALED_FILE, private_dir
from disputekit.messages import msg, os_reason
from disputekit.store.vault.intake_errors import IntakeError, intake_error

# Bill exports and screenshots are far below this; a file this big is a mistake, not evidence,
# and intake holds one file in memory at a time.
MAX_FILE_BYTES = 256 * 1024 * 1024
# Names of copies being written; what an interrupted intake leaves behind (gc removes them).
TEMP_PREFIX = ".incoming-"


def read_evidence(path: Path) -> bytes:
    """The whole file, read once; IntakeError for what cannot be evidence."""
    if is_store_database(path):  # reading it would drop this process's locks on it
        raise intake_error(path, "unreadable", msg("input.store_database"))
    try:
        if not path.is_file():
            reason = "it is a folder" if path.is_dir() else "there is no such file"
            zh = "这是一个文件夹" if path.is_dir() else "文件不存在"
            raise intake_error(path, "unreadable", reason, zh)
        size = path.stat().st_size
        if size == 0:
            raise intake_error(path, "empty")
        if size > MAX_FILE_BYTES:
            raise too_big(path, size)
        return path.read_bytes()
    except OSError as exc:
        raise intake_error(path, "unreadable", os_reason(exc)) from exc


def too_big(path: Path, size: int) -> IntakeError:
    """The refusal of a file over `MAX_FILE_BYTES`."""
    mb, limit = size / 2**20, MAX_FILE_BYTES // 2**20
    return intake_error(
        path,
        "too_large",
        f"{mb:,.0f} MB is more than {limit} MB",
        f"{mb:,.0f} MB，超过 {limit} MB 上限",
    )


def write_durably(final: Path, data: bytes) -> None:
    """Put `data` at `final`, read-only, all or nothing, surviving a power cut once returned."""
    private_dir(final.parent)
    fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=TEMP_PREFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, SEALED_FILE)
        if final.exists():  # a damaged copy being replaced (Windows refuses read-only)
            os.chmod(final, PRIVATE_FILE)
        os.replace(tmp, final)
    except OSError as exc:
        remove_file(Path(tmp))
        if exc.filename:
            raise
        # write() names no file: "disk full" would otherwise come without one.
        raise type(exc)(exc.errno, exc.strerror or str(exc), str(final)) from exc
    except BaseException:
        remove_file(Path(tmp))
        raise
    _fsync_dir(final.parent)


def move_durably(temp: Path, final: Path) -> None:
    """Rename a copy already flushed to disk (in the same file system) to `final`, read-only."""
    private_dir(final.parent)
    os.chmod(temp, SEALED_FILE)
    if final.exists():  # a damaged copy being replaced (Windows refuses read-only)
        os.chmod(final, PRIVATE_FILE)
    os.replace(temp, final)
    _fsync_dir(final.parent)


def remove_file(path: Path) -> None:
    """Delete a (possibly read-only) file; no error if it is already gone."""
    try:
        os.chmod(path, PRIVATE_FILE)  # Windows cannot delete a read-only file
        path.unlink()
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; directories cannot be opened for this on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
