"""A stored case's trusted timestamp: request over its evidence manifest, reply from a
throw-away OpenSSL TSA attached, foreign, altered and refused replies turned away with
nothing stored, a later request keeping the earlier manifest, and sending over HTTP to a
TSA on 127.0.0.1."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import timedelta
from pathlib import Path

import bagit
import pytest
from asn1crypto import tsp

from disputekit.app.bundles import export_bundle
from disputekit.app.cases import add_demo_cases
from disputekit.app.stamps.stamp_report import bundle_stamps
from disputekit.app.stamps.timestamp_send import send_request
from disputekit.app.stamps.timestamps import (
    StampRefused,
    attach_reply,
    request_timestamp,
    stamp_files,
)
from disputekit.domain.case.document.case_json import dumps_case
from disputekit.packet.manifest import evidence_manifest
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from tests.rfc3161.local_tsa_server import local_tsa
from tests.rfc3161.openssl_tsa import OpenSslTsa


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> OpenSslTsa:
    return OpenSslTsa.make(Path(tmp_path_factory.mktemp("tsa")))


@pytest.fixture
def case_id(store: Store) -> int:
    return add_demo_cases(store)[0]


def _stored_state(store: Store, case_id: int) -> tuple[str, list[str]]:
    folder = store.data_dir / "timestamps"
    names = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    return dumps_case(store.cases.get(case_id)), names


def test_request_stamps_the_packet_manifest_and_is_remembered(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "req.tsq"
    done = request_timestamp(store, case_id, out)
    case = store.cases.get(case_id)
    manifest = evidence_manifest(case.evidence)
    assert done.files == len(case.evidence) == 3
    assert done.record.imprint == hashlib.sha256(manifest.encode()).hexdigest()
    assert case.timestamps == [done.record]
    assert out.read_bytes() == done.der
    req = tsp.TimeStampReq.load(out.read_bytes())
    assert req["message_imprint"]["hashed_message"].native.hex() == done.record.imprint
    assert str(req["nonce"].native) == done.record.nonce and req["cert_req"].native is True
    files = stamp_files(store)
    assert files.read(done.record.manifest_file) == manifest.encode()
    assert hashlib.sha256(files.read(done.record.request_file)).hexdigest() == (
        done.record.request_sha256
    )


def test_reply_is_checked_and_kept_raw(store: Store, case_id: int, tsa: OpenSslTsa) -> None:
    done = request_timestamp(store, case_id)
    reply = tsa.reply(done.der)
    attached = attach_reply(store, case_id, reply)
    (record,) = store.cases.get(case_id).timestamps
    assert record.token == f"timestamps/{done.record.request_sha256}.tsr"
    assert record.tsa == "DisputeKit Test TSA, Test"
    assert record.gen_time == attached.stamp.gen_time
    assert record.gen_time is not None and record.gen_time.utcoffset() == timedelta(hours=8)
    assert stamp_files(store).read(record.token) == reply
    with pytest.raises(StampRefused) as again:
        attach_reply(store, case_id, reply)
    assert again.value.reason.code == "stamp.already_attached"


def test_foreign_altered_and_rejected_replies_store_nothing(
    store: Store, case_id: int, tsa: OpenSslTsa
) -> None:
    other_case = case_id + 1
    foreign = tsa.reply(request_timestamp(store, other_case).der)
    request_timestamp(store, case_id)
    before = _stored_state(store, case_id)
    with pytest.raises(StampRefused) as refused:
        attach_reply(store, case_id, foreign)
    assert refused.value.reason.code == "stamp.other_imprint"
    mine = bytearray(
        tsa.reply(stamp_files(store).read(store.cases.get(case_id).timestamps[0].request_file))
    )
    mine[-3] ^= 0xFF
    with pytest.raises(StampRefused) as refused:
        attach_reply(store, case_id, bytes(mine))
    assert refused.value.reason.code == "stamp.bad_signature"
    with pytest.raises(StampRefused) as refused:
        attach_reply(store, case_id, OpenSslTsa.rejection())
    assert refused.value.reason.code == "stamp.not_granted"
    assert _stored_state(store, case_id) == before


def test_a_later_request_keeps_the_earlier_manifest(
    store: Store, case_id: int, tsa: OpenSslTsa, tmp_path: Path
) -> None:
    first = request_timestamp(store, case_id)
    attach_reply(store, case_id, tsa.reply(first.der))
    store.cases.remove_evidence(case_id, store.cases.get(case_id).evidence[-1].id)
    second = request_timestamp(store, case_id)
    assert second.record.imprint != first.record.imprint
    attach_reply(store, case_id, tsa.reply(second.der))
    records = store.cases.get(case_id).timestamps
    assert [r.imprint for r in records] == [first.record.imprint, second.record.imprint]
    files = stamp_files(store)
    for record in records:
        manifest = files.read(record.manifest_file)
        assert hashlib.sha256(manifest).hexdigest() == record.imprint
    assert files.read(records[0].manifest_file).count(b"\n") == 3
    assert files.read(records[1].manifest_file).count(b"\n") == 2
    # A bundle carries both, each token with the manifest it covers; bagit still validates.
    bundle = export_bundle(store, case_id, tmp_path / "case.zip")
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(tmp_path / "bag")
    bagit.Bag(str(tmp_path / "bag")).validate()
    for record in records:
        assert (tmp_path / "bag" / record.manifest_file).read_bytes() == files.read(
            record.manifest_file
        )
        assert (tmp_path / "bag" / record.token).read_bytes() == files.read(record.token)
    report = bundle_stamps(bundle)
    assert report.problems == [] and len(report.stamps) == 2
    assert [n.code for n in report.notes].count("stamp.report") == 2
    assert "stamp.not_covered" not in [n.code for n in report.notes]  # the latest covers all


def test_a_case_without_evidence_or_request_is_refused(store: Store, case_id: int) -> None:
    case = store.cases.get(case_id)
    case.evidence = []
    case.events = []
    store.cases.save(case_id, case)
    with pytest.raises(StampRefused) as refused:
        request_timestamp(store, case_id)
    assert refused.value.reason.code == "stamp.no_evidence"
    with pytest.raises(StampRefused) as refused:
        attach_reply(store, case_id, b"0")
    assert refused.value.reason.code == "stamp.no_request"


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)


def test_send_posts_the_request_to_the_named_tsa_and_attaches(
    store: Store, case_id: int, tsa: OpenSslTsa, no_proxy: None
) -> None:
    done = request_timestamp(store, case_id)
    with local_tsa(tsa.reply) as (url, posted):
        attached = send_request(store, case_id, url)
    assert posted.requests == [("application/timestamp-query", done.der)]
    assert attached.record.gen_time is not None
    assert attached.record.gen_time.tzinfo is not None
    assert attached.record.gen_time.astimezone(SHANGHAI).utcoffset() == timedelta(hours=8)
    assert store.cases.get(case_id).timestamps[0].token


def test_send_reports_a_failing_server_and_stores_nothing(
    store: Store, case_id: int, no_proxy: None
) -> None:
    request_timestamp(store, case_id)
    before = _stored_state(store, case_id)
    with (
        local_tsa(lambda body: b"busy", status=503) as (url, _posted),
        pytest.raises(StampRefused) as refused,
    ):
        send_request(store, case_id, url)
    assert "HTTP 503" in str(refused.value.reason)
    with (
        local_tsa(lambda body: b"<html>not a reply</html>") as (url, _posted),
        pytest.raises(StampRefused) as refused,
    ):
        send_request(store, case_id, url)
    assert refused.value.reason.code == "stamp.unreadable"
    with pytest.raises(StampRefused) as refused:
        send_request(store, case_id, "ftp://127.0.0.1/x")
    assert refused.value.reason.code == "stamp.bad_url"
    assert _stored_state(store, case_id) == before
