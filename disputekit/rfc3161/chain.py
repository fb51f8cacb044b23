"""The TSA's certificate chain up to a root the user trusts (`--tsa-ca FILE`), judged at the
token's own time. Without such a root the chain is not checked, and nobody says it is
trusted: a token's own certificates prove only that its signer signed it."""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature

from disputekit.messages import Msg, msg
from disputekit.rfc3161.reply import Stamp

MAX_DEPTH = 8


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """The certificates of a PEM file (one or several) or of one DER certificate."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def _valid_at(cert: x509.Certificate, at: datetime) -> bool:
    return cert.not_valid_before_utc <= at <= cert.not_valid_after_utc


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def check_chain(stamp: Stamp, roots: list[x509.Certificate]) -> Msg | None:
    """None when the stamp's signer chains to one of `roots` through the token's own
    certificates, every link valid at the stamp's time; else why not."""
    at = stamp.gen_time
    current = stamp.signer
    for _ in range(MAX_DEPTH):
        if current in roots:
            return None
        for root in roots:
            if _issued_by(current, root):
                if not _valid_at(root, at):
                    return msg("stamp.chain_root_not_valid", name=root.subject.rfc4514_string())
                return None
        issuer = next(
            (
                c
                for c in stamp.certificates
                if c != current and _is_ca(c) and _issued_by(current, c) and _valid_at(c, at)
            ),
            None,
        )
        if issuer is None:
            return msg("stamp.chain_untrusted", name=current.issuer.rfc4514_string())
        current = issuer
    return msg("stamp.chain_untrusted", name=current.issuer.rfc4514_string())
