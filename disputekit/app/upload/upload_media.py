"""What a phone may send (an image, a PDF or a video, judged by content) and the page it
sends it from (shipped as package data in `assets/phone/`)."""

from __future__ import annotations

from functools import cache

from disputekit.app.upload.upload_names import clean_text
from disputekit.messages import Msg, msg
from disputekit.resources import asset
from disputekit.store.vault.image_check import sniff

# ISO base media brands that are still pictures (HEIC is an image; AVIF intake refuses).
_STILL_BRANDS = (b"avif", b"avis")
_EBML = b"\x1a\x45\xdf\xa3"  # WebM / Matroska


def media_format(head: bytes) -> str | None:
    """The format the first bytes of a body show: an intake image format or "PDF" (the
    vault's own check, `sniff`), "MP4"/"MOV"/"WEBM" for a recording, else None."""
    found = sniff(head)
    if found is not None:
        return found
    if head[4:8] == b"ftyp" and not any(brand in head[8:40] for brand in _STILL_BRANDS):
        return "MOV" if head[8:12] == b"qt  " else "MP4"
    if head.startswith(_EBML):
        return "WEBM"
    return None


def too_big(name: str, size: int, limit: int) -> Msg:
    """The refusal of a file of `size` bytes over the session's `limit`."""
    return msg(
        "upload.too_large",
        name=clean_text(name, 200) or "?",
        mb=f"{size / 2**20:,.1f}",
        limit=f"{limit / 2**20:,.0f}",
    )


@cache
def _template() -> str:
    return asset("phone", "upload.html").read_text(encoding="utf-8")


def page_html(nonce: str, max_bytes: int) -> str:
    """The upload page, its inline script and style allowed by `nonce`."""
    return _template().replace("__NONCE__", nonce).replace("__MAX_BYTES__", str(max_bytes))
