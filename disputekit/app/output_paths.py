"""Where a file the user asked for may be written: never over the store, never onto a device.

Every output a command or a save dialog writes (a bundle, a packet, a 12315 fill sheet, a
calendar file, a copy of a packet) goes through `output_refusal` first. A file written over
the database, its `-wal`/`-shm`, a vault original, a backup or the cache would destroy what
the store keeps, and writing "to" a device node, a FIFO or a folder replaces or blocks on it;
each is refused with a sentence saying why, before any work is done.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from disputekit.messages import Msg, msg, os_reason
from disputekit.store.paths import resolve_data_dir

__all__ = ["inside_data_folder", "output_refusal"]


def inside_data_folder(path: Path, data_dir: str | Path | None) -> bool:
    """True when `path` (followed through links) is the data folder or lies inside it."""
    folder = _real(resolve_data_dir(data_dir))
    target = _real(Path(path))
    return target == folder or folder in target.parents


def output_refusal(
    path: Path, data_dir: str | Path | None, *, check_parent: bool = True
) -> Msg | None:
    """Why a new file must not be written at `path` (a `Msg`), or None when it may.

    `data_dir` is the data folder in use (None: the one `--data-dir` would default to).
    `check_parent` False leaves a missing or unwritable folder to the write itself (a save
    dialog picks an existing folder; the write's own error names the reason).
    """
    path = Path(path)
    if not path.name or path.name in (".", ".."):
        return msg("cli.path.no_name", path=str(path))
    try:
        if inside_data_folder(path, data_dir):
            folder = resolve_data_dir(data_dir)
            return msg("output.inside_data_folder", path=str(path), folder=str(folder))
        try:
            mode = path.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):  # a new name (its folder checked below)
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            return msg("cli.path.folder", path=str(path))
        if mode is not None and not stat.S_ISREG(mode):
            return msg("output.not_a_file", path=str(path))
        parent = path.parent
        if not check_parent:
            return None
        if not parent.is_dir():
            return msg("cli.path.no_parent", parent=str(parent))
    except OSError as exc:  # a name longer than the file system allows, a loop of links, …
        return os_reason(exc)
    if not os.access(parent, os.W_OK):
        return msg("cli.path.not_writable", parent=str(parent))
    return None


def _real(path: Path) -> Path:
    """`path` made absolute with every link it passes through followed (a missing tail kept)."""
    return Path(os.path.realpath(path.expanduser().absolute()))
