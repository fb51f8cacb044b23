"""A packet generated in the 材料 tab attaches the case's trusted timestamp."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from disputekit.app.stamps.timestamps import attach_reply, request_timestamp
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.attachments import read_attachments
from disputekit.ui.packet.packet_tab import PacketBuilderTab
from tests.rfc3161.openssl_tsa import OpenSslTsa
from tests.ui.packet.test_packet_tab import full_case


def test_generated_packet_carries_the_stamp(services, session, qtbot, tmp_path: Path) -> None:
    store = services.store
    case_id = store.cases.create(full_case(store))
    tsa = OpenSslTsa.make(tmp_path / "tsa")
    reply = tsa.reply(request_timestamp(store, case_id).der)
    attach_reply(store, case_id, reply)
    session.select(case_id)
    tab = PacketBuilderTab(services, session)
    qtbot.addWidget(tab)
    tab.set_kind(PacketKind.COMPLAINT_12315)
    tab.generate()
    assert tab.result is not None, tab.status.text()
    files = read_attachments(tab.result.path)
    assert files["timestamp-1.tsr"] == reply
    text = "".join(p.extract_text() for p in PdfReader(tab.result.path).pages).replace("\n", "")
    assert "六、可信时间戳。" in text and "DisputeKit Test TSA, Test" in text
