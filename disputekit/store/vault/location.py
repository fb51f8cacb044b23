"""Location (GPS) in a photo's metadata: finding it, and a copy without it.

A phone photo of a receipt can carry where it was taken, which often is the buyer's home.
Exports warn about it and can ship location-free copies; the vault originals stay untouched.
For a JPEG only the metadata segments are rewritten, so the pixels are byte-for-byte the
original's (no re-encoding, no quality loss). A position may be in EXIF (JPEG, PNG, WebP,
HEIC), in XMP only (JPEG, PNG), or in the photos a PDF embeds (`pdf_location`).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image

from disputekit.heif import is_heif, register_heif
from disputekit.store.vault.pdf_location import pdf_has_location, pdf_without_location
from disputekit.store.vault.photo_location import (
    _SOI,
    GPS_IFD,
    jpeg_without_location,
    picture_has_location,
)

__all__ = ["GPS_IFD", "has_location", "without_location"]


def has_location(data: bytes) -> bool:
    """True when the file holds a GPS position: an image's EXIF or XMP, or a photo or XMP
    stream inside a PDF (False for undecodable bytes)."""
    if data.startswith(b"%PDF-"):
        return pdf_has_location(data)
    return picture_has_location(data)


def without_location(data: bytes) -> bytes:
    """The same file with its GPS data (and XMP, which may repeat it) removed."""
    if data.startswith(b"%PDF-"):
        return pdf_without_location(data)
    if data.startswith(_SOI):
        return jpeg_without_location(data)
    if is_heif(data):
        register_heif()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a decompression-size warning is not ours to show
        with Image.open(io.BytesIO(data)) as im:
            exif = im.getexif()
            exif.get_ifd(GPS_IFD)  # loaded so that deleting it removes it for good
            exif.pop(GPS_IFD, None)
            out = io.BytesIO()
            fmt = im.format or "PNG"
            options: dict[str, object] = {"exif": exif.tobytes()}
            if fmt == "WEBP":
                options["lossless"] = True
            if fmt == "HEIF":
                options.update(quality=-1, xmp=None)  # lossless, and no XMP
            im.save(out, fmt, **options)
    return out.getvalue()
