"""The small parts a case's records hold: a minor's guardian, a company's legal
representative, how a file came from a phone, a trusted timestamp, and where a confirmed value
was read. Declared like the rest of the model (`model.py`), which holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from disputekit.domain.case.document.case_codec import ID_NUMBER, OMIT_DEFAULT, SHA256, rule
from disputekit.domain.case.vocabulary import GuardianRelation

LAN_UPLOAD = "lan_upload"


@dataclass
class Guardian:
    """The 法定代理人 of a buyer under 18 (民法典第二十三条), who files and sues for them."""

    name: str = field(default="", metadata=rule(limit=200))
    phone: str = field(default="", metadata=rule(limit=40))
    id_number: str = field(
        default="", metadata={**rule(limit=40, form=ID_NUMBER), OMIT_DEFAULT: True}
    )
    relation: GuardianRelation = GuardianRelation.PARENT
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class LegalRep:
    """A company's 法定代表人 (民诉法第一百二十四条): name and post, where known."""

    name: str = field(default="", metadata=rule(limit=200))
    title: str = field(default="", metadata=rule(limit=200))
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Received:
    """How a file reached the computer when it did not come from a local file: sent from a
    phone's browser over the local network (`via` `LAN_UPLOAD`). The bytes received are the
    bytes hashed: a phone may have converted the file on sending (an iPhone photo picked from
    the photo library arrives as JPEG without its metadata), so `original_name` and
    `last_modified` are what the phone's browser said, not a property of the stored file."""

    via: str = field(default="", metadata=rule(limit=40))
    at: datetime | None = None
    client: str = field(default="", metadata=rule(limit=100))
    user_agent: str = field(default="", metadata=rule(limit=500))
    original_name: str = field(default="", metadata=rule(limit=500))
    last_modified: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Timestamp:
    """An RFC 3161 time-stamp request over the case's evidence manifest, and once a TSA
    answered, its token. The request, the manifest it stamps (named by `imprint`, its
    SHA-256) and the reply are kept as files beside the case; `token` names the reply's file
    (in a bundle, a tag file) and is empty while the request awaits its reply."""

    request_sha256: str = field(metadata=rule(required=True, limit=64, form=SHA256))
    imprint: str = field(metadata=rule(required=True, limit=64, form=SHA256))
    nonce: str = field(metadata=rule(required=True, limit=40))  # decimal: wider than JSON's
    tsa: str = field(default="", metadata=rule(limit=500))  # the TSA's name, from the token
    gen_time: datetime | None = None
    token: str = field(default="", metadata=rule(limit=200))
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def manifest_file(self) -> str:
        """The stamped manifest's file name (a tag file in a bundle)."""
        return f"timestamps/manifest-{self.imprint}.txt"

    @property
    def request_file(self) -> str:
        """The request's file name."""
        return f"timestamps/{self.request_sha256}.tsq"


@dataclass(frozen=True)
class FieldSource:
    """One confirmed value: which evidence item, which box (x, y, w, h in pixels), how read."""

    evidence: str
    box: tuple[int, int, int, int]
    method: str = "ocr"
    value: str = ""
