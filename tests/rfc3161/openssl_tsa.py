"""A throw-away RFC 3161 time-stamping authority for tests, answered by `openssl ts -reply`.

A generated root CA signs a TSA certificate (`extendedKeyUsage = critical, timeStamping`);
`openssl ts -reply` answers a request, its certificate set holding the CA as well as the TSA
(`chain=True`). A token from the past (`past_reply`) is signed here with `cryptography`,
since OpenSSL stamps only the present: it shows a token made while the TSA certificate was
valid, checked after that certificate expired.
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_CONFIG = """\
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {folder}
serial = {folder}/serial
crypto_device = builtin
signer_cert = {folder}/tsa.pem
certs = {folder}/{certs}
signer_key = {folder}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test"),
        ]
    )


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass
class OpenSslTsa:
    """A TSA in `folder`: `ca.pem` its root, `tsa.pem` its signing certificate."""

    folder: Path
    name: str
    not_before: datetime
    not_after: datetime

    @property
    def ca(self) -> Path:
        return self.folder / "ca.pem"

    @property
    def tsa_cert(self) -> Path:
        return self.folder / "tsa.pem"

    @classmethod
    def make(
        cls,
        folder: Path,
        *,
        name: str = "DisputeKit Test TSA",
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        chain: bool = True,
    ) -> OpenSslTsa:
        """A new CA and TSA certificate, valid from `not_before` to `not_after` (by default
        from yesterday for a year); `chain` puts the CA into each reply's certificate set."""
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        start = not_before or now - timedelta(days=1)
        end = not_after or now + timedelta(days=365)
        ca_key, tsa_key = _key(), _key()
        ca_name = _name(f"{name} Root CA")
        ca = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(1)
            .not_valid_before(datetime(2000, 1, 1, tzinfo=UTC))
            .not_valid_after(datetime(2099, 12, 31, tzinfo=UTC))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        tsa = (
            x509.CertificateBuilder()
            .subject_name(_name(name))
            .issuer_name(ca_name)
            .public_key(tsa_key.public_key())
            .serial_number(2)
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                critical=True,
            )
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                critical=False,
            )
            .sign(ca_key, hashes.SHA256())
        )
        (folder / "ca.pem").write_bytes(_pem(ca))
        (folder / "tsa.pem").write_bytes(_pem(tsa))
        (folder / "chain.pem").write_bytes(_pem(tsa) + _pem(ca))
        (folder / "tsa.key").write_bytes(
            tsa_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        certs = "chain.pem" if chain else "tsa.pem"
        (folder / "openssl.cnf").write_text(_CONFIG.format(folder=folder, certs=certs))
        (folder / "serial").write_text("01\n")
        return cls(folder, name, start, end)

    def reply(self, request: bytes) -> bytes:
        """The DER TimeStampResp `openssl ts -reply` gives to the DER TimeStampReq."""
        (self.folder / "req.tsq").write_bytes(request)
        done = subprocess.run(
            ["openssl", "ts", "-reply", "-config", str(self.folder / "openssl.cnf"),
             "-queryfile", "req.tsq", "-out", "reply.tsr"],
            cwd=self.folder, capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode(errors="replace"))
        return (self.folder / "reply.tsr").read_bytes()

    def past_reply(self, request: bytes, gen_time: datetime) -> bytes:
        """A granted reply to `request` stamped at `gen_time`, signed like OpenSSL signs."""
        req = tsp.TimeStampReq.load(request)
        info = tsp.TSTInfo(
            {
                "version": 1,
                "policy": "1.2.3.4.1",
                "message_imprint": req["message_imprint"],
                "serial_number": 7,
                "gen_time": gen_time,
                "nonce": req["nonce"].native,
                "tsa": ax509.GeneralName(
                    name="directory_name",
                    value=ax509.Name.load(x509.load_pem_x509_certificate(
                        self.tsa_cert.read_bytes()).subject.public_bytes()),
                ),
            }
        )  # fmt: skip
        content = info.dump()
        cert = ax509.Certificate.load(
            x509.load_pem_x509_certificate(self.tsa_cert.read_bytes()).public_bytes(
                serialization.Encoding.DER
            )
        )
        attrs = cms.CMSAttributes(
            [
                {"type": "content_type", "values": ["tst_info"]},
                {"type": "signing_time", "values": [cms.Time({"utc_time": gen_time})]},
                {"type": "message_digest", "values": [hashlib.sha256(content).digest()]},
                {
                    "type": "signing_certificate_v2",
                    "values": [{"certs": [{"cert_hash": hashlib.sha256(cert.dump()).digest()}]}],
                },
            ]
        )
        key = serialization.load_pem_private_key((self.folder / "tsa.key").read_bytes(), None)
        assert isinstance(key, rsa.RSAPrivateKey)
        signature = key.sign(attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    name="issuer_and_serial_number",
                    value={"issuer": cert.issuer, "serial_number": cert.serial_number},
                ),
                "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "signed_attrs": attrs,
                "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}),
                "signature": signature,
            }
        )
        signed = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
                "encap_content_info": {
                    "content_type": "tst_info",
                    "content": core.ParsableOctetString(content),
                },
                "certificates": [cert],
                "signer_infos": [signer],
            }
        )
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed})
        return tsp.TimeStampResp(
            {"status": {"status": "granted"}, "time_stamp_token": token}
        ).dump()

    @staticmethod
    def rejection() -> bytes:
        """A reply refusing a request (status rejection), as a TSA answers a bad query."""
        status = tsp.PKIStatusInfo(
            {"status": "rejection", "status_string": ["unsupported algorithm"]}
        ).dump()
        return core.Sequence.load(b"\x30" + bytes([len(status)]) + status).dump()


def openssl_verify(
    data: Path, reply: Path, ca: Path, *, attime: datetime | None = None
) -> subprocess.CompletedProcess[str]:
    """`openssl ts -verify -data DATA -in REPLY -CAfile CA` (at `attime` if given), run as a
    reader of a bundle would."""
    args = ["openssl", "ts", "-verify", "-data", str(data), "-in", str(reply), "-CAfile", str(ca)]
    if attime is not None:
        args += ["-attime", str(int(attime.timestamp()))]
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
