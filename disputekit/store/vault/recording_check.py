"""Screen recordings at intake: copied while hashed (never held in memory), then checked.

A recording can be gigabytes, so unlike a picture it is streamed into a temporary file beside
the vault while its SHA-256 is computed; the copy (the bytes that were hashed) is what is
checked, and it is renamed into place only once accepted, so a refused or interrupted intake
leaves nothing but a temporary file the vault's clean-up removes.

The check works without the `[video]` extra: an MP4/MOV's top-level boxes must tile the file
exactly and include the index (`moov`), a WebM's segment must not run past the end. With PyAV
the first picture is decoded too (its size, rotation applied, and the thumbnail).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit.files.db_files import is_store_database
from disputekit.files.private_files import private_dir
from disputekit.messages import os_reason
from disputekit.store.vault.blob_io import TEMP_PREFIX, remove_file
from disputekit.store.vault.intake_errors import IntakeError, intake_error
from disputekit.video.probe import VideoError, probe, sniff_video, video_available

if TYPE_CHECKING:
    from PIL import Image

# A 4-hour screen recording at a phone's usual 1–2 Mbit/s fits; FAT32 media cannot hold more.
MAX_RECORDING_BYTES = 4 * 2**30
_CHUNK = 4 * 2**20
_EBML_SEGMENT = 0x18538067
Copy = tuple[Path, str, int]  # a checked copy's temporary path, its SHA-256 and size
_CUT = ("ends early (cut off while copying or recording)", "数据提前结束（复制或录制中断）")
_HEADER_CUT = ("ends inside a box header", "在数据块头部中途结束")
_NO_INDEX = ("lacks its index (moov): it was not finished", "缺少索引（moov），录制未正常结束")


@dataclass
class CheckedRecording:
    """A recording accepted at intake; size and first picture only with the `[video]` extra."""

    format: str
    width: int | None = None
    height: int | None = None
    image: Image.Image | None = None


def recording_format(path: Path) -> str | None:
    """The recording format of the file at `path` by its first bytes, or None (not a video,
    or unreadable: the ordinary intake then says why)."""
    if is_store_database(path):  # opening it would drop this process's locks on it
        return None
    try:
        with path.open("rb") as f:
            return sniff_video(f.read(64))
    except OSError:
        return None


def copy_hashing(path: Path, folder: Path) -> Copy:
    """Copy `path` into a temporary file in `folder`, durably; (copy, SHA-256, size)."""
    import hashlib

    digest, size = hashlib.sha256(), 0
    try:
        total = path.stat().st_size
        if total == 0:
            raise intake_error(path, "empty")
        if total > MAX_RECORDING_BYTES:
            raise _too_big(path, total)
        private_dir(folder)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX)
    except OSError as exc:
        raise intake_error(path, "unreadable", os_reason(exc)) from exc
    try:
        with path.open("rb") as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > MAX_RECORDING_BYTES:
                    raise _too_big(path, size)
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        remove_file(Path(tmp))
        raise intake_error(path, "unreadable", os_reason(exc)) from exc
    except BaseException:
        remove_file(Path(tmp))
        raise
    if size == 0:
        remove_file(Path(tmp))
        raise intake_error(path, "empty")
    return Path(tmp), digest.hexdigest(), size


def write_copy(data: bytes, folder: Path, path: Path) -> Copy:
    """Write a recording received whole (`path` names it) into a temporary file in `folder`,
    durably; (copy, SHA-256, size), as `copy_hashing` gives for a file."""
    import hashlib

    if len(data) > MAX_RECORDING_BYTES:
        raise _too_big(path, len(data))
    private_dir(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        remove_file(Path(tmp))
        raise
    return Path(tmp), hashlib.sha256(data).hexdigest(), len(data)


def check_recording(copy: Path, path: Path, fmt: str) -> CheckedRecording:
    """Check the copied recording (`path` names the original for messages)."""
    with copy.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        problem = _mp4_problem(f, size) if fmt in ("MP4", "MOV") else _webm_problem(f, size)
    if problem is not None:
        en, zh = problem
        raise intake_error(path, "truncated", f"the {fmt} recording {en}", f"{fmt} 录屏{zh}")
    if not video_available():
        return CheckedRecording(fmt)
    try:
        info = probe(copy)
    except VideoError as exc:
        if exc.code == "unavailable":
            return CheckedRecording(fmt)
        raise intake_error(path, "unreadable", exc.text) from exc
    return CheckedRecording(fmt, info.width, info.height, info.first_frame)


def recording_thumbnail(path: Path, size: int, fmt: str) -> Image.Image:
    """The recording's first picture, upright, as a thumbnail; a document icon saying 录屏
    without the `[video]` extra (or when it cannot be decoded)."""
    from disputekit.store.vault.thumbnails import make_thumbnail, pdf_icon

    picture = None
    if video_available():
        try:
            picture = probe(path).first_frame
        except VideoError:
            picture = None
    if picture is None:
        return pdf_icon(size, None, fmt, "#7b3fe4", "录屏")
    return make_thumbnail(picture, size)


def _mp4_problem(f: object, size: int) -> tuple[str, str] | None:
    """Why the MP4/MOV box structure is not whole, or None: top-level boxes must tile the file
    and include `moov` (written last by a phone; missing when the recording was cut off)."""
    pos, seen = 0, set()
    read = f.read  # type: ignore[attr-defined]
    seek = f.seek  # type: ignore[attr-defined]
    while pos < size:
        seek(pos)
        head = read(16)
        if len(head) < 8:
            return _HEADER_CUT
        length, kind = int.from_bytes(head[:4], "big"), head[4:8]
        if not all(32 <= b < 127 for b in kind):
            return "has a damaged box structure", "数据块结构已损坏"
        if length == 1:
            if len(head) < 16:
                return _HEADER_CUT
            length = int.from_bytes(head[8:16], "big")
        elif length == 0:
            length = size - pos  # the last box runs to the end of the file
        if length < 8:
            return "has a damaged box structure", "数据块结构已损坏"
        if pos + length > size:
            return _CUT
        seen.add(kind)
        pos += length
    if b"moov" not in seen:
        return _NO_INDEX
    return None


def _webm_problem(f: object, size: int) -> tuple[str, str] | None:
    """Why the WebM is not whole, or None: the EBML header, then a Segment whose stated size
    (unless unknown, as a live recorder writes it) fits in the file."""
    read = f.read  # type: ignore[attr-defined]
    data = read(4096)
    pos = 0
    try:
        _, pos = _vint(data, pos, keep_marker=True)
        header_size, pos = _vint(data, pos)
        pos += header_size
        element, pos = _vint(data, pos, keep_marker=True)
        seg_size, pos = _vint(data, pos, unknown_ok=True)
    except IndexError:
        return _CUT
    if element != _EBML_SEGMENT:
        return "has a damaged header", "文件头已损坏"
    if seg_size is not None and pos + seg_size > size:
        return _CUT
    return None


def _vint(data: bytes, pos: int, keep_marker: bool = False, unknown_ok: bool = False) -> tuple:
    """An EBML variable-length integer at `pos`: (value, next position); IndexError if cut."""
    first = data[pos]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8:
        raise IndexError("bad EBML length")
    raw = data[pos : pos + length]
    if len(raw) < length:
        raise IndexError("cut")
    value = int.from_bytes(raw, "big")
    if not keep_marker:
        value &= (1 << (7 * length)) - 1
        if unknown_ok and value == (1 << (7 * length)) - 1:
            return None, pos + length
    return value, pos + length


def _too_big(path: Path, size: int) -> IntakeError:
    gb, limit = size / 2**30, MAX_RECORDING_BYTES // 2**30
    return intake_error(
        path,
        "too_large",
        f"{gb:,.1f} GB is more than the {limit} GB a recording may have",
        f"{gb:,.1f} GB，超过录屏 {limit} GB 的上限",
    )
