"""The TimeStampResp (RFC 3161 §2.4.2) read and checked against the request it answers.

A reply is taken only when the TSA granted it, its token is signed by the TSA certificate it
carries (valid at the token's time), and its imprint and nonce are the request's: a reply to
another request, an altered reply or a rejection is refused with the reason. The caller keeps
the reply's bytes as received, whatever a parser would make of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as ax509
from cryptography import x509

from disputekit.messages import Msg, msg
from disputekit.rfc3161.signature import SignatureProblem, check_signature, token_certificates

GRANTED = ("granted", "granted_with_mods")


class _Reply(core.Sequence):
    """TimeStampResp as RFC 3161 §2.4.2 has it: a refusal carries no token."""

    _fields = [  # noqa: RUF012 (asn1crypto reads the class attribute)
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


class StampRefused(ValueError):
    """A request or reply that cannot be used: `reason` says why, as a message."""

    def __init__(self, reason: Msg) -> None:
        self.reason = reason
        self.text = reason  # how a window words an error (ui.shared.i18n.error_text)
        super().__init__(str(reason))


@dataclass(frozen=True)
class Stamp:
    """What a checked token says: when (`gen_time`, UTC), who (`tsa`: the TSA's name), over
    what (`imprint`, hex SHA-256), for which request (`nonce`), and the signer's certificate
    with every certificate the token carries."""

    gen_time: datetime
    tsa: str
    imprint: str
    nonce: int | None
    serial: int
    policy: str
    signer: x509.Certificate
    certificates: list[x509.Certificate] = field(default_factory=list)


def _name_text(name: ax509.Name) -> str:
    parts = name.native
    values = [str(parts[k]) for k in ("common_name", "organization_name") if k in parts]
    return ", ".join(values) or name.human_friendly


def _tsa_name(info: tsp.TSTInfo, signer: x509.Certificate) -> str:
    general = info["tsa"]
    if general.native is not None and general.name == "directory_name":
        return _name_text(general.chosen)
    if general.native is not None:
        return str(general.native)
    return _name_text(ax509.Name.load(signer.subject.public_bytes()))


def read_reply(reply: bytes) -> Stamp:
    """The checked stamp of a reply (or a bare token); StampRefused with the reason."""
    try:
        token = _token_of(reply)
        signed = token["content"]
        if token["content_type"].native != "signed_data":
            raise StampRefused(msg("stamp.not_token"))
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise StampRefused(msg("stamp.not_token"))
        content = encap["content"].contents
        info = tsp.TSTInfo.load(content)
        gen_time = info["gen_time"].native
        imprint = info["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        digest = imprint["hashed_message"].native
        nonce = info["nonce"].native
        serial = info["serial_number"].native
        policy = info["policy"].dotted
    except StampRefused:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise StampRefused(msg("stamp.unreadable", reason=str(exc)[:200])) from None
    if algorithm != "sha256":
        raise StampRefused(msg("stamp.not_sha256", name=str(algorithm)))
    try:
        signer = check_signature(signed, content, gen_time)
    except SignatureProblem as problem:
        raise StampRefused(problem.reason) from None
    return Stamp(
        gen_time, _tsa_name(info, signer), digest.hex(), nonce, serial, policy, signer,
        token_certificates(signed),
    )  # fmt: skip


def _token_of(data: bytes) -> cms.ContentInfo:
    """The token of a TimeStampResp (refused unless granted), or `data` itself as a token."""
    try:
        resp = _Reply.load(data)
        status = resp["status"]["status"].native
    except (ValueError, TypeError, KeyError):
        return cms.ContentInfo.load(data)
    if status not in GRANTED:
        said = resp["status"]["status_string"].native or []
        raise StampRefused(msg("stamp.not_granted", status=status, text="; ".join(said) or "—"))
    token = resp["time_stamp_token"]
    if token.native is None:
        raise StampRefused(msg("stamp.not_token"))
    return token


def as_reply(data: bytes) -> bytes:
    """`data` itself when it is a TimeStampResp; a bare token (what some tools save) wrapped
    as a granted reply around its bytes unchanged, so `openssl ts -verify -in` reads it."""
    try:
        _Reply.load(data)["status"]["status"].native  # noqa: B018 (parsing is the check)
        return data
    except (ValueError, TypeError, KeyError):
        status = tsp.PKIStatusInfo({"status": "granted"}).dump()
        body = status + data
        return _der_sequence(body)


def _der_sequence(body: bytes) -> bytes:
    size = len(body)
    if size < 0x80:
        return b"\x30" + bytes([size]) + body
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return b"\x30" + bytes([0x80 | len(length)]) + length + body


def check_reply(reply: bytes, imprint: str, nonce: int) -> Stamp:
    """The stamp of `reply` if it answers the request of `imprint` and `nonce`."""
    stamp = read_reply(reply)
    if stamp.imprint != imprint.lower():
        raise StampRefused(msg("stamp.other_imprint", got=stamp.imprint, want=imprint.lower()))
    if stamp.nonce != nonce:
        raise StampRefused(msg("stamp.other_nonce", got=str(stamp.nonce), want=str(nonce)))
    return stamp
