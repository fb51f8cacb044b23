"""Location (GPS) in a picture's own metadata: its EXIF and XMP, and a JPEG without it (only
the metadata segments rewritten, the pixels byte for byte the original's)."""

from __future__ import annotations

import io
import re
import struct
import warnings

from PIL import Image

from disputekit.heif import is_heif, register_heif

GPS_IFD = 0x8825
XMP_GPS = re.compile(rb"GPS(?:Latitude|Longitude|Altitude|Coordinates)|gps:|GPSPosition")
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_SOI, _SOS = b"\xff\xd8", 0xDA


def xmp_has_location(xmp: bytes | str | None) -> bool:
    """True when an XMP packet names a GPS position."""
    if not xmp:
        return False
    return bool(XMP_GPS.search(xmp.encode("utf-8") if isinstance(xmp, str) else xmp))


def picture_has_location(data: bytes) -> bool:
    """True when the picture's EXIF or XMP holds a GPS position (False if undecodable)."""
    found = picture_metadata(data)
    if found is None:
        return False
    exif, xmp = found
    return bool(exif.get_ifd(GPS_IFD)) or xmp_has_location(xmp)


def picture_metadata(data: bytes) -> tuple[Image.Exif, bytes | str | None] | None:
    """The image's EXIF and XMP packet, or None when it cannot be opened."""
    if is_heif(data):
        register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                return im.getexif(), im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    except (OSError, ValueError, SyntaxError):
        return None


def jpeg_without_location(data: bytes) -> bytes:
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
