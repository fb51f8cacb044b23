"""The CMS signature of a time-stamp token (RFC 5652 §5.4, RFC 3161 §2.4.2): the signed
attributes name the TSTInfo and its digest, and the signer's certificate (found in the token
by issuer and serial number or key identifier) signed them. The certificate must be a TSA's
(extended key usage timeStamping) and valid at the token's own time, not today's: a TSA
certificate that has expired since stays good for what it stamped while valid."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID

from disputekit.messages import Msg, msg

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
    "sha224": hashes.SHA224,
    "sha1": hashes.SHA1,
}


class SignatureProblem(ValueError):
    """Why the token's signature does not hold, as a message."""

    def __init__(self, reason: Msg) -> None:
        self.reason = reason
        super().__init__(str(reason))


def token_certificates(signed: cms.SignedData) -> list[x509.Certificate]:
    """The X.509 certificates the token carries (the TSA's, often its CA's too)."""
    found = []
    for choice in signed["certificates"] or []:
        if choice.name == "certificate":
            found.append(x509.load_der_x509_certificate(choice.chosen.dump()))
    return found


def _attribute(signer: cms.SignerInfo, name: str) -> Any:  # an asn1crypto value, or None
    for attr in signer["signed_attrs"]:
        if attr["type"].native == name:
            return attr["values"][0]
    return None


def _signer_certificate(signer: cms.SignerInfo, certs: list[x509.Certificate]) -> x509.Certificate:
    sid = signer["sid"]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.serial_number == wanted["serial_number"].native
                and cert.issuer.public_bytes() == wanted["issuer"].dump()
            ):
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
            except x509.ExtensionNotFound:
                continue
            if ski.value.digest == sid.chosen.native:
                return cert
    raise SignatureProblem(msg("stamp.no_signer_cert"))


def _check_cert_binding(signer: cms.SignerInfo, cert: x509.Certificate) -> None:
    """The ESS signing-certificate attribute, when present, must name this certificate."""
    der = cert.public_bytes(Encoding.DER)
    v2 = _attribute(signer, "signing_certificate_v2")
    v1 = _attribute(signer, "signing_certificate")
    ids = []
    if v2 is not None:
        for cid in v2["certs"]:
            algo = cid["hash_algorithm"]["algorithm"].native
            ids.append((algo, cid["cert_hash"].native))
    elif v1 is not None:
        ids = [("sha1", cid["cert_hash"].native) for cid in v1["certs"]]
    if ids:
        algo, digest = ids[0]  # the first names the signer (RFC 5035 §5.4.1.1)
        if hashlib.new(algo, der).digest() != digest:
            raise SignatureProblem(msg("stamp.signer_cert_mismatch"))


def _verify(cert: x509.Certificate, signer: cms.SignerInfo, data: bytes, digest: str) -> None:
    key = cert.public_key()
    algo = _HASHES[digest]()
    signature = signer["signature"].native
    kind = signer["signature_algorithm"].signature_algo
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if kind == "rsassa_pss":
                params = signer["signature_algorithm"]["parameters"]
                salt = params["salt_length"].native
                mgf_hash = _HASHES[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]
                pad: padding.AsymmetricPadding = padding.PSS(padding.MGF1(mgf_hash()), salt)
                key.verify(
                    signature, data, pad, _HASHES[params["hash_algorithm"]["algorithm"].native]()
                )
            else:
                key.verify(signature, data, padding.PKCS1v15(), algo)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(algo))
        else:
            raise SignatureProblem(msg("stamp.unsupported_key", kind=type(key).__name__))
    except InvalidSignature:
        raise SignatureProblem(msg("stamp.bad_signature")) from None


def check_signature(signed: cms.SignedData, content: bytes, at: datetime) -> x509.Certificate:
    """The certificate that signed `content` (the TSTInfo DER) in `signed`, checked: digest,
    signature, ESS binding, timeStamping use and validity at `at`. SignatureProblem if not."""
    signers = signed["signer_infos"]
    if len(signers) != 1:
        raise SignatureProblem(msg("stamp.signer_count", count=len(signers)))
    signer = signers[0]
    digest = signer["digest_algorithm"]["algorithm"].native
    if digest not in _HASHES:
        raise SignatureProblem(msg("stamp.unsupported_digest", name=digest))
    if not signer["signed_attrs"]:
        raise SignatureProblem(msg("stamp.no_signed_attrs"))
    if _attribute(signer, "content_type").native != "tst_info":
        raise SignatureProblem(msg("stamp.not_tst_info"))
    stated = _attribute(signer, "message_digest")
    if stated is None or stated.native != hashlib.new(digest, content).digest():
        raise SignatureProblem(msg("stamp.content_altered"))
    cert = _signer_certificate(signer, token_certificates(signed))
    _check_cert_binding(signer, cert)
    # The signed attributes are signed as a SET OF (RFC 5652 §5.4), not as the [0] they are
    # stored under.
    _verify(cert, signer, signer["signed_attrs"].untag().dump(), digest)
    _check_tsa_use(cert)
    if not (cert.not_valid_before_utc <= at <= cert.not_valid_after_utc):
        raise SignatureProblem(
            msg(
                "stamp.cert_not_valid_then",
                start=cert.not_valid_before_utc.isoformat(),
                end=cert.not_valid_after_utc.isoformat(),
            )
        )
    return cert


def _check_tsa_use(cert: x509.Certificate) -> None:
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        raise SignatureProblem(msg("stamp.not_tsa_cert")) from None
    if ExtendedKeyUsageOID.TIME_STAMPING not in eku.value:
        raise SignatureProblem(msg("stamp.not_tsa_cert"))
