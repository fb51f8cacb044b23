"""Exhibit images: oriented, RGB, scaled to the placed size, JPEG-encoded, cached.

A phone screenshot is 1080×2400 pixels; placed on A4 it needs far fewer. Scaling to the
placed size at 150 dpi and encoding as JPEG q85 makes the packet ~2.5× smaller than a lossless
copy while a 30 px timestamp stays legible (tech-notes.md). `image_pool` runs `derive_jpeg` in
worker processes and keeps each result by source hash and pixel size.
The originals are only read, never modified.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from PIL import Image

from disputekit.files.private_files import PRIVATE_FILE
from disputekit.heif import register_heif
from disputekit.image_upright import upright

JPEG_QUALITY = 85


@dataclass(frozen=True)
class ImageJob:
    """One derived image to make: the source, its SHA-256 and the pixel size wanted."""

    src: Path
    sha256: str
    width: int
    height: int

    def cache_name(self) -> str:
        """File name of the derived JPEG: hash, size and quality identify it fully."""
        return f"{self.sha256}-{self.width}x{self.height}-q{JPEG_QUALITY}.jpg"


def _orientation(img: Any) -> int:
    # Pillow's getexif() on a PNG decodes the whole image to look for an eXIf chunk after the
    # pixel data (70 ms for a phone screenshot). Phones put it first when they write one, and
    # both the probe and the encoder use this same rule, so the two always agree.
    if img.format == "PNG":
        raw = img.info.get("exif")
        if not raw:
            return 1
        exif = Image.Exif()
        exif.load(raw)
        return int(exif.get(0x0112, 1))
    return int(img.getexif().get(0x0112, 1))


def open_image(src: str | Path | IO[bytes]) -> Any:
    try:
        return Image.open(src)
    except Image.UnidentifiedImageError:
        # HEIC photos open only through pillow-heif, which a fresh worker has not registered.
        if not register_heif():
            raise
    if not isinstance(src, str | Path):
        src.seek(0)
    return Image.open(src)


def oriented_size(src: Path) -> tuple[int, int]:
    """The image's pixel size after EXIF orientation (reads the header only)."""
    with open_image(src) as img:
        w, h = img.size
        orientation = _orientation(img)
    return (h, w) if orientation in (5, 6, 7, 8) else (w, h)


def target_pixels(
    size_px: tuple[int, int], placed_pt: tuple[float, float], dpi: int
) -> tuple[int, int]:
    """Pixels needed to show an image at `placed_pt` points and `dpi`, never upscaling."""
    w = min(size_px[0], max(1, round(placed_pt[0] / 72 * dpi)))
    h = min(size_px[1], max(1, round(placed_pt[1] / 72 * dpi)))
    return w, h


def derive_jpeg(src: str, dst: str, width: int, height: int, key: bytes | None = None) -> int:
    """Make the derived JPEG (runs in a worker process); returns its size in bytes. With a
    `key`, a seal of it is recorded beside it, so that a later build can trust it."""
    data = encode_jpeg(src, width, height)
    if key:
        # The record goes first: a crash before the JPEG lands leaves a mismatch, which
        # re-encodes.
        sealed = seal(key, Path(dst).name, hashlib.sha256(data).hexdigest())
        _write_owner_only(record_path(dst), sealed.encode("ascii"))
    _write_owner_only(Path(dst), data)
    return len(data)


def encode_jpeg(src: str | Path | IO[bytes], width: int, height: int) -> bytes:
    """The derived JPEG's bytes: the same source and size always give the same bytes, so
    `verify` can make a packet's picture again from the evidence and compare."""
    with open_image(src) as img:
        orientation = _orientation(img)
        if img.format == "JPEG":
            box = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
            img.draft("RGB", box)  # decode at reduced scale: much faster
        # Turned in place and used before the file closes (closing drops the pixels): a copy
        # of a decoded phone screenshot cost an eighth of the encode.
        img = upright(img, orientation, in_place=True)
        if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
            rgba = img.convert("RGBA")
            img = Image.new("RGB", rgba.size, "white")
            img.paste(rgba, mask=rgba.getchannel("A"))
        elif img.mode != "RGB":
            img = img.convert("RGB")
        factor = min(img.width // width, img.height // height)
        if factor >= 2:
            img = img.reduce(factor)  # box-average first: the bicubic pass then has little to do
        if img.size != (width, height):
            img = img.resize((width, height), Image.Resampling.BICUBIC)
        encoded = io.BytesIO()
        img.save(encoded, "JPEG", quality=JPEG_QUALITY)
    return encoded.getvalue()


def _write_owner_only(path: Path, data: bytes) -> None:
    # Owner-only like everything the app writes (private_files), whatever the umask; renamed
    # into place so that concurrent builds never see a half-written file. No fsync: a cache
    # file lost in a crash fails its check and is made again.
    tmp = f"{path}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def record_path(cached: str | Path) -> Path:
    """Where the seal of a cached JPEG is recorded when it is made."""
    return Path(f"{cached}.sha256")


def seal(key: bytes, name: str, sha256: str) -> str:
    """The record of a cached JPEG: its name and SHA-256 signed with the data folder's key,
    which lives in the database, so whoever can write the cache folder cannot forge one."""
    return hmac.new(key, f"{name}\n{sha256}".encode(), hashlib.sha256).hexdigest()


def cached_intact(cached: Path, key: bytes | None) -> bool:
    """True if the cached JPEG exists and its record is the seal made when it was made: a
    replaced cache file (and its hash written beside it) must never be printed under the
    original's caption. Without a key nothing cached is trusted."""
    if not key:
        return False
    try:
        recorded = record_path(cached).read_text(encoding="ascii").strip()
        with cached.open("rb") as f:
            sha = hashlib.file_digest(f, "sha256").hexdigest()
    except (OSError, UnicodeDecodeError):
        return False
    return hmac.compare_digest(seal(key, cached.name, sha), recorded)
