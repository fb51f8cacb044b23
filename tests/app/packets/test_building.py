"""Packets of stored cases: the output path, the exhibits chosen, the cache folder, the build."""

from __future__ import annotations

import io
import stat
import subprocess
from datetime import date
from pathlib import Path

from PIL import Image

from disputekit.app.evidence.intake import add_bytes
from disputekit.app.packets.building import (
    build_stored_packet,
    packet_cache_dir,
    packet_path,
    vault_paths,
    with_exhibits,
)
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, PacketKind
from disputekit.store import Store
from tests.domain.factories import at, make_case


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


def test_the_packet_lives_in_the_data_folder_by_case_and_kind(tmp_path: Path) -> None:
    assert packet_path(tmp_path, 7, PacketKind.COMPLAINT_12315, "KM2026112000123") == (
        tmp_path / "packets" / "case-7" / "12315投诉材料-KM2026112000123.pdf"
    )
    # No order number yet, or one with characters a file name cannot hold.
    assert packet_path(tmp_path, 7, PacketKind.APPEAL).name == "平台申诉材料.pdf"
    assert packet_path(tmp_path, 7, PacketKind.CIVIL_COMPLAINT, "a/b:c").name == (
        "民事起诉状-abc.pdf"
    )
    assert packet_cache_dir(tmp_path) == tmp_path / "cache" / "packet-images"


def test_only_the_chosen_exhibits_in_the_chosen_order_and_events_follow() -> None:
    case = make_case(
        evidence=["order_screenshot", "payment_record", "chat_log"],
        events=[Event("", at(2026, 9, 29), EventKind.CS_CONTACTED, evidence=["e1", "e2"])],
    )
    chosen = with_exhibits(case, ["e3", "e1"])
    assert [e.id for e in chosen.evidence] == ["e3", "e1"]
    assert chosen.events[0].evidence == ["e1"]
    assert [e.id for e in case.evidence] == ["e1", "e2", "e3"]  # the case itself is untouched


def test_a_stored_case_builds_with_its_vault_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        case_id = store.cases.create(
            make_case(events=[Event("", at(2026, 9, 29), EventKind.CS_CONTACTED)])
        )
        add_bytes(store, case_id, _png("red"), "order.png", EvidenceKind.ORDER_SCREENSHOT)
        case = store.cases.get(case_id)
        files = vault_paths(store, case)
        assert list(files) == ["e1"] and files["e1"].is_file()
        out = packet_path(store.data_dir, case_id, PacketKind.APPEAL)
        result = build_stored_packet(
            case,
            PacketKind.APPEAL,
            out,
            file_for=files,
            today=date(2026, 10, 8),
            cache_dir=packet_cache_dir(data),
            calendar=store.calendar(),
        )
    assert result.path == out and out.is_file() and len(result.exhibits) == 1
    assert stat.S_IMODE(packet_cache_dir(data).stat().st_mode) == 0o700
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "KM2026092900123" in text


def test_an_item_chosen_for_this_packet_goes_in_though_left_out_before() -> None:
    case = make_case(evidence=["order_screenshot", "payment_record"])
    case.evidence[1].in_packet = False
    chosen = with_exhibits(case, ["e2"])
    assert [(e.id, e.in_packet) for e in chosen.evidence] == [("e2", True)]
    assert case.evidence[1].in_packet is False  # the case keeps the user's default
