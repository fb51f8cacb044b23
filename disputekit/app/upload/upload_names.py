"""What a phone's browser says about a file, made safe: the name it sent is only ever text.

A name never becomes a path: the staged copy is named by `safe_name` (no folders, no
control characters, no leading dot, a bounded length), and what the browser sent is kept,
cleaned of control characters, as the record of the original name.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from disputekit.timeutil import SHANGHAI

NAME_LIMIT = 120
# Characters that are not allowed (or mean something) in a file name on some system.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10))}
_RESERVED |= {f"LPT{i}" for i in range(1, 10)}
# The file types a phone sends, by the format the content turned out to be.
_EXTENSIONS = {
    "PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "WEBP": ".webp", "BMP": ".bmp",
    "PDF": ".pdf", "HEIC": ".heic", "MP4": ".mp4", "MOV": ".mov", "WEBM": ".webm",
}  # fmt: skip


def clean_text(text: str, limit: int) -> str:
    """`text` without control or format characters, trimmed to `limit` characters."""
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    return kept.strip()[:limit]


def safe_name(sent: str, fmt: str, fallback: str) -> str:
    """A file name for `sent` (a browser's name, possibly a path) that is one plain name, with
    an extension; `fmt` is the detected format (for a name that lacks an extension), and
    `fallback` the stem used when nothing of the sent name survives."""
    last = re.split(r"[\\/]", sent)[-1]
    name = _UNSAFE.sub("_", clean_text(last, 400)).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = stem.strip(" .") or fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    ext = f".{ext}" if ext else _EXTENSIONS.get(fmt, "")
    return stem[: NAME_LIMIT - len(ext[:16])] + ext[:16]


def browser_time(millis: str | None) -> datetime | None:
    """A browser's `File.lastModified` (milliseconds since 1970) as an instant in Shanghai
    time, or None when absent or not a plausible number."""
    if not millis or not millis.isdigit() or len(millis) > 15:
        return None
    try:
        return datetime.fromtimestamp(int(millis) / 1000, SHANGHAI).replace(microsecond=0)
    except (OverflowError, OSError, ValueError):
        return None
