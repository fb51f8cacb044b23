"""Bulk packets: the same kind built for each case into one folder under the single save's
names; a case the pre-check blocks is skipped with its reasons; a cancel leaves whole PDFs."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from disputekit.app.bulk.packets import build_packets
from disputekit.app.evidence.intake import add_bytes
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, PacketKind
from disputekit.messages import render
from disputekit.store import Store
from tests.domain.factories import at, make_case

TODAY = date(2026, 10, 8)


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


def _case(store: Store, order_no: str, **parties: dict[str, str]) -> int:
    case = make_case(events=[Event("", at(2026, 9, 29), EventKind.CS_CONTACTED)], **parties)
    case.order.order_no = order_no
    case_id = store.cases.create(case)
    add_bytes(store, case_id, _png("red"), "order.png", EvidenceKind.ORDER_SCREENSHOT)
    return case_id


def test_each_case_gets_its_packet_and_a_blocked_one_is_skipped_with_why(
    store: Store, tmp_path: Path
) -> None:
    ids = [
        _case(store, "KM-A1"),
        _case(store, "KM-B2", complainant={"phone": ""}),  # a buyer without a phone
        _case(store, "KM-C3", respondent={"platform": "某某卡盟", "company": "", "address": ""}),
    ]
    out = tmp_path / "out"
    out.mkdir()
    result = build_packets(store, ids, PacketKind.COMPLAINT_12315, out, today=TODAY)
    statuses = {r.case_id: r.status for r in result.results}
    assert statuses[ids[0]] == "done"
    first = result.results[0].path
    assert first == out / "12315投诉材料-KM-A1.pdf"
    text = "".join(page.extract_text() for page in PdfReader(first).pages)
    assert "KM-A1" in text
    for case_id in ids[1:]:
        (skipped,) = [r for r in result.results if r.case_id == case_id]
        assert skipped.status == "skipped" and skipped.path is None
        assert render(skipped.reason, "zh_CN").startswith("预检未通过：")
    phone = render(result.results[1].reason, "zh_CN")
    assert "电话" in phone
    assert sorted(p.name for p in out.iterdir()) == ["12315投诉材料-KM-A1.pdf"]
    assert result.folder == out


def test_cancel_leaves_the_first_packets_whole_and_writes_no_more(
    store: Store, tmp_path: Path
) -> None:
    ids = [_case(store, f"KM-{n}") for n in range(3)]
    out = tmp_path / "out"
    out.mkdir()

    def cancelled() -> bool:  # the user clicks 取消 once the first packet is there
        return any(out.glob("*.pdf"))

    result = build_packets(store, ids, PacketKind.APPEAL, out, today=TODAY, cancelled=cancelled)
    assert [(r.case_id, r.status) for r in result.results] == [(ids[0], "done")]
    assert result.not_reached == ids[1:]
    assert [p.name for p in out.iterdir()] == ["平台申诉材料-KM-0.pdf"]
    assert len(PdfReader(out / "平台申诉材料-KM-0.pdf").pages) >= 1


def test_a_cancel_during_a_build_leaves_no_part_of_it(store: Store, tmp_path: Path) -> None:
    ids = [_case(store, f"KM-{n}") for n in range(2)]
    out = tmp_path / "out"
    out.mkdir()

    def cancelled() -> bool:  # 取消 while the first PDF is being written
        return any(out.iterdir())

    result = build_packets(store, ids, PacketKind.APPEAL, out, today=TODAY, cancelled=cancelled)
    assert result.results == [] and result.not_reached == ids and result.folder is None
    assert list(out.iterdir()) == []


def test_drafts_are_built_for_cases_a_final_packet_would_skip(
    store: Store, tmp_path: Path
) -> None:
    ids = [_case(store, "KM-A1"), _case(store, "KM-B2", complainant={"phone": ""})]
    out = tmp_path / "out"
    out.mkdir()
    result = build_packets(store, ids, PacketKind.COMPLAINT_12315, out, today=TODAY, draft=True)
    assert [(r.case_id, r.status) for r in result.results] == [(i, "done") for i in ids]
    for name in ("12315投诉材料-KM-A1.pdf", "12315投诉材料-KM-B2.pdf"):
        first_page = PdfReader(out / name).pages[0].extract_text()
        assert "草稿" in first_page and "不可提交" in first_page
