"""Pillow images as Qt images, decoded the way the redaction decodes them, so what the
viewer shows is what a redacted copy is cut from."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage

from disputekit.app.evidence.redaction import load_oriented


def pil_to_qimage(data: bytes) -> QImage:
    """Decode with Pillow (EXIF orientation applied) so the view matches the redaction."""
    return to_qimage(load_oriented(data))


def to_qimage(image: Any) -> QImage:
    """A Pillow image (or PDF page drawn by the redaction) as a QImage of its own memory."""
    image = image.convert("RGBA")
    raw = image.tobytes("raw", "RGBA")
    return QImage(
        raw, image.width, image.height, 4 * image.width, QImage.Format.Format_RGBA8888
    ).copy()
