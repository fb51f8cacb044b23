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

from disputekit.messages import Msg, msg

MAX_MEMBER_BYTES = 4 * 1024 * 1024 * 1024  # the vault's own limit for a screen recording
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
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


def member_problems(zf: zipfile.ZipFile, limits: ZipLimits | None = None) -> list[Msg]:
    """Everything unsafe in the zip's member list (empty: safe to read), as messages."""
    limits = limits or DEFAULT_LIMITS
    problems: list[Msg] = []
    infos = zf.infolist()
    if len(infos) > limits.members:
        count, most = f"{len(infos):,}", f"{limits.members:,}"
        problems.append(msg("zip.too_many_members", count=count, most=most))
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        shown = repr(name)
        if "\x00" in name:
            problems.append(_member(shown, "zip.nul"))
            continue
        if "\\" in name:
            problems.append(_member(shown, "zip.backslash"))
        if name.startswith("/") or _DRIVE.match(name):
            problems.append(_member(shown, "zip.absolute"))
        if ".." in name.replace("\\", "/").split("/"):
            problems.append(_member(shown, "zip.climbs_out"))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            problems.append(_member(shown, "zip.symlink"))
        if info.flag_bits & 0x1:
            problems.append(_member(shown, "zip.encrypted"))
        # NFC: "é" as one code point or as "e" + accent is the same name on macOS and to a
        # user; two such members would overwrite each other when extracted there.
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            code = _collision(name, seen[folded])
            problems.append(_member(shown, code, earlier=repr(seen[folded])))
        seen.setdefault(folded, name)
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > limits.member_bytes:
            size, most = _mb(info.file_size), _mb(limits.member_bytes)
            problems.append(_member(shown, "zip.member_too_large", size=size, most=most))
        if info.file_size > limits.ratio_floor:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.ratio:
                shown_ratio = f"{ratio:,.0f}"
                problems.append(_member(shown, "zip.bomb", ratio=shown_ratio, most=limits.ratio))
    if total > limits.total_bytes:
        size, most = _mb(total), _mb(limits.total_bytes)
        problems.append(msg("zip.too_large", size=size, most=most))
    return problems


def _member(shown: str, code: str, **params: object) -> Msg:
    """A problem of the member named `shown`."""
    return msg("zip.member", name=shown, problem=msg(code, **params))


def _collision(name: str, earlier: str) -> str:
    """The code of the problem of a name that duplicates an earlier member's."""
    if name == earlier:
        return "zip.duplicate"
    if name.casefold() == earlier.casefold():
        return "zip.duplicate_case"
    return "zip.duplicate_unicode"


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
