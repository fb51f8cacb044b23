"""Attaching evidence: one save per batch, the same file twice is one exhibit, a refused file
does not stop the others."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from disputekit.app.evidence.intake import add_bytes, add_files, recorded_metadata
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store import Store
from tests.domain.factories import make_case


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG")
    return out.getvalue()


def test_a_batch_is_attached_in_one_save_and_duplicates_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = store.cases.create(make_case())
    files = []
    for name, colour in (("a.png", "red"), ("b.png", "blue"), ("a-again.png", "red")):
        (tmp_path / name).write_bytes(_png(colour))
        files.append(tmp_path / name)
    (tmp_path / "notes.txt").write_text("not evidence", encoding="utf-8")
    files.append(tmp_path / "notes.txt")
    saves: list[int] = []
    real_save = store.cases.save
    monkeypatch.setattr(
        store.cases, "save", lambda cid, case: (saves.append(cid), real_save(cid, case))
    )
    done = add_files(store, case_id, files, EvidenceKind.ORDER_SCREENSHOT, "订单页")
    assert saves == [case_id]
    assert [path.name for path, _ in done.failed] == ["notes.txt"]
    evidence = store.cases.get(case_id).evidence
    assert [(e.id, e.original_name, e.kind, e.source) for e in evidence] == [
        ("e1", "a.png", EvidenceKind.ORDER_SCREENSHOT, "订单页"),
        ("e2", "b.png", EvidenceKind.ORDER_SCREENSHOT, "订单页"),
    ]
    assert done.added == ["e1", "e2"] and not done.cancelled
    # Again: everything is already there, so nothing is added and nothing is saved.
    again = add_files(store, case_id, files[:3], EvidenceKind.OTHER)
    assert again.added == [] and saves == [case_id]


def test_a_pasted_image_is_attached_and_refused_bytes_are_named(store: Store) -> None:
    case_id = store.cases.create(make_case())
    done = add_bytes(store, case_id, _png("green"), "clipboard.png", EvidenceKind.CHAT_LOG, "粘贴")
    assert done.added == ["e1"]
    item = store.cases.get(case_id).evidence[0]
    assert (item.original_name, item.kind, item.source) == (
        "clipboard.png",
        EvidenceKind.CHAT_LOG,
        "粘贴",
    )
    bad = add_bytes(store, case_id, b"not an image", "broken.png", EvidenceKind.OTHER)
    assert bad.added == [] and [p.name for p, _ in bad.failed] == ["broken.png"]
    assert len(store.cases.get(case_id).evidence) == 1


def test_what_a_photo_records_itself_is_read_from_the_vault(store: Store) -> None:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Xiaomi", "Xiaomi 13"
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 10:15:00"
    photo = io.BytesIO()
    Image.new("RGB", (60, 120), "white").save(photo, "JPEG", exif=exif)
    case_id = store.cases.create(make_case())
    add_bytes(store, case_id, photo.getvalue(), "p.jpg", EvidenceKind.OTHER)
    sha = store.cases.get(case_id).evidence[0].sha256 or ""
    assert recorded_metadata(store, sha) == "Xiaomi 13 · 2026年11月20日 10:15（设备时间）"
    plain = store.vault.add_bytes(_png("blue"), "plain.png")
    assert recorded_metadata(store, plain.sha256) == ""
    with pytest.raises(KeyError):
        recorded_metadata(store, "0" * 64)
