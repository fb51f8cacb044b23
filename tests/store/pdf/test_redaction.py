"""Redaction in the core: solid fill, no metadata, PDF bills, relinked events, clear refusals."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfReader

from disputekit.cli import main
from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.cases.case_repository import EvidenceNotFound
from disputekit.store.pdf.redact_pixels import PageBox, RedactionError, parse_box
from disputekit.store.pdf.redaction import redact_evidence


def bill_pdf(path: Path, pages: int) -> Path:
    """A bill with a text line per page at y = 740 pt."""
    from reportlab.pdfgen.canvas import Canvas

    from disputekit.packet.pages.fonts import SANS, register_fonts

    register_fonts()
    canvas = Canvas(str(path), pagesize=(595, 842), initialFontName=SANS)
    for n in range(1, pages + 1):
        canvas.setFont(SANS, 14)
        canvas.drawString(60, 740, f"交易号 2026112022001412345678901234 第{n}页")
        canvas.showPage()
    canvas.save()
    return path


def photo_with_metadata() -> bytes:
    """A JPEG with GPS EXIF and a camera model: what a phone photo carries."""
    image = Image.new("RGB", (120, 80), (200, 200, 200))
    image.paste((10, 120, 30), (20, 20, 60, 50))
    exif = Image.Exif()
    exif[0x0110] = "Phone X"  # Model
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 20.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    return buffer.getvalue()


def png_with_text() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "手机号 13800000000")
    buffer = io.BytesIO()
    Image.new("RGB", (100, 60), (250, 250, 250)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def stored_case(store: Store, case_factory, name: str, data: bytes) -> tuple[int, str]:
    stored = store.vault.add_bytes(data, name)
    case = case_factory()
    case.evidence = []
    for event in case.events:
        event.evidence = []
    case_id = store.cases.create(case)
    item = store.cases.add_evidence(case_id, stored, caption="原图")
    case = store.cases.get(case_id)
    case.events[0].evidence = [item.id]
    store.cases.save(case_id, case)
    return case_id, item.id


def test_the_copy_is_solid_black_and_carries_no_metadata(store, make_case):
    for name, data in (("photo.jpg", photo_with_metadata()), ("shot.png", png_with_text())):
        case_id, item_id = stored_case(store, make_case, name, data)
        new = redact_evidence(store, case_id, item_id, [PageBox(1, (20, 20, 60, 50))])
        copy = store.vault.path(new.sha256 or "").read_bytes()
        with Image.open(io.BytesIO(copy)) as image:
            assert image.format == "PNG"
            assert not image.getexif() and "exif" not in image.info
            assert not {k for k in image.info if k not in ("dpi",)}  # no text chunks
            rgb = image.convert("RGB")
            pixels = {rgb.getpixel((x, y)) for x in range(20, 60) for y in range(20, 50)}
            assert pixels == {(0, 0, 0)}  # filled, not blurred
            assert rgb.getpixel((70, 55)) != (0, 0, 0)
        assert b"Phone X" not in copy and b"13800000000" not in copy
        case = store.cases.get(case_id)
        original = case.evidence_by_id(item_id)
        assert original is not None and original.withheld
        assert new.derived_from == original.sha256
        assert store.vault.info(new.sha256 or "").derived_from == original.sha256
        assert case.events[0].evidence == [new.id]
        assert store.vault.verify(original.sha256 or "")  # the original is never modified


def test_a_pdf_bill_is_rendered_and_filled(store, make_case, tmp_path):
    bill = bill_pdf(tmp_path / "bill.pdf", pages=2).read_bytes()
    case_id, item_id = stored_case(store, make_case, "bill.pdf", bill)
    # 交易号 line at y=740 pt from the bottom of an 842 pt page: at 150 dpi its top-left
    # area is about x 125..1100, y 200..225 px. Black out the whole band on page 2 only.
    new = redact_evidence(store, case_id, item_id, [parse_box("2:100,180,1000,60")])
    copy = store.vault.path(new.sha256 or "")
    assert store.vault.info(new.sha256 or "").format == "PDF"
    reader = PdfReader(copy)
    assert len(reader.pages) == 2
    assert [round(float(p.mediabox.width)) for p in reader.pages] == [595, 595]
    text = subprocess.run(["pdftotext", str(copy), "-"], capture_output=True, text=True)
    assert "交易号" not in text.stdout  # no text layer survives: pixels only
    png = subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "2", "-l", "2", "-png", str(copy)],
        capture_output=True,
        check=True,
    ).stdout
    with Image.open(io.BytesIO(png)) as page2:
        band = page2.convert("L").crop((102, 182, 1098, 238))
        assert band.getextrema() == (0, 0)
    page1 = subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(copy)],
        capture_output=True,
        check=True,
    ).stdout
    with Image.open(io.BytesIO(page1)) as first:
        assert first.convert("L").crop((102, 182, 1098, 238)).getextrema() == (0, 255)


def refusal(call, *args) -> str:
    """The English text of the RedactionError that `call(*args)` raises."""
    with pytest.raises(RedactionError) as refused:
        call(*args)
    assert str(refused.value) == render(refused.value.text, "zh_CN")  # Chinese as a str
    return render(refused.value.text, "en")


def test_refusals_name_the_problem(store, make_case):
    case_id, item_id = stored_case(store, make_case, "shot.png", png_with_text())
    with pytest.raises(EvidenceNotFound):
        redact_evidence(store, case_id, "e99", [PageBox(1, (0, 0, 5, 5))])
    outside = [PageBox(1, (500, 500, 600, 600))]
    assert "lies outside page 1" in refusal(redact_evidence, store, case_id, item_id, outside)
    page_two = [PageBox(2, (0, 0, 5, 5))]
    assert "page 2 does not exist" in refusal(redact_evidence, store, case_id, item_id, page_two)
    assert "no box" in refusal(redact_evidence, store, case_id, item_id, [])
    for bad in ("1,2,3", "a,b,c,d", "0,0,0,5", "0:1,1,5,5", "-1,0,5,5"):
        assert re.search(r"X,Y,W,H|1 or more|0 or more", refusal(parse_box, bad))
    assert parse_box("3:10,20,30,40") == PageBox(3, (10, 20, 40, 60))
    assert len(store.cases.get(case_id).evidence) == 1  # nothing was added


def test_a_damaged_vault_file_is_not_redacted(store, make_case):
    case_id, item_id = stored_case(store, make_case, "shot.png", png_with_text())
    sha = store.cases.get(case_id).evidence[0].sha256 or ""
    blob = store.vault.blob_path(sha)
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes()[:-10] + b"0123456789")
    boxes = [PageBox(1, (0, 0, 5, 5))]
    assert "damaged or missing" in refusal(redact_evidence, store, case_id, item_id, boxes)


def test_cli_messages_instead_of_tracebacks(tmp_path, capsys):
    data = tmp_path / "home"
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "redact", "1", "e9", "--box", "0,0,5,5"]) == 1
    assert "案件 1 中没有证据 'e9'" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "redact", "999", "e1", "--box", "0,0,5,5"]) == 1
    assert "999" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "redact", "1", "e1", "--box", "9999,0,5,5"]) == 1
    assert "区域 9999,0,5,5 在第 1 页" in capsys.readouterr().err  # the CLI speaks Chinese
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(data), "redact", "1", "e1", "--box", "5,5"])
    assert usage.value.code == 2
    assert "X,Y,W,H" in capsys.readouterr().err


def test_a_turned_pdf_page_keeps_its_shape_and_the_box_its_place():
    from pypdf import PdfWriter

    from disputekit.store.pdf.pdf_render import render_pages
    from disputekit.store.pdf.redact_pixels import redact_pdf

    writer = PdfWriter()
    writer.add_blank_page(200, 400).rotate(90)  # shown landscape, 400 × 200 pt
    buffer = io.BytesIO()
    writer.write(buffer)
    (shown,) = render_pages(buffer.getvalue())
    (copy,) = render_pages(redact_pdf(buffer.getvalue(), [parse_box("700,10,100,50")]))
    assert shown.size == copy.size == (834, 417)
    assert copy.crop((701, 11, 799, 59)).getextrema() == ((0, 0), (0, 0), (0, 0))
    assert copy.getpixel((100, 300)) == (255, 255, 255)
