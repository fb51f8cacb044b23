"""Decide what a file really is from its bytes, and refuse what is broken or unsafe to open.

The name is never trusted: a text file called `.png` is not a picture. Images are decoded in
full (first frame for GIF), so a cut-off PNG or JPEG is caught at intake, not in a packet
later; the decoded image is handed back so the caller can make its thumbnail without decoding
the file a second time. Pillow's decompression-bomb guard stays on, and its warning band (1× to
2× `MAX_IMAGE_PIXELS`, which Pillow only warns about) is refused as well.
"""

from __future__ import annotations

import codecs
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from disputekit.bills.read import bill_format
from disputekit.store.pdf.pdf_check import pdf_page_count
from disputekit.store.vault.intake_errors import IntakeError, intake_error

ACCEPTED = ("PNG", "JPEG", "WEBP", "BMP", "GIF", "PDF", "HEIC")
# Used only if someone switched Pillow's guard off (MAX_IMAGE_PIXELS = None): ours stays on.
_FALLBACK_PIXEL_LIMIT = 89_478_485
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}
# Formats people do send that we recognise, to say what they are instead of "not a picture".
_OTHER_KINDS: list[tuple[bytes, str, str]] = [
    (b"II*\x00", "a TIFF image", "TIFF 图片"),
    (b"MM\x00*", "a TIFF image", "TIFF 图片"),
    (b"8BPS", "a Photoshop file", "Photoshop 文件"),
    (b"\x00\x00\x01\x00", "an icon file", "图标文件"),
]
_ORIENTATION_TAG = 0x0112


@dataclass
class CheckedFile:
    """What intake learned: the real format, the size as a viewer shows it, the pages of a PDF.

    `image` is the already-decoded first frame (None for PDF); `orientation` is its EXIF
    orientation (1 = upright), still to be applied to anything drawn from `image`.
    """

    format: str
    width: int | None
    height: int | None
    pages: int | None
    image: Image.Image | None = None
    orientation: int = 1


def sniff(data: bytes) -> str | None:
    """The accepted format the bytes start with (one of `ACCEPTED`), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:2] == b"BM" and int.from_bytes(data[14:18], "little") in _BMP_HEADER_SIZES:
        return "BMP"
    if b"%PDF-" in data[:1024]:  # the spec allows junk before the header
        return "PDF"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS and b"avif" not in data[8:40]:
        return "HEIC"
    return None


def check_bytes(data: bytes, path: Path, draft_size: int | None = None) -> CheckedFile:
    """Check `data` (the content of `path`); IntakeError with a clear message if refused.

    `draft_size` lets a JPEG decode at reduced scale (all of its data is still read and
    checked), when the caller only needs a thumbnail of that size from the image.
    """
    if not data:
        raise intake_error(path, "empty")
    fmt = sniff(data)
    if fmt is None:
        # An official payment bill (CSV/XLSX export) is kept as it came, like a PDF bill.
        bill = bill_format(data, path.name)
        if bill is not None:
            return CheckedFile(bill, None, None, None)
        raise _not_accepted(data, path)
    if fmt == "PDF":
        return CheckedFile("PDF", None, None, pdf_page_count(data, path))
    if fmt == "HEIC":
        _register_heif(path)
    im, (width, height) = _decode(data, path, fmt, draft_size)
    orientation = int(im.getexif().get(_ORIENTATION_TAG, 1) or 1)
    if orientation in (5, 6, 7, 8):  # rotated a quarter turn: a viewer shows it the other way
        width, height = height, width
    return CheckedFile(fmt, width, height, None, im, orientation)


def _decode(
    data: bytes, path: Path, fmt: str, draft_size: int | None
) -> tuple[Image.Image, tuple[int, int]]:
    """The loaded image and its full pixel size (a JPEG draft may have decoded it smaller)."""
    pil_format = "HEIF" if fmt == "HEIC" else fmt
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=[pil_format])
            _refuse_huge(im.size, path)  # explicit, before a single pixel is decoded
            size = im.size
            if draft_size and fmt == "JPEG":
                im.draft("RGB", (draft_size, draft_size))
            im.load()
            if fmt == "PNG":
                # Every pixel may be there while the file still ends early (no IEND): OCR and
                # other readers refuse that, so intake does too.
                with Image.open(io.BytesIO(data), formats=["PNG"]) as whole:
                    whole.verify()
    except IntakeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow refused in Image.open, before we saw the size; its message carries the count.
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise _too_many_pixels(path, int(found[1]) if found else None, "") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, EOFError, ValueError) as exc:
        raise _damaged(data, path, fmt, exc) from exc
    return im, size


def _refuse_huge(size: tuple[int, int], path: Path) -> None:
    width, height = size
    if width * height > _pixel_limit():
        raise _too_many_pixels(path, width * height, f"{width}×{height} = ")


def _pixel_limit() -> int:
    return Image.MAX_IMAGE_PIXELS or _FALLBACK_PIXEL_LIMIT


def _too_many_pixels(path: Path, pixels: int | None, dims: str) -> IntakeError:
    limit = _pixel_limit()
    count = f"{pixels:,}" if pixels else "the number of"
    return intake_error(
        path,
        "too_large",
        f"{dims}{count} pixels is more than the limit of {limit:,} pixels",
        f"{dims}{count} 像素，超过 {limit:,} 像素的上限（防止“解压炸弹”）",
    )


def _damaged(data: bytes, path: Path, fmt: str, exc: BaseException) -> IntakeError:
    if "truncated" in str(exc).lower() or not _has_end_marker(data, fmt):
        return intake_error(
            path, "truncated", f"the {fmt} data ends early", f"{fmt} 图像数据提前结束"
        )
    return intake_error(
        path, "unreadable", f"the {fmt} data is damaged ({exc})", f"{fmt} 图像数据已损坏（{exc}）"
    )


def _has_end_marker(data: bytes, fmt: str) -> bool:
    tail = data[-64:]
    if fmt == "PNG":
        return b"IEND" in tail
    if fmt == "JPEG":
        return b"\xff\xd9" in tail
    if fmt == "GIF":
        return tail.rstrip(b"\x00").endswith(b";")
    return True  # no cheap end marker: trust the decoder's message


def _register_heif(path: Path) -> None:
    try:
        import pillow_heif
    except ImportError:
        raise intake_error(path, "heic_plugin_missing") from None
    pillow_heif.register_heif_opener()


def _not_accepted(data: bytes, path: Path) -> IntakeError:
    head = data[:512]
    for magic, en, zh in _OTHER_KINDS:
        if head.startswith(magic):
            return intake_error(path, "unsupported", en, zh)
    if head[4:8] == b"ftyp" and b"avif" in head[8:40]:
        return intake_error(path, "unsupported", "an AVIF image", "AVIF 图片")
    if head.startswith(b"PK\x03\x04"):
        return intake_error(
            path,
            "not_image",
            " (it is a ZIP archive: extract it and add the files inside)",
            "（这是 ZIP 压缩包，请先解压再添加其中的文件）",
        )
    if _looks_like_text(head):
        return intake_error(path, "not_image", " (its content is text)", "（内容是文本）")
    return intake_error(
        path, "not_image", " (its content is not a known format)", "（无法识别其格式）"
    )


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        # Incremental: a multi-byte character cut at the end of `head` is not an error.
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)
