"""A stamped case's packet: the PDF attaches the token and the manifest it stamps (which
`openssl ts -verify` accepts once detached), the integrity page states the time, the TSA and
the imprint and how to re-check them, and names the exhibits added after the stamp."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from disputekit.app.case_loading import load_case
from disputekit.app.evidence.intake import add_bytes
from disputekit.app.packets.building import build_loaded_packet
from disputekit.app.stamps.timestamps import attach_reply, request_timestamp
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, PacketKind
from disputekit.store import Store
from disputekit.timeutil import precise_datetime
from tests.domain.factories import at, make_case
from tests.rfc3161.openssl_tsa import OpenSslTsa, openssl_verify


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    return out.getvalue()


def _text(pdf: Path) -> str:
    # Lines break anywhere in Chinese text: compare without them.
    return "".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\n", "")


def test_packet_attaches_the_token_and_speaks_of_it(tmp_path: Path) -> None:
    tsa = OpenSslTsa.make(tmp_path / "tsa")
    data = tmp_path / "data"
    with Store.open(data) as store:
        case_id = store.cases.create(
            make_case(events=[Event("", at(2026, 9, 29), EventKind.CS_CONTACTED)])
        )
        add_bytes(store, case_id, _png("red"), "order.png", EvidenceKind.ORDER_SCREENSHOT)
        add_bytes(store, case_id, _png("blue"), "pay.png", EvidenceKind.PAYMENT_RECORD)
        asked = request_timestamp(store, case_id)
        reply = tsa.reply(asked.der)
        stamp = attach_reply(store, case_id, reply).stamp
    out = tmp_path / "packet.pdf"
    build_loaded_packet(
        load_case(str(case_id), data), PacketKind.COMPLAINT_12315, out,
        today=date(2026, 10, 8), draft=True,
    )  # fmt: skip
    files = {name: data[0] for name, data in PdfReader(out).attachments.items()}
    assert files["timestamp-1.tsr"] == reply
    assert files["timestamp-1-manifest-sha256.txt"] == files["manifest-sha256.txt"]
    (tmp_path / "m.txt").write_bytes(files["timestamp-1-manifest-sha256.txt"])
    (tmp_path / "t.tsr").write_bytes(files["timestamp-1.tsr"])
    assert openssl_verify(tmp_path / "m.txt", tmp_path / "t.tsr", tsa.ca).returncode == 0
    text = _text(out)
    assert "六、可信时间戳。" in text
    assert (
        f"时间 {precise_datetime(stamp.gen_time)}（北京时间），时间戳服务 DisputeKit Test TSA, Test"
        in text
    )
    assert asked.record.imprint in text
    assert "openssl ts -verify -data timestamp-1-manifest-sha256.txt -in timestamp-1.tsr" in text
    assert "本材料的全部证据均在最近一次时间戳所盖的清单中" in text
    assert "本材料未使用可信时间戳" not in text

    # Evidence added after the stamp is named as not covered.
    with Store.open(data) as store:
        add_bytes(store, case_id, _png("green"), "later.png", EvidenceKind.CHAT_LOG)
    build_loaded_packet(
        load_case(str(case_id), data), PacketKind.COMPLAINT_12315, out,
        today=date(2026, 10, 8), draft=True,
    )  # fmt: skip
    text = _text(out)
    assert "下列证据不在最近一次时间戳所盖的清单中" in text
    assert "证据3（" in text.split("下列证据不在最近一次时间戳所盖的清单中")[1][:200]
    assert "证据1（" not in text.split("下列证据不在最近一次时间戳所盖的清单中")[1][:200]


def test_an_unstamped_packet_says_it_has_no_timestamp(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        case_id = store.cases.create(make_case())
        add_bytes(store, case_id, _png("red"), "order.png", EvidenceKind.ORDER_SCREENSHOT)
    out = tmp_path / "packet.pdf"
    build_loaded_packet(
        load_case(str(case_id), data), PacketKind.COMPLAINT_12315, out,
        today=date(2026, 10, 8), draft=True,
    )  # fmt: skip
    assert "本材料未使用可信时间戳或区块链存证" in _text(out)
    assert not [n for n in PdfReader(out).attachments if n.startswith("timestamp")]
