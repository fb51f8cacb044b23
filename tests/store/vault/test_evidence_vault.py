"""The evidence vault: stored once by SHA-256, never modified, hostile files refused cleanly."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils
from PIL import Image, ImageDraw, ImageFile
from reportlab.pdfgen import canvas

from disputekit.messages import render
from disputekit.store.db import connect
from disputekit.store.migrations import migrate
from disputekit.store.vault.evidence_vault import EvidenceVault, IntakeReport

T0 = datetime(2026, 11, 20, 10, 15, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    database = connect(tmp_path / "store.sqlite3")
    migrate(database, None)
    return database


@pytest.fixture
def vault(tmp_path: Path, db: sqlite_utils.Database) -> EvidenceVault:
    return EvidenceVault(tmp_path / "vault", db, clock=lambda: T0)


def screenshot(
    size: tuple[int, int] = (540, 1200), mode: str = "RGB", seed: int = 0
) -> Image.Image:
    im = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(im)
    for y in range(0, size[1], 40):
        draw.text((10, y), f"order KM2026112000{seed} line {y}", fill="black")
    draw.rectangle([0, 0, size[0] // 3, 30], fill="#1677ff")
    return im


def encode(im: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **params)
    return out.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def pdf_bytes(pages: int) -> bytes:
    out = io.BytesIO()
    doc = canvas.Canvas(out)
    for n in range(pages):
        doc.drawString(72, 720, f"Bill page {n + 1}")
        doc.showPage()
    doc.save()
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width`×`height`: the bomb check must fire on it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def rows(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT sha256 FROM files ORDER BY sha256")]


def blobs(vault: EvidenceVault) -> list[Path]:
    return sorted(p for p in vault.root.rglob("*") if p.is_file())


# -- storing ----------------------------------------------------------------------------------


def test_png_is_stored_once_read_only_with_its_facts(vault, db, tmp_path):
    data = encode(screenshot(), "PNG")
    src = write(tmp_path, "支付记录.png", data)

    stored = vault.add_file(src, source_note="微信截图")

    sha = hashlib.sha256(data).hexdigest()
    assert (stored.sha256, stored.size, stored.format) == (sha, len(data), "PNG")
    assert (stored.width, stored.height, stored.pages) == (540, 1200, None)
    assert (stored.original_name, stored.source_note, stored.derived_from) == (
        "支付记录.png",
        "微信截图",
        None,
    )
    assert stored.intake_at == T0
    blob = vault.path(sha)
    assert blob == vault.root / sha[:2] / sha[2:4] / sha
    assert blob.read_bytes() == data
    assert not blob.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert vault.info(sha) == stored
    row = db.execute("SELECT intake_at FROM files WHERE sha256 = ?", [sha]).fetchone()
    assert row[0] == "2026-11-20T10:15:00+08:00"
    assert vault.verify(sha)
    assert src.read_bytes() == data  # the original is untouched


def test_duplicate_returns_the_first_record_and_stores_nothing_new(vault, db, tmp_path):
    data = encode(screenshot(), "PNG")
    first = vault.add_file(write(tmp_path, "a.png", data), source_note="first")
    again = vault.add_file(write(tmp_path, "b.png", data), source_note="second")
    pasted = vault.add_bytes(data, "clipboard.png")

    assert again == first == pasted
    assert rows(db) == [first.sha256]
    assert blobs(vault) == [vault.path(first.sha256)]


def test_lost_copy_is_restored_by_adding_the_file_again(vault, tmp_path):
    data = encode(screenshot(), "PNG")
    stored = vault.add_file(write(tmp_path, "a.png", data))
    blob = vault.path(stored.sha256)
    blob.chmod(0o644)
    blob.unlink()
    assert not vault.verify(stored.sha256)

    assert vault.add_file(write(tmp_path, "a.png", data)) == stored
    assert vault.verify(stored.sha256)


def test_redacted_copy_records_its_original(vault):
    original = vault.add_bytes(encode(screenshot(seed=1), "PNG"), "chat.png")
    redacted = vault.add_bytes(
        encode(screenshot(seed=2), "JPEG"), "chat-redacted.jpg", derived_from=original.sha256
    )
    assert redacted.derived_from == original.sha256
    assert vault.info(redacted.sha256).format == "JPEG"


def test_pdf_bill_export_records_pages(vault, tmp_path):
    stored = vault.add_file(write(tmp_path, "alipay-bill.pdf", pdf_bytes(3)))
    assert (stored.format, stored.pages, stored.width, stored.height) == ("PDF", 3, None, None)
    with Image.open(vault.thumbnail(stored.sha256, 200)) as icon:
        assert icon.mode == "RGB"
        assert icon.height == 200 and icon.width < 200


def test_unknown_hash_is_a_key_error(vault):
    with pytest.raises(KeyError):
        vault.info("0" * 64)
    with pytest.raises(KeyError):
        vault.path("0" * 64)
    assert not vault.verify("0" * 64)


def test_verify_catches_an_altered_copy(vault):
    stored = vault.add_bytes(encode(screenshot(), "PNG"), "a.png")
    blob = vault.path(stored.sha256)
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes()[:-1] + b"\x00")
    assert not vault.verify(stored.sha256)


def test_insert_joins_the_callers_transaction(vault, db):
    db.conn.execute("BEGIN")
    stored = vault.add_bytes(encode(screenshot(), "PNG"), "a.png")
    db.conn.rollback()
    assert rows(db) == []
    # The copy on disk is only an orphan now; adding again records it.
    assert vault.add_bytes(encode(screenshot(), "PNG"), "a.png").sha256 == stored.sha256
    assert rows(db) == [stored.sha256]


# -- thumbnails -------------------------------------------------------------------------------


def test_thumbnail_is_made_at_intake_and_cached(vault):
    stored = vault.add_bytes(encode(screenshot((1080, 2400)), "PNG"), "shot.png")
    cached = vault.thumbs_dir / stored.sha256[:2] / f"{stored.sha256}-256.jpg"
    assert cached.is_file()
    assert vault.thumbnail(stored.sha256) == cached
    with Image.open(cached) as thumb:
        assert (thumb.format, thumb.mode, thumb.size) == ("JPEG", "RGB", (115, 256))


def test_thumbnail_of_other_size_is_made_on_demand(vault):
    stored = vault.add_bytes(encode(screenshot((1080, 2400)), "JPEG"), "shot.jpg")
    path = vault.thumbnail(stored.sha256, 100)
    assert path.name == f"{stored.sha256}-100.jpg"
    with Image.open(path) as thumb:
        assert max(thumb.size) == 100


def test_thumbnail_follows_exif_orientation(vault):
    landscape = screenshot((400, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: a viewer rotates it 90° clockwise
    stored = vault.add_bytes(encode(landscape, "JPEG", exif=exif.tobytes()), "photo.jpg")
    assert (stored.width, stored.height) == (200, 400)
    with Image.open(vault.thumbnail(stored.sha256)) as thumb:
        assert thumb.size == (128, 256)


def test_thumbnail_puts_transparency_on_white(vault):
    clear = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    stored = vault.add_bytes(encode(clear, "PNG"), "clear.png")
    with Image.open(vault.thumbnail(stored.sha256)) as thumb:
        assert min(thumb.getpixel((128, 128))) > 245


def test_gif_thumbnail_uses_the_first_frame(vault):
    frames = [Image.new("RGB", (64, 32), colour) for colour in ("red", "blue")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])
    stored = vault.add_bytes(data, "anim.gif")
    assert (stored.format, stored.width, stored.height) == ("GIF", 64, 32)
    with Image.open(vault.thumbnail(stored.sha256)) as thumb:
        r, _, b = thumb.getpixel((10, 10))
        assert r > 200 and b < 60


# -- add_many ---------------------------------------------------------------------------------


def test_add_many_reports_progress_and_keeps_the_good_files(vault, tmp_path):
    paths = [
        write(tmp_path, "ok1.png", encode(screenshot(seed=1), "PNG")),
        write(tmp_path, "empty.png", b""),
        write(tmp_path, "ok2.webp", encode(screenshot(seed=2), "WEBP")),
    ]
    seen: list[tuple[int, int, Path]] = []

    report = vault.add_many(paths, "批量导入", progress=lambda *a: seen.append(a))

    assert seen == [(1, 3, paths[0]), (2, 3, paths[1]), (3, 3, paths[2])]
    assert [s.original_name for s in report.stored] == ["ok1.png", "ok2.webp"]
    assert {s.source_note for s in report.stored} == {"批量导入"}
    assert [(p, e.code) for p, e in report.failed] == [(paths[1], "empty")]
    assert not report.cancelled


def test_add_many_stops_when_cancelled(vault, tmp_path):
    paths = [write(tmp_path, f"{n}.png", encode(screenshot(seed=n), "PNG")) for n in range(5)]
    done: list[int] = []

    report = vault.add_many(
        paths, progress=lambda n, total, p: done.append(n), cancel=lambda: len(done) >= 2
    )

    assert report.cancelled and report.failed == []
    assert done == [1, 2]
    assert [s.original_name for s in report.stored] == ["0.png", "1.png"]
    assert len(blobs(vault)) == 2
    assert len(list(vault.thumbs_dir.rglob("*.jpg"))) == 2  # none left for a dropped file


def test_add_many_cancelled_before_the_first_file(vault, tmp_path):
    path = write(tmp_path, "a.png", encode(screenshot(), "PNG"))
    calls: list[int] = []
    report = vault.add_many([path], progress=lambda *a: calls.append(1), cancel=lambda: True)
    assert report == IntakeReport(stored=[], failed=[], cancelled=True)
    assert calls == [] and blobs(vault) == []


def test_add_many_same_content_twice_in_one_batch(vault, db, tmp_path):
    data = encode(screenshot(), "PNG")
    paths = [write(tmp_path, "a.png", data), write(tmp_path, "a-copy.png", data)]
    first, second = vault.add_many(paths).stored
    assert second == first == vault.info(first.sha256)
    assert first.original_name == "a.png"
    assert rows(db) == [first.sha256]


# -- gc ---------------------------------------------------------------------------------------


def test_gc_keeps_unreferenced_files_of_an_intake_that_may_still_be_running(vault, db):
    fresh = vault.add_bytes(encode(screenshot(seed=3), "PNG"), "fresh.png")
    leftover = vault.blob_path(fresh.sha256).parent / ".incoming-running"
    leftover.write_bytes(b"being written")
    assert vault.gc(set()) == []  # default grace: an hour
    assert rows(db) == [fresh.sha256] and leftover.exists()
    assert vault.gc(set(), grace=timedelta(0)) == [fresh.sha256]
    assert rows(db) == [] and not leftover.exists()


def test_gc_removes_only_unreferenced_files(vault, db):
    keep = vault.add_bytes(encode(screenshot(seed=1), "PNG"), "keep.png")
    drop = vault.add_bytes(encode(screenshot(seed=2), "PNG"), "drop.png")
    leftover = vault.blob_path(keep.sha256).parent / ".incoming-crash"
    leftover.write_bytes(b"half a file")

    assert vault.gc({keep.sha256}, grace=timedelta(0)) == [drop.sha256]

    assert rows(db) == [keep.sha256]
    assert blobs(vault) == [vault.path(keep.sha256)]
    assert vault.verify(keep.sha256)
    assert not list(vault.thumbs_dir.rglob(f"{drop.sha256}-*"))


# -- hostile input ----------------------------------------------------------------------------


def _truncated(fmt: str) -> bytes:
    data = encode(screenshot(seed=9), fmt)
    return data[: len(data) * 2 // 3]


def _corrupt_gif() -> bytes:
    data = encode(screenshot(seed=9).convert("P"), "GIF")
    body = bytearray(data)
    body[800:-1] = b"\xff" * (len(body) - 801)  # keep the header and the trailer
    return bytes(body)


HOSTILE = {
    "zero-byte": ("empty.png", lambda: b"", "empty"),
    "truncated PNG": ("cut.png", lambda: _truncated("PNG"), "truncated"),
    "truncated JPEG": ("cut.jpg", lambda: _truncated("JPEG"), "truncated"),
    "30000x30000": ("bomb.png", lambda: png_header_only(30000, 30000), "too_large"),
    "warning band": ("big.png", lambda: png_header_only(10000, 10000), "too_large"),
    "text named png": ("note.png", lambda: "卖家说已发货\n".encode() * 20, "not_image"),
    "corrupt GIF": ("broken.gif", _corrupt_gif, "unreadable"),
    "text named pdf": ("bill.pdf", lambda: b"Order KM2026 paid 98.50\n" * 10, "not_image"),
    "damaged PDF": (
        "bill.pdf",
        lambda: b"%PDF-1.7\n" + b"garbage " * 50 + b"\n%%EOF\n",
        "unreadable",
    ),
    "truncated PDF": ("bill.pdf", lambda: pdf_bytes(2)[:-200], "truncated"),
    "TIFF": ("scan.tif", lambda: encode(screenshot(), "TIFF"), "unsupported"),
}


@pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_file_is_refused_and_nothing_is_lost(case, vault, db, tmp_path, monkeypatch):
    name, make, code = case
    earlier = vault.add_file(write(tmp_path, "earlier.png", encode(screenshot(seed=1), "PNG")))
    before = blobs(vault)
    bad = write(tmp_path, name, make())
    if code == "too_large":  # the size check must come before any pixel is decoded

        def no_decoding(self: ImageFile.ImageFile) -> None:
            raise AssertionError("decoded a file that should have been refused first")

        monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)

    report = vault.add_many([bad])

    [(path, error)] = report.failed
    assert (path, error.code, error.path) == (bad, code, bad)
    assert name in render(error.text, "en") and name in str(error)
    assert str(error) == str(error.text)  # Chinese, as the command line prints it
    assert report.stored == []
    assert rows(db) == [earlier.sha256]
    assert blobs(vault) == before
    assert vault.verify(earlier.sha256)


def test_messages_say_what_is_wrong(vault, tmp_path):
    def refuse(name: str, data: bytes) -> tuple[str, str]:
        with pytest.raises(ValueError) as caught:
            vault.add_file(write(tmp_path, name, data))
        return render(caught.value.text, "en"), str(caught.value)

    assert refuse("bomb.png", png_header_only(30000, 30000))[0] == (
        "bomb.png is too large to open safely: 900,000,000 pixels is more than the limit of "
        "89,478,485 pixels."
    )
    en, zh = refuse("note.png", b"just a note\n")
    assert en == "note.png is not a picture or a PDF (its content is text)."
    assert zh == "「note.png」不是图片或 PDF 文件（内容是文本）。"
    en, zh = refuse("cut.jpg", _truncated("JPEG"))
    assert en.startswith("cut.jpg is incomplete: the JPEG data ends early")
    assert zh.startswith("「cut.jpg」不完整：JPEG 图像数据提前结束")


def test_heic_without_the_plugin_names_the_fix(vault, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # import now fails as if not installed
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64

    report = vault.add_many([write(tmp_path, "IMG_0001.HEIC", heic)])

    [(_, error)] = report.failed
    assert error.code == "heic_plugin_missing"
    assert "pip install pillow-heif" in render(error.text, "en")
    assert "pip install pillow-heif" in str(error)
    assert rows(vault._db) == []


def test_missing_file_and_folder_are_unreadable(vault, tmp_path):
    report = vault.add_many([tmp_path / "gone.png", tmp_path])
    assert [e.code for _, e in report.failed] == ["unreadable", "unreadable"]
    assert "no such file" in render(report.failed[0][1].text, "en")
    assert "folder" in render(report.failed[1][1].text, "en")


def test_a_file_the_user_may_not_read_is_refused_in_chinese(vault, tmp_path):
    locked = tmp_path / "locked.png"
    locked.write_bytes(encode(screenshot(), "PNG"))
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root (or Windows): chmod does not stop it reading
        locked.chmod(0o600)
        pytest.skip("chmod 000 does not make a file unreadable for this user")
    try:
        report = vault.add_many([locked])
    finally:
        locked.chmod(0o600)
    [(_, error)] = report.failed
    assert error.code == "unreadable"
    assert str(error) == "「locked.png」无法读取：没有权限。"
    assert render(error.text, "en") == "locked.png could not be read: Permission denied."


def test_a_file_the_disk_fails_to_read_is_refused_in_chinese(vault, tmp_path, monkeypatch):
    bad = tmp_path / "bad.png"
    bad.write_bytes(encode(screenshot(), "PNG"))

    def bad_sector(self: Path) -> bytes:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", bad_sector)
    [(_, error)] = vault.add_many([bad]).failed
    assert str(error) == "「bad.png」无法读取：读写磁盘时出错（输入/输出错误）。"
    assert render(error.text, "en") == "bad.png could not be read: Input/output error."


def test_heic_photo_gets_a_thumbnail_when_the_plugin_is_installed(vault):
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    stored = vault.add_bytes(encode(screenshot((400, 800)), "HEIF"), "IMG_0002.HEIC")
    assert (stored.format, stored.width, stored.height) == ("HEIC", 400, 800)
    with Image.open(vault.thumbnail(stored.sha256, 128)) as thumb:
        assert thumb.size == (64, 128)
