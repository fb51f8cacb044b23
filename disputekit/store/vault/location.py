"""Location (GPS) in a photo's metadata: finding it, and a copy without it.

A phone photo of a receipt can carry where it was taken, which often is the buyer's home.
Exports warn about it and can ship location-free copies; the vault originals stay untouched.
For a JPEG only the metadata segments are rewritten, so the pixels are byte-for-byte the
original's (no re-encoding, no quality loss).
"""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image

GPS_IFD = 0x8825
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_SOI, _SOS = b"\xff\xd8", 0xDA


def has_location(data: bytes) -> bool:
    """True when the image's EXIF holds GPS data (False for PDFs and undecodable bytes)."""
    exif = _exif(data)
    return bool(exif is not None and exif.get_ifd(GPS_IFD))


def without_location(data: bytes) -> bytes:
    """The same image with its GPS data (and XMP, which may repeat it) removed."""
    if data.startswith(_SOI):
        return _jpeg_without_location(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a decompression-size warning is not ours to show
        with Image.open(io.BytesIO(data)) as im:
            exif = im.getexif()
            exif.pop(GPS_IFD, None)
            out = io.BytesIO()
            fmt = im.format or "PNG"
            options: dict[str, object] = {"exif": exif.tobytes()}
            if fmt == "WEBP":
                options["lossless"] = True
            im.save(out, fmt, **options)
    return out.getvalue()


def _exif(data: bytes) -> Image.Exif | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                return im.getexif()
    except (OSError, ValueError, SyntaxError):
        return None


def _jpeg_without_location(data: bytes) -> bytes:
    """Rewrite the APP1 segments before the scan: EXIF without its GPS IFD, no XMP."""
    out = bytearray(_SOI)
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == _SOS:
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        body = segment[4:]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            exif = Image.Exif()
            exif.load(body[6:])
            exif.get_ifd(GPS_IFD)  # loaded so that deleting it removes it for good
            exif.pop(GPS_IFD, None)
            new_body = exif.tobytes()
            out += b"\xff\xe1" + struct.pack(">H", len(new_body) + 2) + new_body
        elif not (marker == 0xE1 and body.startswith(_XMP)):
            out += segment
        pos += 2 + length
    out += data[pos:]
    return bytes(out)
