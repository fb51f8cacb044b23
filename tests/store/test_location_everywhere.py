"""GPS positions hide in more than a JPEG's EXIF: in XMP only (JPEG, PNG), in a HEIC photo's
EXIF, in the photos a PDF scan or bill embeds and in its XMP. The export warns about each and
`--strip-location` ships a copy without it; a packet never carries one. Every output is parsed
back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject

from disputekit.app.evidence.intake import add_bytes
from disputekit.cli import main
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store import Store
from disputekit.store.vault.location import GPS_IFD, has_location, without_location
from tests.domain.factories import make_case

XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="30,15.5N" '
    'exif:GPSLongitude="120,10.2E"/></rdf:RDF></x:xmpmeta>'
)


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[GPS_IFD] = {1: "N", 2: (30.0, 15.0, 30.0), 3: "E", 4: (120.0, 10.0, 12.0)}
    return exif


def photo() -> Image.Image:
    return Image.new("RGB", (64, 48), (30, 140, 60))


def jpeg_with_gps() -> bytes:
    out = io.BytesIO()
    photo().save(out, "JPEG", exif=gps_exif().tobytes(), quality=90)
    return out.getvalue()


def jpeg_xmp_only() -> bytes:
    out = io.BytesIO()
    photo().save(out, "JPEG", xmp=XMP.encode(), quality=90)
    return out.getvalue()


def png_xmp_only() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP, zip=True)  # compressed: no plain-text "GPS"
    out = io.BytesIO()
    photo().save(out, "PNG", pnginfo=info)
    return out.getvalue()


def heic_with_gps() -> bytes:
    out = io.BytesIO()
    pillow_heif.from_pillow(photo()).save(out, quality=90, exif=gps_exif().tobytes())
    return out.getvalue()


def pdf_scan(tmp: Path, *, xmp: bool = False) -> bytes:
    """A one-page scan whose photo is embedded as is (reportlab copies a JPEG file whole,
    EXIF and all), optionally with XMP document metadata naming a position."""
    from reportlab.pdfgen.canvas import Canvas

    jpeg = tmp / "photo.jpg"
    jpeg.write_bytes(jpeg_with_gps() if not xmp else jpeg_xmp_only())
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(300, 300))
    canvas.drawImage(str(jpeg), 20, 20, width=200, height=150)
    canvas.showPage()
    canvas.save()
    if not xmp:
        return out.getvalue()
    writer = PdfWriter(clone_from=io.BytesIO(out.getvalue()))
    meta = StreamObject()
    meta.set_data(XMP.encode())
    meta[NameObject("/Type")] = NameObject("/Metadata")
    meta[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(meta)
    done = io.BytesIO()
    writer.write(done)
    return done.getvalue()


def pdf_photos(data: bytes) -> list[bytes]:
    return [
        bytes(img.get_object().get_data())  # ASCII85 undone; a JPEG is handed over as is
        for page in PdfReader(io.BytesIO(data)).pages
        for img in page["/Resources"].get("/XObject", {}).values()
        if img.get_object().get("/Subtype") == "/Image"
    ]


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGB").tobytes()


@pytest.mark.parametrize(
    "make", [jpeg_xmp_only, png_xmp_only, heic_with_gps], ids=["jpeg xmp", "png xmp", "heic"]
)
def test_a_picture_loses_its_position_and_keeps_its_pixels(make) -> None:
    pillow_heif.register_heif_opener()
    data = make()
    assert has_location(data)
    stripped = without_location(data)
    assert not has_location(stripped)
    with Image.open(io.BytesIO(stripped)) as im:
        assert not im.getexif().get_ifd(GPS_IFD)
        assert "GPS" not in str(im.info.get("xmp") or im.info.get("XML:com.adobe.xmp") or "")
    if make is not jpeg_xmp_only:
        assert Image.open(io.BytesIO(stripped)).format == Image.open(io.BytesIO(data)).format
    if make is not heic_with_gps:  # HEIC is encoded again (losslessly)
        assert pixels(stripped) == pixels(data)


@pytest.mark.parametrize("xmp", [False, True], ids=["photo exif", "photo and document xmp"])
def test_a_pdf_loses_the_position_of_its_photos(tmp_path: Path, xmp: bool) -> None:
    data = pdf_scan(tmp_path, xmp=xmp)
    assert has_location(data)
    stripped = without_location(data)
    assert not has_location(stripped)
    reader = PdfReader(io.BytesIO(stripped))
    assert "/Metadata" not in reader.trailer["/Root"]
    (before,), (after,) = pdf_photos(data), pdf_photos(stripped)
    assert not has_location(after) and b"GPS" not in after
    assert pixels(after) == pixels(before)


def test_export_warns_and_strips_a_pdf_scan_and_a_heic(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    with Store.open(home) as store:
        case_id = store.cases.create(make_case())
        add_bytes(store, case_id, pdf_scan(tmp_path), "scan.pdf", EvidenceKind.PAYMENT_RECORD)
        add_bytes(store, case_id, heic_with_gps(), "IMG_1.HEIC", EvidenceKind.CHAT_LOG)
        add_bytes(store, case_id, png_xmp_only(), "shot.png", EvidenceKind.CHAT_LOG)
    base = ["--data-dir", str(home), "export", str(case_id), "--out"]
    assert main([*base, str(tmp_path / "kept.zip")]) == 0
    warned = capsys.readouterr().err
    for name in ("scan.pdf", "IMG_1.HEIC", "shot.png"):
        assert name in warned and "带有 GPS 位置" in warned
    assert main([*base, str(tmp_path / "clean.zip"), "--strip-location"]) == 0
    assert capsys.readouterr().err == ""
    with zipfile.ZipFile(tmp_path / "clean.zip") as zf:
        files = [n for n in zf.namelist() if n.startswith("data/evidence/")]
        assert len(files) == 3
        for name in files:
            assert not has_location(zf.read(name)), name


def test_a_packet_carries_no_position_from_a_pdf_exhibit(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    with Store.open(home) as store:
        case_id = store.cases.create(make_case())
        add_bytes(store, case_id, pdf_scan(tmp_path), "scan.pdf", EvidenceKind.PAYMENT_RECORD)
    out = tmp_path / "p.pdf"
    args = ["--data-dir", str(home), "packet", str(case_id), "--kind", "appeal", "--draft"]
    assert main([*args, "--out", str(out)]) == 0
    photos = pdf_photos(out.read_bytes())
    assert photos  # the scan's photo is in the packet, without its position
    assert not any(has_location(data) for data in photos)
