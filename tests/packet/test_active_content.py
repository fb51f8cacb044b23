"""PDF bills go into packets without anything active, and encrypted bills are read.

The hostile bill is crafted with pypdf: links running JavaScript, an outside URI, a launch
action, page open/close actions, a document open action, document-level JavaScript, an
embedded file, and a script dictionary tucked into the page's resources.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)

from .conftest import bill_pdf, build, load, sample_folder

ACTIVE = {"/Annots", "/AA", "/OpenAction", "/JS", "/JavaScript", "/URI", "/Launch"}
ACTIVE |= {"/EmbeddedFiles", "/EmbeddedFile", "/A"}


def _action(kind: str, **entries: str) -> DictionaryObject:
    action = DictionaryObject({NameObject("/S"): NameObject(kind)})
    for key, value in entries.items():
        action[NameObject(f"/{key}")] = TextStringObject(value)
    return action


def _link(writer: PdfWriter, action: DictionaryObject) -> IndirectObject:
    annot = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (50, 700, 300, 760)]),
            NameObject("/A"): action,
        }
    )
    return writer._add_object(annot)


def hostile_bill(path: Path) -> Path:
    """A real-looking bill (Chinese text) loaded with every kind of active content."""
    clean = bill_pdf(path.with_name("clean.pdf"), pages=1)
    writer = PdfWriter(clone_from=PdfReader(clean))
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject(
        [
            _link(writer, _action("/JavaScript", JS="app.alert('pwned')")),
            _link(writer, _action("/URI", URI="https://evil.example/steal")),
            _link(writer, _action("/Launch", F="calc.exe")),
        ]
    )
    page[NameObject("/AA")] = DictionaryObject(
        {NameObject("/O"): _action("/JavaScript", JS="app.launchURL('https://evil.example')")}
    )
    resources = page["/Resources"]
    resources[NameObject("/Sneaky")] = _action("/JavaScript", JS="this.exportDataObject()")
    scripts = DictionaryObject(
        {
            NameObject("/Names"): ArrayObject(
                [TextStringObject("open"), _action("/JavaScript", JS="app.alert('doc')")]
            )
        }
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(scripts)}
    )
    writer._root_object[NameObject("/OpenAction")] = _action("/JavaScript", JS="app.alert(2)")
    writer.add_attachment("payload.exe", b"MZ not really")
    with path.open("wb") as f:
        writer.write(f)
    return path


def all_objects(pdf: Path) -> list[DictionaryObject]:
    """Every dictionary in the file: each numbered object and everything nested in it."""
    reader = PdfReader(pdf)
    numbers = {num for gens in reader.xref.values() for num in gens} | set(reader.xref_objStm)
    found: list[DictionaryObject] = []
    todo = [reader.get_object(num) for num in sorted(numbers)]
    while todo:
        obj = todo.pop()
        if isinstance(obj, DictionaryObject):
            found.append(obj)
            todo.extend(v for v in obj.values() if not isinstance(v, IndirectObject))
        elif isinstance(obj, ArrayObject):
            todo.extend(v for v in obj if not isinstance(v, IndirectObject))
    return found


def active_keys(pdf: Path) -> set[str]:
    keys: set[str] = set()
    for obj in all_objects(pdf):
        keys |= {key for key in obj if key in ACTIVE}
        if obj.get("/S") in ("/JavaScript", "/URI", "/Launch"):
            keys.add(str(obj["/S"]))
    return keys


def bill_case(tmp_path: Path, bill: Path) -> Path:
    folder = sample_folder(tmp_path / "case", screenshots=1, with_jpeg=False, with_bill=True)
    (folder / "evidence" / "bill.pdf").write_bytes(bill.read_bytes())
    return folder


def test_the_hostile_bill_really_is_hostile(tmp_path):
    bill = hostile_bill(tmp_path / "hostile.pdf")
    assert {"/Annots", "/AA", "/OpenAction", "/JS", "/URI", "/Launch"} <= active_keys(bill)
    assert (
        "payload.exe"
        in subprocess.run(
            ["pdfdetach", "-list", str(bill)], capture_output=True, text=True, check=True
        ).stdout
    )


def test_a_packet_with_a_hostile_bill_carries_nothing_active(tmp_path):
    folder = bill_case(tmp_path, hostile_bill(tmp_path / "hostile.pdf"))
    out = tmp_path / "packet.pdf"
    build(load(folder), folder, out)
    # The packet's only embedded files are its own manifest, case JSON and picture list
    # (plain text the packet verifies against); nothing the bill carried survives.
    assert active_keys(out) <= {"/EmbeddedFiles", "/EmbeddedFile"}
    raw = out.read_bytes()
    assert b"evil.example" not in raw and b"app.alert" not in raw and b"calc.exe" not in raw
    detach = subprocess.run(
        ["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True
    )
    assert detach.stdout.split() == [
        "3", "embedded", "files",
        "1:", "case.json", "2:", "manifest-sha256.txt", "3:", "pictures-sha256.txt",
    ]  # fmt: skip
    # What the bill draws is still there, as text.
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "交易号 2026112022001412345678901234" in text


def encrypted(path: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(bill_pdf(path.with_name("plain.pdf"), pages=2)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    with path.open("wb") as f:
        writer.write(f)
    return path


def test_an_owner_password_aes_bill_goes_into_the_packet(tmp_path):
    bill = encrypted(tmp_path / "aes.pdf", user_password="")
    assert PdfReader(bill).is_encrypted
    folder = bill_case(tmp_path, bill)
    out = tmp_path / "packet.pdf"
    result = build(load(folder), folder, out)
    bill_exhibit = next(ex for ex in result.exhibits if ex.is_pdf)
    assert len(bill_exhibit.pdf_pages) == 2
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "支付宝交易明细 第1页" in text and "支付宝交易明细 第2页" in text
