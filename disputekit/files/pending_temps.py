"""Temporary files written beside an output, recorded so that a later start can remove them.

A file being written appears at its target only when complete (`private_files.private_output`,
the packet builder); until then it is a hidden temporary file beside the target. A process
killed meanwhile (kill -9, a power cut) leaves it there, and nothing else knows where that
was. So each such temporary file is recorded, while it exists, in a per-user folder in the
system temporary folder (the record names the file and the process writing it); the next
start of the app or of a command removes the temporary files of records whose process is
gone, and only files with our own temporary names.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

# The endings of the temporary files recorded here (a `.partial` output, a `.part` packet,
# the `.part.merge` of a packet whose PDF evidence pages are being laid in).
TEMP_SUFFIXES = (".partial", ".part", ".merge")
_RECORD_SUFFIX = ".pending"


def registry() -> Path:
    """The folder of records: one per user in the system temporary folder."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"disputekit-pending-{uid}"


def record(tmp: Path) -> Path | None:
    """Record that this process is writing the temporary file `tmp`; the record's path, or
    None when no record could be kept (the file is then only removed by its own writer)."""
    folder = registry()
    try:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
        st = folder.lstat()
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o077):
            return None  # not a folder only we control: keep nothing there
        fd, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=_RECORD_SUFFIX, dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(str(Path(tmp).absolute()))
    except OSError:
        return None
    return Path(name)


def new_temp(directory: Path, prefix: str, suffix: str) -> tuple[int, Path, Path | None]:
    """Create a new owner-only file `prefix` + random + `suffix` in `directory`, recorded
    before it exists, so that a process killed at any instant leaves no file a later start
    does not know of (a record whose file never appeared is just dropped). Returns the open
    descriptor, the file's path and its record (None when none could be kept)."""
    # As tempfile.mkstemp opens its files: binary and not inherited on Windows.
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    for _ in range(100):
        tmp = Path(directory) / f"{prefix}{os.urandom(4).hex()}{suffix}"
        entry = record(tmp)
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            forget(entry)
            continue
        except BaseException:
            forget(entry)
            raise
        return fd, tmp, entry
    raise FileExistsError(f"no free temporary name in {directory}")


def forget(entry: Path | None) -> None:
    """Remove a record once its temporary file is gone (renamed into place or deleted)."""
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.unlink()


def sweep() -> list[Path]:
    """Remove the temporary files of records whose process has ended; returns them."""
    removed: list[Path] = []
    try:
        entries = list(registry().glob(f"*{_RECORD_SUFFIX}"))
    except OSError:
        return removed
    for entry in entries:
        pid_text = entry.name.split("-", 1)[0]
        if not pid_text.isascii() or not pid_text.isdigit() or process_alive(int(pid_text)):
            continue
        try:
            tmp = Path(entry.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            tmp = None
        if tmp is not None and _ours(tmp):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
        forget(entry)
    return removed


def process_alive(pid: int) -> bool:
    """True unless process `pid` is known to have ended (where that cannot be told: True)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but another user's
        return True
    return True


def _ours(tmp: Path) -> bool:
    """Only a hidden file with one of our temporary endings, owned by this user."""
    if not tmp.name.startswith(".") or not tmp.name.endswith(TEMP_SUFFIXES):
        return False
    try:
        st = tmp.lstat()
    except OSError:
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()
