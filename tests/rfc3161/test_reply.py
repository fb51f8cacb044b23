"""Requests and replies read and checked against each other, with replies made by OpenSSL."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import tsp

from disputekit.messages import render
from disputekit.rfc3161 import (
    StampRefused,
    as_reply,
    check_chain,
    check_reply,
    make_request,
    read_reply,
    read_request,
)
from disputekit.rfc3161.chain import load_certificates
from tests.rfc3161.openssl_tsa import OpenSslTsa, openssl_verify

IMPRINT = hashlib.sha256(b"e3b0  evidence/a.png\n").hexdigest()


def test_request_is_sha256_with_nonce_and_cert_req() -> None:
    req = make_request(IMPRINT)
    parsed = tsp.TimeStampReq.load(req.der)
    assert parsed["message_imprint"]["hash_algorithm"]["algorithm"].native == "sha256"
    assert parsed["message_imprint"]["hashed_message"].native.hex() == IMPRINT
    assert parsed["cert_req"].native is True
    assert parsed["nonce"].native == req.nonce and req.nonce.bit_length() == 63
    assert make_request(IMPRINT).nonce != req.nonce
    again = read_request(req.der)
    assert (again.imprint, again.nonce, again.sha256) == (IMPRINT, req.nonce, req.sha256)


def test_openssl_reply_with_ca_in_its_certificates_is_accepted(tsa: OpenSslTsa) -> None:
    req = make_request(IMPRINT)
    reply = tsa.reply(req.der)
    stamp = check_reply(reply, IMPRINT, req.nonce)
    assert len(stamp.certificates) >= 2  # the CA travels with the TSA certificate
    assert stamp.tsa == "DisputeKit Test TSA, Test"
    assert stamp.imprint == IMPRINT and stamp.nonce == req.nonce
    assert abs((datetime.now(UTC) - stamp.gen_time).total_seconds()) < 600
    assert check_chain(stamp, load_certificates(tsa.ca.read_bytes())) is None


def test_chain_to_another_root_is_refused(tsa: OpenSslTsa, tmp_path: Path) -> None:
    other = OpenSslTsa.make(tmp_path / "other", name="Other TSA")
    req = make_request(IMPRINT)
    stamp = read_reply(tsa.reply(req.der))
    problem = check_chain(stamp, load_certificates(other.ca.read_bytes()))
    assert problem is not None and "DisputeKit Test TSA Root CA" in str(problem)


def test_reply_to_another_request_is_refused(tsa: OpenSslTsa) -> None:
    mine, theirs = make_request(IMPRINT), make_request(IMPRINT)
    with pytest.raises(StampRefused) as refused:
        check_reply(tsa.reply(theirs.der), IMPRINT, mine.nonce)
    assert refused.value.reason.code == "stamp.other_nonce"
    other = make_request(hashlib.sha256(b"other").hexdigest())
    with pytest.raises(StampRefused) as refused:
        check_reply(tsa.reply(other.der), IMPRINT, other.nonce)
    assert refused.value.reason.code == "stamp.other_imprint"
    assert "another evidence manifest" in render(refused.value.reason, "en")


def test_altered_reply_is_refused(tsa: OpenSslTsa) -> None:
    req = make_request(IMPRINT)
    reply = bytearray(tsa.reply(req.der))
    at = reply.find(bytes.fromhex(IMPRINT))
    reply[at] ^= 0x01  # the imprint inside the signed TSTInfo
    with pytest.raises(StampRefused) as refused:
        check_reply(bytes(reply), IMPRINT, req.nonce)
    assert refused.value.reason.code == "stamp.content_altered"
    reply = bytearray(tsa.reply(req.der))
    reply[-5] ^= 0x01  # inside the signature value
    with pytest.raises(StampRefused) as refused:
        check_reply(bytes(reply), IMPRINT, req.nonce)
    assert refused.value.reason.code == "stamp.bad_signature"


def test_rejection_is_refused_with_the_tsa_reason() -> None:
    with pytest.raises(StampRefused) as refused:
        read_reply(OpenSslTsa.rejection())
    assert refused.value.reason.code == "stamp.not_granted"
    assert "unsupported algorithm" in str(refused.value.reason)


def test_expired_since_tsa_certificate_still_verifies(tmp_path: Path) -> None:
    old = OpenSslTsa.make(
        tmp_path / "old",
        not_before=datetime(2020, 1, 1, tzinfo=UTC),
        not_after=datetime(2021, 1, 1, tzinfo=UTC),
    )
    req = make_request(IMPRINT)
    stamp = check_reply(
        old.past_reply(req.der, datetime(2020, 6, 1, tzinfo=UTC)), IMPRINT, req.nonce
    )
    assert stamp.gen_time == datetime(2020, 6, 1, tzinfo=UTC)
    assert check_chain(stamp, load_certificates(old.ca.read_bytes())) is None
    # The same certificate stamping today, after it expired, is refused.
    with pytest.raises(StampRefused) as refused:
        check_reply(old.reply(req.der), IMPRINT, req.nonce)
    assert refused.value.reason.code == "stamp.cert_not_valid_then"


def test_garbage_is_refused_not_raised() -> None:
    with pytest.raises(StampRefused) as refused:
        read_reply(b"not a reply at all")
    assert refused.value.reason.code == "stamp.unreadable"


def test_a_bare_token_is_kept_as_a_reply_openssl_reads(tsa: OpenSslTsa, tmp_path: Path) -> None:
    data = tmp_path / "manifest.txt"
    data.write_bytes(b"0" * 64 + b"  evidence/a.png\n")
    req = make_request(hashlib.sha256(data.read_bytes()).hexdigest())
    reply = tsa.reply(req.der)
    token = tsp.TimeStampResp.load(reply)["time_stamp_token"].dump()
    assert token in reply
    wrapped = as_reply(token)
    assert token in wrapped and as_reply(reply) == reply
    assert check_reply(token, req.imprint, req.nonce).serial == read_reply(wrapped).serial
    (tmp_path / "t.tsr").write_bytes(wrapped)
    assert openssl_verify(data, tmp_path / "t.tsr", tsa.ca).returncode == 0
