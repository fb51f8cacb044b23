"""Reading a file the user names, only if it is a plain file of a sane size.

`/dev/zero` and `/dev/urandom` have no end and report a size of 0, and opening a FIFO waits
for a writer that never comes: reading one of them once ran for ever. A file is checked
before it is opened, opened without waiting, checked again (it may have been swapped), and
read no further than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularFile(OSError):
    """The path names a device, a pipe, a socket or a folder, not a file."""


class FileTooLarge(OSError):
    """The file holds more than the caller's limit; `size` is what was seen (at least)."""

    def __init__(self, path: Path, size: int) -> None:
        super().__init__(f"{path}: more than the limit ({size:,} bytes)")
        self.path, self.size = path, size


def _check(mode: int, path: Path) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if not stat.S_ISREG(mode):
        raise NotRegularFile(f"{path} is not a regular file")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the plain file at `path`; NotRegularFile, FileTooLarge or OSError."""
    path = Path(path)
    _check(os.stat(path).st_mode, path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        _check(info.st_mode, path)
        if info.st_size > limit:
            raise FileTooLarge(path, info.st_size)
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while it was read
        raise FileTooLarge(path, len(data))
    return data
