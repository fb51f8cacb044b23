"""Removing what a killed process left behind: temporary import folders and `.partial` files.

Only stale leftovers go: anything younger than the grace period may belong to another
DisputeKit process that is running right now (the GUI and a CLI command can share a data
folder), and only files and folders this user owns are touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from disputekit.files.pending_temps import process_alive, sweep
from disputekit.files.private_files import PARTIAL_SUFFIX

GRACE = timedelta(hours=1)
# Prefixes of the folders DisputeKit makes in the system temporary folder.
TEMP_PREFIXES = ("disputekit-import-", "disputekit-images-", "disputekit-upload-")


def remove_leftovers(
    data_dir: Path, grace: timedelta = GRACE, temp_dir: Path | None = None
) -> list[Path]:
    """Delete stale temp import folders and `.partial` files; returns what was removed."""
    cutoff = time.time() - grace.total_seconds()
    temp = Path(temp_dir or tempfile.gettempdir())
    candidates: list[Path] = []
    candidates += _matching(temp, lambda name: name.startswith(TEMP_PREFIXES))
    for folder in (data_dir, data_dir / "backups", data_dir / "cache"):
        candidates += _matching(folder, lambda name: name.endswith(PARTIAL_SUFFIX))
    # The packet image cache writes `<name>.<pid>.tmp` before renaming it into place.
    candidates += _matching(data_dir / "cache" / "packet-images", lambda n: n.endswith(".tmp"))
    removed = [path for path in candidates if _stale(path, cutoff) and _remove(path)]
    return removed + sweep()


def remove_temp_leftovers(temp_dir: Path | None = None) -> list[Path]:
    """What a command clears at its start without a data folder: the temporary folders of
    ended processes (or stale ones) and the recorded temporary files beside outputs."""
    cutoff = time.time() - GRACE.total_seconds()
    temp = Path(temp_dir or tempfile.gettempdir())
    candidates = _matching(temp, lambda name: name.startswith(TEMP_PREFIXES))
    removed = [path for path in candidates if _stale(path, cutoff) and _remove(path)]
    return removed + sweep()


def stale_partials(out: Path, grace: timedelta = GRACE) -> list[Path]:
    """Remove stale temporary files of earlier writes of `out` (beside it); returns them."""
    cutoff = time.time() - grace.total_seconds()
    prefix = f".{out.name}."
    siblings = _matching(out.parent, lambda n: n.startswith(prefix) and n.endswith(PARTIAL_SUFFIX))
    return [path for path in siblings if _stale(path, cutoff) and _remove(path)]


def _matching(folder: Path, wanted: Callable[[str], bool]) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [Path(e.path) for e in entries if wanted(e.name)]
    except OSError:  # no such folder, or not ours to list
        return []


def _stale(path: Path, cutoff: float) -> bool:
    try:
        st = path.lstat()
    except OSError:
        return False
    ours = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return ours and (st.st_mtime < cutoff or _writer_ended(path.name))


def _writer_ended(name: str) -> bool:
    """True for a temp folder named with the id of a process that has ended
    (`disputekit-import-<pid>-…`)."""
    for prefix in TEMP_PREFIXES:
        if name.startswith(prefix):
            pid = name[len(prefix) :].split("-", 1)[0]
            return pid.isascii() and pid.isdigit() and not process_alive(int(pid))
    return False


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return False
    return True
