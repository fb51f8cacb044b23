"""Files only their owner can read: the data folder, the database, exports and packets.

Evidence is personal (names, phone numbers, chat logs, payment records), so nothing the app
writes may be readable by other local users, whatever the umask says. Modes are set
explicitly rather than by changing the process umask, which would leak into everything else
the process does.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from disputekit.files.pending_temps import forget, new_temp

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
# What a write-once vault copy gets: the owner may read it, nobody may change it.
SEALED_FILE = 0o400
# Temporary names of files being written next to their target; a killed process leaves them.
PARTIAL_SUFFIX = ".partial"


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as owner-only folders; an existing folder of ours
    that others can read is tightened. Returns `path`."""
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder.mkdir(mode=PRIVATE_DIR)
    tighten(path, PRIVATE_DIR)
    return path


def tighten(path: Path, mode: int) -> None:
    """Remove group/other access from `path` if it has any; silent where the file system
    cannot say (FAT on a USB stick) or the path is not ours to change (read-only media)."""
    try:
        current = path.stat().st_mode & 0o777
        if current & 0o077:
            os.chmod(path, current & mode)
    except OSError:
        pass


def tighten_tree(folder: Path, file_mode: int) -> None:
    """`tighten` every folder below `folder` to owner-only and every file to `file_mode`
    (what an older version made under a loose umask); links are not followed."""
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            tighten(Path(root) / name, PRIVATE_DIR)
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                tighten(path, file_mode)


@contextmanager
def private_output(out: Path) -> Iterator[tuple[IO[bytes], Path]]:
    """Write a file that appears at `out` only when complete, readable by its owner only.

    The temporary file has a unique name beside `out` (two writers to one path never share
    it; the last to finish wins, atomically). Yields the open file and its temporary path.
    """
    out = Path(out)
    # Recorded before it exists: removed at a later start if this process is killed meanwhile.
    fd, tmp, pending = new_temp(out.parent, f".{out.name}.", PARTIAL_SUFFIX)
    try:
        # Created 0600 regardless of the umask.
        with os.fdopen(fd, "wb") as f:
            yield f, tmp
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        # A write() on an open file fails without a file name ("disk full: ''"): name it.
        if exc.filename:
            raise
        raise type(exc)(exc.errno, exc.strerror or str(exc), str(out)) from exc
    finally:
        tmp.unlink(missing_ok=True)
        forget(pending)


def write_private(out: Path, data: bytes) -> Path:
    """Write `data` at `out` atomically, owner-only (see `private_output`)."""
    with private_output(out) as (f, _tmp):
        f.write(data)
    return Path(out)


def copy_private(src: Path, out: Path) -> Path:
    """Copy `src` to `out` atomically, owner-only, whatever mode `src` has."""
    with Path(src).open("rb") as fin, private_output(out) as (f, _tmp):
        while chunk := fin.read(1024 * 1024):
            f.write(chunk)
    return Path(out)
