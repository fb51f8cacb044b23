"""The case model: plain dataclasses, no I/O.

The one list of a case's fields: the JSON key of each field is its name, its type says how
it is written and read (`case_codec`), and `rule(...)` says what the contract asks beyond the
type (required, longest text). Every object keeps the JSON keys it does not know in `extra`,
so a case written by a newer version (or hand-edited by a volunteer) survives a round trip
through this one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from disputekit.domain.case.document.case_codec import (
    CODE,
    DERIVED_FROM,
    ID_NUMBER,
    OMIT_DEFAULT,
    SHA256,
    rule,
)
from disputekit.domain.case.document.json_reader import LONG_TEXT
from disputekit.domain.case.parts import FieldSource, Guardian, LegalRep, Received, Timestamp
from disputekit.domain.case.vocabulary import (
    Category,
    CourtBasis,
    EventKind,
    EvidenceKind,
    Gender,
    OrderStatus,
    Outcome,
    PaymentMethod,
    Problem,
)

CASE_FORMAT = "disputekit.case/1"


def _optional(**kw: Any) -> dict[str, Any]:
    # A field added later: written only when set, so older documents stay as they were.
    return {**rule(**kw), OMIT_DEFAULT: True}


@dataclass
class Complainant:
    """The buyer: who complains (办法第十条(一): name, phone, address)."""

    name: str = ""
    phone: str = field(default="", metadata=rule(limit=40))
    address: str = field(default="", metadata=rule(limit=500))
    email: str | None = None
    # Only a 民事起诉状 needs these (原告's identity); every other packet leaves them out,
    # and the document names them only when known.
    id_number: str = field(
        default="", metadata={**rule(limit=18, form=ID_NUMBER), OMIT_DEFAULT: True}
    )
    gender: Gender | None = field(default=None, metadata={OMIT_DEFAULT: True})
    birth_date: date | None = field(default=None, metadata={OMIT_DEFAULT: True})
    # 民族, 职业, 工作单位: what 民诉法第一百二十四条 asks of a plaintiff.
    ethnicity: str = field(default="", metadata=_optional(limit=40))
    occupation: str = field(default="", metadata=_optional(limit=200))
    employer: str = field(default="", metadata=_optional(limit=500))
    guardian: Guardian | None = field(default=None, metadata={OMIT_DEFAULT: True})
    # Agreed that their name and contacts may appear in a report grouping several buyers.
    share_consent: bool = field(default=False, metadata={OMIT_DEFAULT: True})
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Respondent:
    """The platform (and shop) complained about (办法第十条(二): name, address)."""

    platform: str = field(default="", metadata=rule(required=True, limit=500))
    url: str = field(default="", metadata=rule(limit=500))
    shop: str = field(default="", metadata=rule(limit=500))
    company: str = field(default="", metadata=rule(limit=500))
    credit_code: str = field(default="", metadata=rule(limit=500))
    # The seller's own 住所地 (营业执照 / 经营者信息公示).
    address: str = field(default="", metadata=rule(limit=500))
    contact: str = field(default="", metadata=rule(limit=500))
    legal_rep: LegalRep | None = field(default=None, metadata={OMIT_DEFAULT: True})
    # The platform operator's 住所地, and the address the shop publishes on the platform.
    platform_address: str = field(default="", metadata=_optional(limit=500))
    shop_address: str = field(default="", metadata=_optional(limit=500))
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        """The legal name when known, else the platform's name."""
        return self.company or self.platform


@dataclass
class TargetAccount:
    """The game or phone account the goods were meant to reach."""

    game: str = ""
    region: str = ""
    server: str = ""
    account: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Order:
    """The order as the platform shows it."""

    order_no: str = field(default="", metadata=rule(required=True))
    product: str = field(default="", metadata=rule(limit=500))
    category: Category = Category.OTHER
    quantity: int = 1
    amount_paid: Decimal = field(default=Decimal("0.00"), metadata=rule(required=True))
    payment_method: PaymentMethod = PaymentMethod.OTHER
    ordered_at: datetime | None = field(default=None, metadata=rule(required=True))
    status: OrderStatus = field(default=OrderStatus.PENDING_DELIVERY, metadata=rule(required=True))
    instant_delivery: bool = False
    flash_sale: bool = False
    transaction_no: str = ""
    target_account: TargetAccount = field(default_factory=TargetAccount)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FiledBy:
    """Someone filing on the buyer's behalf: needs a 授权委托书 (办法第十一条); `relation` is a
    `FilerRelation` value (kept as text, so an unknown one survives)."""

    name: str = field(default="", metadata=rule(required=True))
    phone: str = field(default="", metadata=rule(limit=40))
    relation: str = field(default="volunteer", metadata={**rule(limit=40), CODE: True})
    id_number: str = field(default="", metadata=rule(limit=40))
    # The 社区, 单位 or 社会团体 recommending a citizen agent (解释第八十七条).
    recommended_by: str = field(default="", metadata=_optional(limit=500))
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Claims:
    """What the buyer asks for."""

    refund_amount: Decimal | None = None
    delivery: bool = False
    other: str = field(default="", metadata=rule(limit=LONG_TEXT))
    # 三倍赔偿 (消法第五十五条) and a minor's purchase without consent (民法典第一百四十五条).
    fraud_damages: bool = field(default=False, metadata={OMIT_DEFAULT: True})
    void_purchase: bool = field(default=False, metadata={OMIT_DEFAULT: True})
    # Which court a 民事起诉状 goes to: the defendant's 住所地 or the buyer's (民诉法第二十四条).
    court_at: CourtBasis = field(default=CourtBasis.DEFENDANT, metadata={OMIT_DEFAULT: True})
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Event:
    """Something that happened, at an instant with an offset."""

    id: str = field(metadata={**rule(required=True, limit=64), CODE: True})
    at: datetime = field(metadata=rule(required=True))
    kind: EventKind = field(metadata=rule(required=True))
    note: str = field(default="", metadata=rule(limit=LONG_TEXT))
    outcome: Outcome | None = None
    evidence: list[str] = field(default_factory=list)
    # The date-time the seller promised to perform by.
    promised_by: datetime | None = field(default=None, metadata={OMIT_DEFAULT: True})
    # Why a 12315 refusal was given: `missing_materials` or `other` (办法第十六条(五)).
    reason: str = field(default="", metadata={**rule(limit=40), CODE: True, OMIT_DEFAULT: True})
    # When a demand (a letter) reached the seller, if later than it was sent.
    reached_at: datetime | None = field(default=None, metadata={OMIT_DEFAULT: True})
    extra: dict[str, Any] = field(default_factory=dict)




@dataclass
class EvidenceItem:
    """One evidence file; `file` is relative to the case JSON's folder."""

    id: str = field(metadata={**rule(required=True, limit=64), CODE: True})
    # A file of no stated kind is `other`, which the JSON allows to leave out.
    kind: EvidenceKind = EvidenceKind.OTHER
    file: str = field(default="", metadata=rule(limit=1000))
    caption: str = field(default="", metadata=rule(limit=1000))
    proves: str = field(default="", metadata=rule(limit=2000))
    captured_at: datetime | None = None
    source: str = ""
    sha256: str | None = field(default=None, metadata=rule(limit=64, form=SHA256))
    original_name: str = field(default="", metadata=rule(limit=500))
    # What this file was made from: the SHA-256 of the original a redacted copy came from, or
    # the evidence id of the screen recording a key frame was taken from.
    derived_from: str | None = field(default=None, metadata=rule(limit=64, form=DERIVED_FROM))
    # A key frame's presentation time in its recording, in seconds.
    at_seconds: float | None = field(default=None, metadata={OMIT_DEFAULT: True})
    # False: left out of packets by the user's choice (a key frame not ticked); still kept.
    in_packet: bool = field(default=True, metadata={OMIT_DEFAULT: True})
    # An original a redacted copy replaces: kept for the owner, left out of what leaves the
    # machine (packets, bundles) unless the user asks for it.
    withheld: bool = field(default=False, metadata={OMIT_DEFAULT: True})
    # Set for a file sent from a phone over the local network (`Received`); None otherwise.
    received: Received | None = field(default=None, metadata={OMIT_DEFAULT: True})
    # Who took a photo or screenshot, and on which device (the provenance page).
    captured_by: str = field(default="", metadata={**rule(limit=500), OMIT_DEFAULT: True})
    device: str = field(default="", metadata={**rule(limit=500), OMIT_DEFAULT: True})
    # A bill's rows (numbered from 1) that are this case's order.
    bill_rows: list[int] = field(default_factory=list, metadata={OMIT_DEFAULT: True})
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Case:
    """One dispute: the order, the parties, what happened and the evidence."""

    complainant: Complainant = field(default_factory=Complainant)
    respondent: Respondent = field(default_factory=Respondent, metadata=rule(required=True))
    order: Order = field(default_factory=Order, metadata=rule(required=True))
    problem: Problem = field(default=Problem.OTHER, metadata=rule(required=True))
    problem_known_at: datetime | None = None
    filed_by: FiledBy | None = None
    claims: Claims = field(default_factory=Claims)
    events: list[Event] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    timestamps: list[Timestamp] = field(default_factory=list, metadata={OMIT_DEFAULT: True})
    # Where a field's value came from, by the field's JSON path (`domain/case/field_sources`).
    field_sources: dict[str, FieldSource] = field(
        default_factory=dict, metadata={OMIT_DEFAULT: True}
    )
    extra: dict[str, Any] = field(default_factory=dict)

    def frames_of(self, recording_id: str) -> list[EvidenceItem]:
        """The key frames taken from the recording `recording_id`, in recording time order."""
        frames = [
            e for e in self.evidence if e.derived_from == recording_id and e.at_seconds is not None
        ]
        return sorted(frames, key=lambda e: e.at_seconds or 0.0)

    @property
    def harm_known_at(self) -> datetime | None:
        """When the buyer knew of the harm: the 3-year limit counts from here."""
        return self.problem_known_at or self.order.ordered_at

    def events_in_order(self) -> list[Event]:
        """Events sorted by time (stable for equal instants)."""
        return sorted(self.events, key=lambda e: e.at)

    def events_of(self, *kinds: EventKind) -> list[Event]:
        """Events of the given kinds, in time order."""
        return [e for e in self.events_in_order() if e.kind in kinds]

    def latest(self, *kinds: EventKind) -> Event | None:
        """The latest event of the given kinds, or None."""
        found = self.events_of(*kinds)
        return found[-1] if found else None

    def evidence_kinds(self) -> set[EvidenceKind]:
        """The kinds of evidence the case holds."""
        return {item.kind for item in self.evidence}

    def evidence_by_id(self, evidence_id: str) -> EvidenceItem | None:
        """The evidence item with this id, or None."""
        return next((e for e in self.evidence if e.id == evidence_id), None)

    def new_event_id(self) -> str:
        """An event id not yet used in this case."""
        return _next_id("ev", {e.id for e in self.events})

    def new_evidence_id(self) -> str:
        """An evidence id not yet used in this case."""
        return _next_id("e", {e.id for e in self.evidence})


def _next_id(prefix: str, used: set[str]) -> str:
    n = len(used) + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"
