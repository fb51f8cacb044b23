"""Redaction: black out regions of an image into a NEW file; the original is never touched.

Pixels are replaced (not covered by an overlay), EXIF orientation is applied first so the
boxes match what the user saw, and the output carries no metadata at all (no EXIF, no GPS, no
text chunks): it is rebuilt from bare pixels and written as PNG, which is lossless.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from PIL import Image, ImageDraw, ImageOps

Box = tuple[
    int, int, int, int
]  # left, top, right, bottom in oriented pixels; right/bottom exclusive


def load_oriented(data: bytes) -> Image.Image:
    """Decode an image and apply its EXIF orientation (as a phone gallery would show it)."""
    with Image.open(BytesIO(data)) as image:
        image.load()
        oriented = ImageOps.exif_transpose(image)
    return oriented if oriented is not None else image


def clip_box(box: Box, width: int, height: int) -> Box | None:
    """`box` clipped to the image, or None when nothing of it is inside."""
    left, top = max(0, min(box[0], box[2])), max(0, min(box[1], box[3]))
    right, bottom = min(width, max(box[0], box[2])), min(height, max(box[1], box[3]))
    return (left, top, right, bottom) if right > left and bottom > top else None


def redact_image(data: bytes, boxes: Sequence[Box]) -> bytes:
    """PNG bytes of the image in `data` with every box filled opaque black."""
    oriented = load_oriented(data)
    has_alpha = oriented.mode in ("RGBA", "LA", "PA") or "transparency" in oriented.info
    mode = "RGBA" if has_alpha else "RGB"
    # A fresh image holds only pixels: nothing of the original's metadata can travel along.
    clean = Image.new(mode, oriented.size)
    clean.paste(oriented.convert(mode))
    draw = ImageDraw.Draw(clean)
    black = (0, 0, 0, 255) if mode == "RGBA" else (0, 0, 0)
    for box in boxes:
        clipped = clip_box(box, *clean.size)
        if clipped is not None:
            left, top, right, bottom = clipped
            draw.rectangle((left, top, right - 1, bottom - 1), fill=black)
    out = BytesIO()
    clean.save(out, "PNG")
    return out.getvalue()
