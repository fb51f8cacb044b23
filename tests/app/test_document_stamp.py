"""A PAdES document timestamp on a packet (the optional pyHanko): made with pyHanko's dummy
timestamper signing as the throw-away TSA, validated by pyHanko against the TSA's root; the
attachments and pages before it stay; and through `packet --tsa` over HTTP to 127.0.0.1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from asn1crypto import keys, pem
from asn1crypto import x509 as ax509
from PIL import Image
from pypdf import PdfReader

from disputekit.app.case_loading import load_case
from disputekit.app.evidence.intake import add_bytes
from disputekit.app.packets.building import build_loaded_packet
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.packet.document_stamp import add_document_timestamp, pades_available
from disputekit.store import Store
from tests.domain.factories import make_case
from tests.rfc3161.local_tsa_server import local_tsa
from tests.rfc3161.openssl_tsa import OpenSslTsa

pytest.importorskip("pyhanko")
assert pades_available()  # loads pyHanko with its one deprecation warning silenced


def _der(path: Path) -> bytes:
    return pem.unarmor(path.read_bytes())[2]


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, "PNG")
    return out.getvalue()


def _packet(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    with Store.open(data) as store:
        case_id = store.cases.create(make_case())
        add_bytes(store, case_id, _png(), "order.png", EvidenceKind.ORDER_SCREENSHOT)
    out = tmp_path / "packet.pdf"
    build_loaded_packet(
        load_case(str(case_id), data), PacketKind.COMPLAINT_12315, out,
        today=date(2026, 10, 8), draft=True,
    )  # fmt: skip
    return data, out


def _validate(pdf: Path, tsa: OpenSslTsa) -> object:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    with pdf.open("rb") as f:
        reader = PdfFileReader(f)
        (sig,) = reader.embedded_timestamp_signatures
        root = ax509.Certificate.load(_der(tsa.ca))
        return validate_pdf_timestamp(sig, validation_context=ValidationContext(trust_roots=[root]))


def test_dummy_timestamper_document_timestamp_validates(tmp_path: Path) -> None:
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    tsa = OpenSslTsa.make(tmp_path / "tsa")
    _data, pdf = _packet(tmp_path)
    before = pdf.read_bytes()
    attachments = set(PdfReader(pdf).attachments)
    stamper = DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(_der(tsa.tsa_cert)),
        tsa_key=keys.PrivateKeyInfo.load(_der(tsa.folder / "tsa.key")),
    )
    add_document_timestamp(pdf, stamper)
    after = pdf.read_bytes()
    assert after.startswith(before)  # an incremental update: nothing before it changed
    assert set(PdfReader(pdf).attachments) == attachments
    status = _validate(pdf, tsa)
    assert status.valid and status.intact and status.trusted  # type: ignore[attr-defined]


def test_packet_command_asks_the_named_tsa(tmp_path: Path) -> None:
    tsa = OpenSslTsa.make(tmp_path / "tsa")
    data, _pdf = _packet(tmp_path)
    out = tmp_path / "stamped.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}
    }
    with local_tsa(tsa.reply) as (url, posted):
        done = subprocess.run(
            [sys.executable, "-m", "disputekit", "--data-dir", str(data), "packet", "1",
             "--kind", "complaint_12315", "--out", str(out), "--draft", "--tsa", url,
             "--today", "2026-10-08"],
            capture_output=True, text=True, encoding="utf-8", timeout=300, env=env,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"已为 {out} 加盖 PDF 文档时间戳（时间戳服务 {url}）" in done.stdout
    assert len(posted.requests) == 1 and posted.requests[0][0] == "application/timestamp-query"
    status = _validate(out, tsa)
    assert status.valid and status.intact and status.trusted  # type: ignore[attr-defined]
    refused = subprocess.run(
        [sys.executable, "-m", "disputekit", "--data-dir", str(data), "packet", "1",
         "--kind", "complaint_12315", "--out", str(out), "--draft", "--tsa", "nowhere"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env=env,
    )  # fmt: skip
    assert refused.returncode == 1 and "nowhere 不是已知的时间戳服务名称" in refused.stderr


def test_without_pyhanko_the_reason_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disputekit.app.stamps.timestamp_send import StampRefused, stamp_packet_pdf

    monkeypatch.setitem(sys.modules, "pyhanko.sign.signers", None)  # as if not installed
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(StampRefused) as refused:
        stamp_packet_pdf(pdf, "http://127.0.0.1:9/tsr")
    assert refused.value.reason.code == "stamp.pades_unavailable"
    assert pdf.read_bytes() == b"%PDF-1.4\n"


def test_while_the_tsa_is_asked_the_temporary_file_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process killed while it waits for the TSA leaves a `.part` the next start removes."""
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    from disputekit.files import pending_temps

    monkeypatch.setattr(pending_temps, "registry", lambda: tmp_path / "records")
    tsa = OpenSslTsa.make(tmp_path / "tsa")
    _data, pdf = _packet(tmp_path)
    seen: list[tuple[list[str], list[str]]] = []

    class Watching(DummyTimeStamper):
        async def async_timestamp(self, *args: object, **kwargs: object) -> object:
            parts = sorted(str(p) for p in pdf.parent.glob(f".{pdf.name}.*.part"))
            records = (tmp_path / "records").glob("*.pending")
            seen.append((parts, sorted(r.read_text(encoding="utf-8") for r in records)))
            return await super().async_timestamp(*args, **kwargs)  # type: ignore[arg-type]

    stamper = Watching(
        tsa_cert=ax509.Certificate.load(_der(tsa.tsa_cert)),
        tsa_key=keys.PrivateKeyInfo.load(_der(tsa.folder / "tsa.key")),
    )
    add_document_timestamp(pdf, stamper)
    ((parts, records),) = seen
    assert len(parts) == 1 and parts == records
    assert list(pdf.parent.glob(f".{pdf.name}.*")) == []  # and gone once done
    assert list((tmp_path / "records").glob("*.pending")) == []
