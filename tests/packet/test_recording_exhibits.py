"""A screen recording in a packet: the 证据目录 lists it as the original supplied on a storage
medium (另附储存载体), with the key frames the user ticked beneath it as 证据N-1, N-2 …, each
with its time in the recording and its SHA-256; the frames' pages follow; unticked frames and
the recording itself get no page."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from disputekit.app.evidence.intake import add_bytes
from disputekit.app.evidence.recording_frames import keep_recording, set_in_packet, take_frames
from disputekit.app.packets.building import build_stored_packet, packet_cache_dir, vault_paths
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.store import Store
from tests.domain.factories import make_case

pytest.importorskip("av", reason="writing test recordings needs the [video] extra (PyAV)")

from tests.commands.conftest import _png
from tests.video.recordings import four_screens


def _build(tmp_path: Path) -> tuple[Path, dict[str, str], list]:
    data = tmp_path / "data"
    with Store.open(data) as store:
        case_id = store.cases.create(make_case())
        add_bytes(store, case_id, _png((200, 30, 30)), "order.png", EvidenceKind.ORDER_SCREENSHOT)
        rec = keep_recording(store, case_id, four_screens(tmp_path / "充值录屏.mp4")[0])
        taken = take_frames(store, case_id, rec)
        set_in_packet(store, case_id, {taken.frames[2].evidence_id: False})
        case = store.cases.get(case_id)
        out = tmp_path / "packet.pdf"
        result = build_stored_packet(
            case,
            PacketKind.COMPLAINT_12315,
            out,
            file_for=vault_paths(store, case),
            today=date(2026, 10, 8),
            cache_dir=packet_cache_dir(data),
            calendar=store.calendar(),
            draft=True,
        )
        shas = {e.id: e.sha256 or "" for e in case.evidence}
    return out, shas, result.exhibits


def test_the_catalog_lists_the_recording_with_its_chosen_frames(tmp_path: Path) -> None:
    out, shas, exhibits = _build(tmp_path)
    assert [(ex.label, ex.item.id) for ex in exhibits] == [
        ("证据1", "e1"), ("证据2", "e2"), ("证据2-1", "e3"), ("证据2-2", "e4"), ("证据2-3", "e6")
    ]  # fmt: skip
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    catalog = next(i for i, text in enumerate(pages) if "证据目录" in text and "序号" in text)
    text = re.sub(r"\s+", "", "".join(pages[catalog : catalog + 2]))
    assert "另附储存载体" in text and "充值录屏.mp4" in text
    assert "以上事实有证据1至证据2为证" in re.sub(r"\s+", "", "".join(pages[:catalog]))
    assert "第十五条" in text
    for label, at in [("证据2-1", "0:00.0"), ("证据2-2", "0:01.2"), ("证据2-3", "0:04.5")]:
        assert label in text and f"取自证据2录屏第{at}处的画面" in text
    assert "0:02.9" not in text  # the unticked frame is left out
    for evidence_id in ("e2", "e3", "e4", "e6"):
        sha = shas[evidence_id]
        assert "".join(sha[i : i + 16] for i in range(0, 64, 16)) in text
    assert shas["e5"] not in text
    # The frames have exhibit pages (two tall screens a page); the recording has none.
    captions = [t for t in pages if "证据2-1" in t and "SHA-256" in t and "证据目录" not in t]
    assert captions and "录屏第 0:00.0 处" in captions[0]
    assert exhibits[1].pages == [] and all(ex.pages for ex in exhibits[2:])
