"""A field added to the model is written, read and validated with no other change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from disputekit.domain.case.document.case_codec import decode, encode, rule
from disputekit.domain.case.document.case_reader import read_items, read_part
from disputekit.domain.case.document.json_reader import JsonReader
from disputekit.domain.case.model import Event, EvidenceItem, Order
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.messages import render


@dataclass
class OrderWithCoupon(Order):
    """The order as it would be with one more declared field."""

    coupon_code: str = field(default="", metadata=rule(limit=12))


def test_a_new_order_field_is_written_read_and_validated_from_its_declaration():
    data = {
        "order_no": "KM1",
        "amount_paid": "98.50",
        "ordered_at": "2026-11-20T10:15:00+08:00",
        "status": "delivered_not_credited",
        "coupon_code": "QB-2026",
        "x_custom": {"kept": True},
    }
    r = JsonReader()
    order = read_part(r, OrderWithCoupon, data, "order")
    assert not r.errors and order is not None
    assert order.coupon_code == "QB-2026" and order.extra == {"x_custom": {"kept": True}}
    assert order.ordered_at == datetime.fromisoformat("2026-11-20T10:15:00+08:00")
    written = encode(order)
    assert written["coupon_code"] == "QB-2026" and list(written)[-1] == "x_custom"
    assert decode(OrderWithCoupon, written) == order

    r = JsonReader()
    too_long = {**data, "coupon_code": "X" * 13}
    read_part(r, OrderWithCoupon, too_long, "order")
    assert [(e.path, render(e.message, "en")) for e in r.errors] == [
        ("order.coupon_code", "is 13 characters long; at most 12 are allowed")
    ]


@dataclass
class EvidenceWithPages(EvidenceItem):
    """An evidence item as it would be with one more declared field."""

    pages: int = 1


def test_a_new_evidence_field_is_read_from_its_declaration_in_the_list():
    data = {
        "evidence": [
            {"id": "e1", "kind": "chat_log", "pages": 3, "sha256": "AB" * 32, "x_dpi": 326},
            {"id": "e1", "pages": "3"},
        ]
    }
    r = JsonReader()
    items = read_items(r, EvidenceWithPages, data, "evidence", "")
    assert [(e.path, render(e.message, "en")) for e in r.errors] == [
        ("evidence[1].pages", 'must be a whole number, not "3"'),
        ("evidence[1].id", '"e1" is used by another evidence item'),
    ]
    first = items[0]
    assert (first.pages, first.kind, first.extra) == (3, EvidenceKind.CHAT_LOG, {"x_dpi": 326})
    assert first.sha256 == "ab" * 32  # the declared SHA-256 form, kept in lower case
    assert items[1].kind is EvidenceKind.OTHER


def test_an_event_without_its_required_instant_is_reported_and_left_out():
    data = {
        "events": [
            {"id": "ev1", "kind": "note"},
            {"id": "ev2", "kind": "note", "at": "2026-11-20T10:40:00+08:00"},
        ]
    }
    r = JsonReader()
    events = read_items(r, Event, data, "events", "")
    assert [(e.path, e.code) for e in r.errors] == [("events[0].at", "required")]
    assert [e.id for e in events] == ["ev2"]


@dataclass
class Attachment:
    """A list of parts the case might hold one day."""

    id: str = field(metadata=rule(required=True, limit=64))
    title: str = ""
    extra: dict = field(default_factory=dict)


def test_a_new_list_of_parts_is_read_with_its_ids_checked():
    data = {"attachments": [{"id": "a1", "title": "x"}, {"id": "a1"}, {"title": "no id"}]}
    r = JsonReader()
    items = read_items(r, Attachment, data, "attachments", "")
    assert [a.title for a in items] == ["x", "", "no id"]
    assert [(e.path, render(e.message, "en")) for e in r.errors] == [
        ("attachments[1].id", '"a1" is used by another item'),
        ("attachments[2].id", "is missing"),
    ]
