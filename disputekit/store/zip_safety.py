"""Checks on a zip's table of contents, made before a single byte of it is extracted.

Refused, each with a message naming the member: absolute paths, `..`, backslashes, links,
encrypted members, duplicate names, members or a total over the size limits, and members
compressed more than `MAX_RATIO`:1 (a zip bomb). Declared sizes are also enforced while
reading (`read_member`), so a lying header cannot inflate past them.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

MAX_MEMBER_BYTES = 256 * 1024 * 1024  # the vault's own per-file limit
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 100
# Below this a high ratio is harmless (and normal for a few lines of repeated text).
RATIO_FLOOR_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ZipLimits:
    """The limits a bundle must respect; tests shrink them."""

    member_bytes: int = MAX_MEMBER_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    members: int = MAX_MEMBERS
    ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR_BYTES


DEFAULT_LIMITS = ZipLimits()


def _mb(n: int) -> str:
    return f"{n / 2**20:,.1f} MB"


def member_problems(zf: zipfile.ZipFile, limits: ZipLimits | None = None) -> list[str]:
    """Everything unsafe in the zip's member list (empty: safe to read)."""
    limits = limits or DEFAULT_LIMITS
    problems: list[str] = []
    infos = zf.infolist()
    if len(infos) > limits.members:
        problems.append(f"the zip has {len(infos):,} members; at most {limits.members:,}")
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        shown = repr(name)
        if "\x00" in name:
            problems.append(f"member {shown}: the name contains a NUL character")
            continue
        if "\\" in name:
            problems.append(f"member {shown}: the name contains a backslash")
        if name.startswith("/") or _DRIVE.match(name):
            problems.append(f"member {shown}: absolute path")
        if ".." in name.replace("\\", "/").split("/"):
            problems.append(f"member {shown}: the path climbs out of the bundle ('..')")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            problems.append(f"member {shown}: symbolic link")
        if info.flag_bits & 0x1:
            problems.append(f"member {shown}: encrypted")
        # NFC: "é" as one code point or as "e" + accent is the same name on macOS and to a
        # user; two such members would overwrite each other when extracted there.
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            problems.append(f"member {shown}: {_collision(name, seen[folded])}")
        seen.setdefault(folded, name)
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > limits.member_bytes:
            problems.append(
                f"member {shown}: {_mb(info.file_size)} uncompressed, over the "
                f"{_mb(limits.member_bytes)} limit"
            )
        if info.file_size > limits.ratio_floor:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.ratio:
                problems.append(
                    f"member {shown}: compressed {ratio:,.0f}:1 (more than {limits.ratio}:1 "
                    "looks like a zip bomb)"
                )
    if total > limits.total_bytes:
        problems.append(
            f"the zip unpacks to {_mb(total)}, over the {_mb(limits.total_bytes)} limit"
        )
    return problems


def _collision(name: str, earlier: str) -> str:
    if name == earlier:
        return "duplicate name"
    if name.casefold() == earlier.casefold():
        return f"duplicate name (differs from {earlier!r} only in upper/lower case)"
    return f"duplicate name (the same as {earlier!r} after Unicode normalization)"


def iter_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes in chunks, never more than its declared size."""
    left = info.file_size
    with zf.open(info) as src:
        while True:
            chunk = src.read(min(_CHUNK, left + 1))
            if not chunk:
                return
            left -= len(chunk)
            if left < 0:
                raise zipfile.BadZipFile(f"member {info.filename!r} is longer than declared")
            yield chunk


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The whole member (within its declared size)."""
    return b"".join(iter_member(zf, info))
