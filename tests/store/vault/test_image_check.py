"""Sniffing the real format from the bytes, and what each accepted format reports."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from disputekit.messages import render
from disputekit.store.vault.image_check import check_bytes, sniff
from disputekit.store.vault.intake_errors import CODES, IntakeError, intake_error

NAME = Path("evidence.bin")


def image_bytes(fmt: str, size: tuple[int, int] = (120, 260), **params: object) -> bytes:
    out = io.BytesIO()
    mode = "P" if fmt == "GIF" else "RGB"
    Image.new(mode, size, "white" if mode == "RGB" else 1).save(out, fmt, **params)
    return out.getvalue()


def pdf_bytes(pages: int) -> bytes:
    """A PDF written by pypdf (the vault tests use reportlab's: two different producers)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def refused(data: bytes) -> IntakeError:
    with pytest.raises(IntakeError) as caught:
        check_bytes(data, NAME)
    return caught.value


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "BMP", "GIF"])
def test_each_image_format_is_recognised_by_content_and_decoded(fmt):
    data = image_bytes(fmt)
    assert sniff(data) == fmt
    checked = check_bytes(data, Path("misnamed.txt"))  # the name plays no part
    assert (checked.format, checked.width, checked.height, checked.pages) == (fmt, 120, 260, None)
    assert checked.image is not None and checked.image.size == (120, 260)


def test_gif_reports_its_first_frame():
    first, second = Image.new("RGB", (40, 30), "red"), Image.new("RGB", (40, 30), "blue")
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=[second])
    checked = check_bytes(out.getvalue(), NAME)
    assert checked.image is not None
    assert checked.image.convert("RGB").getpixel((5, 5)) == (255, 0, 0)


def test_jpeg_draft_decodes_smaller_but_reports_the_full_size():
    checked = check_bytes(image_bytes("JPEG", (2000, 4000)), NAME, draft_size=256)
    assert (checked.width, checked.height) == (2000, 4000)
    assert checked.image is not None and checked.image.size == (500, 1000)


def test_exif_rotation_is_reported_as_a_viewer_shows_it():
    exif = Image.Exif()
    exif[0x0112] = 8
    checked = check_bytes(image_bytes("JPEG", (300, 100), exif=exif.tobytes()), NAME)
    assert (checked.width, checked.height, checked.orientation) == (100, 300, 8)


def test_pdf_pages_are_counted():
    data = pdf_bytes(4)
    assert sniff(data) == "PDF"
    checked = check_bytes(data, NAME)
    assert (checked.format, checked.pages, checked.image) == ("PDF", 4, None)


def test_pdf_with_leading_junk_is_refused_as_not_the_exported_file():
    # Recognised as a PDF, but not accepted: every packet of the case then took it for a
    # picture and stopped.
    error = refused(b"\r\n" + pdf_bytes(1))
    assert error.code == "unreadable"
    assert "2 bytes come before the PDF's %PDF- header" in render(error.text, "en")


def test_password_protected_pdf_is_refused_with_the_fix():
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="1234", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    error = refused(out.getvalue())
    assert error.code == "unreadable"
    assert "without a password" in render(error.text, "en")


def test_damaged_pdf_keeps_pypdf_quiet_on_stderr(capfd):
    error = refused(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF")
    assert error.code == "unreadable"
    assert "damaged" in render(error.text, "en")
    assert capfd.readouterr().err == ""


def test_fake_heic_without_plugin(monkeypatch):
    monkeypatch.setitem(sys.modules, "pillow_heif", None)
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32
    assert sniff(data) == "HEIC"
    error = refused(data)
    assert error.code == "heic_plugin_missing"
    assert render(error.text, "en").startswith(
        "evidence.bin is a HEIC photo; install HEIC support with"
    )


def test_avif_is_not_taken_for_heic():
    data = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 32
    assert sniff(data) is None
    assert render(refused(data).text, "en") == (
        "evidence.bin is an AVIF image, which DisputeKit does not accept;"
        " save it as PNG, JPEG or PDF."
    )


def test_zip_gets_an_extract_hint():
    error = refused(b"PK\x03\x04" + b"\x00" * 100)
    assert error.code == "not_image"
    assert "ZIP archive" in render(error.text, "en") and "解压" in str(error)


def test_binary_junk_is_not_an_image():
    error = refused(bytes(range(256)) * 4)
    assert error.code == "not_image"
    assert "not a known format" in render(error.text, "en")


def test_guard_stays_on_when_pillows_limit_is_switched_off(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    out = io.BytesIO()
    Image.new("1", (10000, 9000)).save(out, "PNG")  # 1-bit: small to build, huge to decode
    error = refused(out.getvalue())
    assert error.code == "too_large"
    assert "10000×9000 = 90,000,000 pixels" in render(error.text, "en")


def test_every_code_has_both_languages():
    for code in CODES:
        error = intake_error(Path("/tmp/x/截图.png"), code, "detail")
        assert "截图.png" in render(error.text, "en") and "截图.png" in str(error)
        assert "/tmp" not in render(error.text, "en")


def test_heic_is_read_when_the_plugin_is_installed():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "red").save(out, "HEIF")
    checked = check_bytes(out.getvalue(), Path("IMG_0001.HEIC"))
    assert (checked.format, checked.width, checked.height) == ("HEIC", 300, 200)
