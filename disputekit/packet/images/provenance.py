"""Where an evidence file came from, for the 证据目录's 来源 column (民事证据规定第十九条).

What the user recorded wins (`source`, `captured_at`, and `captured_by`/`device`, which the
case JSON carries as evidence keys); what is missing is read from the file itself: EXIF
Make/Model/DateTimeOriginal of a photo, or a PNG's text chunks (Software, Creation Time).
The file is only read, never changed.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.parts import LAN_UPLOAD
from disputekit.domain.case.vocabulary import source_label
from disputekit.packet.pages.text import fmt_datetime

# EXIF tags: Make, Model, Software; DateTimeOriginal lives in the Exif sub-IFD.
_MAKE, _MODEL, _SOFTWARE, _EXIF_IFD, _TAKEN = 0x010F, 0x0110, 0x0131, 0x8769, 0x9003


@dataclass(frozen=True)
class Provenance:
    """The 来源 facts of one evidence file; `from_file` names what came from metadata."""

    source: str
    captured_at: str
    captured_by: str
    device: str
    from_file: tuple[str, ...] = ()
    received: str = ""  # how a file sent from a phone over the local network came in

    def lines(self) -> list[str]:
        """The facts as short lines for a table cell (empty facts left out)."""
        out = [self.source] if self.source else []
        if self.device:
            out.append(f"设备：{self.device}")
        if self.captured_by:
            out.append(f"取证人：{self.captured_by}")
        out.append(f"取证时间：{self.captured_at}")
        if self.from_file:
            out.append(f"（{'、'.join(self.from_file)}读自文件元数据）")
        if self.received:
            out.append(self.received)
        return out


def file_metadata(path: Path) -> dict[str, str]:
    """Device, software and capture time found in an image's EXIF or PNG text chunks."""
    from PIL import Image, UnidentifiedImageError

    found: dict[str, str] = {}
    try:
        png = _png_metadata(path)
        if png is not None:
            exif, info = png
        else:
            with Image.open(path) as im:
                exif, info = im.getexif(), {str(k): v for k, v in im.info.items()}
        make = str(exif.get(_MAKE, "")).strip("\x00 ")
        model = str(exif.get(_MODEL, "")).strip("\x00 ")
        device = model if make and model.startswith(make) else f"{make} {model}".strip()
        if device:
            found["device"] = device
        software = str(exif.get(_SOFTWARE, "") or info.get("Software", "")).strip()
        if software:
            found["software"] = software
        taken = exif.get_ifd(_EXIF_IFD).get(_TAKEN) or info.get("Creation Time")
        if taken:
            found["captured_at"] = str(taken).strip("\x00 ")
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError, struct.error, zlib.error):
        return {}  # a PDF or an unreadable file simply has no image metadata
    return found


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_metadata(path: Path) -> tuple[Any, dict[str, str]] | None:
    """A PNG's EXIF and text chunks, read without decoding its pixels; None if not a PNG.

    Pillow's `getexif()` on a PNG decodes the whole image to reach chunks after the pixel
    data: 25 ms for a phone screenshot, on every packet build."""
    from PIL import Image

    with path.open("rb") as f:
        if f.read(8) != _PNG_SIGNATURE:
            return None
        exif = Image.Exif()
        info: dict[str, str] = {}
        while head := f.read(8):
            length, kind = struct.unpack(">I4s", head)
            if kind in (b"eXIf", b"tEXt", b"zTXt", b"iTXt"):
                data = f.read(length)
                if kind == b"eXIf":
                    exif.load(b"Exif\x00\x00" + data)  # as Pillow stores it
                else:
                    key, value = _png_text(kind, data)
                    info[key] = value
            else:
                f.seek(length, 1)
            f.seek(4, 1)  # the chunk's CRC
            if kind == b"IEND":
                break
    return exif, info


def _png_text(kind: bytes, data: bytes) -> tuple[str, str]:
    # tEXt: key NUL latin-1 text; zTXt: key NUL method zlib(text); iTXt: key NUL flag method
    # language NUL translated-key NUL utf-8 text (zlib when flagged). As Pillow decodes them.
    key, rest = data.split(b"\0", 1)
    if kind == b"tEXt":
        return key.decode("latin-1"), rest.decode("latin-1")
    if kind == b"zTXt":
        return key.decode("latin-1"), zlib.decompress(rest[1:]).decode("latin-1")
    compressed, rest = rest[0], rest[2:]
    _language, _translated, text = rest.split(b"\0", 2)
    if compressed:
        text = zlib.decompress(text)
    return key.decode("latin-1"), text.decode("utf-8")


def exif_time(text: str) -> str:
    """An EXIF time in the packet's date format, marked as the device's clock."""
    # EXIF writes "2026:11:20 10:15:00" in the device's clock, with no time zone.
    found = re.fullmatch(r"(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}).*", text)
    if not found:
        return text
    y, m, d, hh, mm = found.groups()
    # The packet's one date format (text.fmt_datetime), marked as the device's own clock.
    return f"{int(y)}年{int(m)}月{int(d)}日 {hh}:{mm}（设备时间）"


def provenance(item: EvidenceItem, path: Path | None) -> Provenance:
    """What the 证据目录 says about where `item` came from."""
    meta = file_metadata(path) if path is not None and path.suffix.lower() != ".pdf" else {}
    from_file: list[str] = []
    source = source_label(item.source)  # a known code in the packet's words (zh label)
    device = item.device.strip()
    if not device and (meta.get("device") or meta.get("software")):
        device = meta.get("device") or meta["software"]
        from_file.append("设备")
    captured_at = fmt_datetime(item.captured_at)
    if item.captured_at is None and meta.get("captured_at"):
        captured_at = exif_time(meta["captured_at"])
        from_file.append("取证时间")
    return Provenance(
        source=source,
        captured_at=captured_at,
        captured_by=item.captured_by.strip(),
        device=device,
        from_file=tuple(from_file),
        received=received_note(item),
    )


def received_note(item: EvidenceItem) -> str:
    """For a file sent from a phone's browser: when and under what name it was received, and
    that the bytes received are the file hashed (a phone may convert a photo as it sends it,
    an iPhone HEIC to JPEG without its metadata); "" for any other file."""
    got = item.received
    if got is None or got.via != LAN_UPLOAD:
        return ""
    when = fmt_datetime(got.at) if got.at is not None else "时间未记录"
    name = f"，原文件名「{got.original_name}」" if got.original_name else ""
    return (
        f"经局域网从手机接收（{when}{name}）；校验值按电脑收到的文件计算"
        "（手机发送时可能已转换格式，如 iPhone 将 HEIC 转为 JPEG）"
    )
