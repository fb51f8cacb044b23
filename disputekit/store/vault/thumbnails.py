"""Small previews of evidence files: upright, RGB, longest side `size`, saved as JPEG.

A PDF gets a document icon drawn with Pillow (no poppler needed at run time).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from disputekit.files.private_files import private_dir
from disputekit.image_upright import upright
from disputekit.resources import asset

# Resizing a palette or 1-bit image falls back to nearest-neighbour: widen the mode first.
_WIDEN = {"P": "RGBA", "PA": "RGBA", "1": "L", "I": "L", "I;16": "L", "F": "L", "CMYK": "RGB"}
JPEG_QUALITY = 85


def make_thumbnail(image: Image.Image, size: int, orientation: int = 1) -> Image.Image:
    """A thumbnail of `image` (which may be modified: pass a copy to keep it) as upright RGB."""
    if image.mode in _WIDEN:
        image = image.convert(_WIDEN[image.mode])
    # reducing_gap: a fast integer reduce() first, then an antialiased resize of the rest.
    image.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
    image = _flatten(image)
    return upright(image, orientation, in_place=True)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: transparent parts of a screenshot must not turn black."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA"):
        background = Image.new("RGB", image.size, "white")
        background.paste(image.convert("RGBA"), mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def pdf_icon(
    size: int, pages: int | None, label: str = "PDF", band: str = "#d93025", note: str = ""
) -> Image.Image:
    """A document icon for a PDF: a page with a folded corner, "PDF" and the page count
    (or another `label`, `band` colour and `note`, for a bill file)."""
    width, height = round(size * 0.75), size
    icon = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(icon)
    m = max(2, size // 16)
    fold = width // 4
    right, bottom = width - m, height - m
    outline = [(m, m), (right - fold, m), (right, m + fold), (right, bottom), (m, bottom)]
    draw.polygon(outline, fill="#f4f4f4", outline="#8a8a8a", width=max(1, size // 128))
    draw.polygon(
        [(right - fold, m), (right - fold, m + fold), (right, m + fold)],
        fill="#d0d0d0",
        outline="#8a8a8a",
    )
    band_top = height * 45 // 100
    draw.rectangle([m, band_top, right, band_top + height // 6], fill=band)
    draw.text(
        (width // 2, band_top + height // 12),
        label,
        fill="white",
        font=_font(size // 9),
        anchor="mm",
    )
    if pages or note:
        draw.text(
            (width // 2, height * 78 // 100),
            note or f"{pages} 页",
            fill="#555555",
            font=_font(size // 12),
            anchor="mm",
        )
    return icon


def _font(px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = asset("fonts", "DisputeKitSansSC-Regular.ttf")
    if path.is_file():
        return ImageFont.truetype(str(path), max(8, px))
    return ImageFont.load_default(max(8, px))


def save_jpeg(image: Image.Image, target: Path) -> Path:
    """Write `image` to `target` atomically (a reader never sees half a thumbnail)."""
    private_dir(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".thumb-", suffix=".jpg")
    try:
        with os.fdopen(fd, "wb") as out:
            image.save(out, "JPEG", quality=JPEG_QUALITY)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename:
            raise
        # write() names no file: a full disk would otherwise be reported without one.
        raise type(exc)(exc.errno, exc.strerror or str(exc), str(target)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
