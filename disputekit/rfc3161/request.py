"""The TimeStampReq (RFC 3161 §2.4.1): a SHA-256 imprint, a random 64-bit nonce, certReq true
(the reply then carries the TSA's certificate, so the token can be checked on its own)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from asn1crypto import tsp

from disputekit.messages import msg
from disputekit.rfc3161.reply import StampRefused


@dataclass(frozen=True)
class TimestampRequest:
    """A request as sent: its DER bytes, the imprint (hex SHA-256) and the nonce."""

    der: bytes
    imprint: str
    nonce: int

    @property
    def sha256(self) -> str:
        """The SHA-256 of the request's bytes, which names it."""
        return hashlib.sha256(self.der).hexdigest()


def make_request(imprint: str, nonce: int | None = None) -> TimestampRequest:
    """A request for a token over the SHA-256 `imprint` (64 hex digits)."""
    digest = bytes.fromhex(imprint)
    if len(digest) != 32:
        raise ValueError("a SHA-256 imprint is 32 bytes")
    # Positive and 64 bits wide, as OpenSSL makes them; never 0.
    nonce = nonce if nonce is not None else secrets.randbits(63) | 1 << 62
    req = tsp.TimeStampReq(
        {
            "version": 1,
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha256"},
                "hashed_message": digest,
            },
            "nonce": nonce,
            "cert_req": True,
        }
    )
    return TimestampRequest(req.dump(), imprint.lower(), nonce)


def read_request(der: bytes) -> TimestampRequest:
    """A stored or given request read back; StampRefused if it is not a SHA-256 request."""
    try:
        req = tsp.TimeStampReq.load(der)
        imprint = req["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        digest = imprint["hashed_message"].native
        nonce = req["nonce"].native
    except (ValueError, TypeError, KeyError) as exc:
        raise StampRefused(msg("stamp.bad_request", reason=str(exc))) from None
    if algorithm != "sha256" or len(digest) != 32 or nonce is None:
        raise StampRefused(msg("stamp.bad_request", reason=f"{algorithm}, nonce {nonce}"))
    return TimestampRequest(der, digest.hex(), int(nonce))
