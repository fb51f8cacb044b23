"""HEIC photos (iPhones) open only through the optional pillow-heif plugin: registered with
Pillow wherever an image is opened (the viewer, redaction, packets, intake), on first need."""

from __future__ import annotations

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


def is_heif(data: bytes) -> bool:
    """True when `data` starts like a HEIF/HEIC file."""
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def register_heif() -> bool:
    """Register pillow-heif's opener with Pillow; False when the plugin is not installed."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True
