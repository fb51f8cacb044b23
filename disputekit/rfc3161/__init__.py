"""RFC 3161 trusted timestamps: the request over a SHA-256 imprint, the reply checked against
it (status, imprint, nonce, the signature by the certificate the token carries, at the
token's own time) and the TSA's certificate chain checked against a root the user trusts.

Built on `asn1crypto` (the ASN.1 structures; it reads replies whose certificate set holds the
CA beside the TSA) and `cryptography` (signatures, certificates). No networking here.
"""

from disputekit.rfc3161.chain import check_chain
from disputekit.rfc3161.reply import Stamp, StampRefused, as_reply, check_reply, read_reply
from disputekit.rfc3161.request import TimestampRequest, make_request, read_request

__all__ = [
    "Stamp",
    "StampRefused",
    "TimestampRequest",
    "as_reply",
    "check_chain",
    "check_reply",
    "make_request",
    "read_reply",
    "read_request",
]
