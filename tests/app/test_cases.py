"""Listing, showing and the demo cases, as a command or a window reads them."""

from __future__ import annotations

import io

from PIL import Image

from disputekit.app.cases import demo_cases, list_cases, show_case
from disputekit.app.evidence.intake import add_bytes
from disputekit.domain.case.vocabulary import EvidenceKind, OrderStatus
from disputekit.store import Store
from tests.domain.factories import make_case


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG")
    return out.getvalue()


def test_list_cases_searches_and_filters_by_status(store: Store) -> None:
    first = store.cases.create(make_case())
    other = make_case()
    other.order.order_no = "KM-OTHER-7"
    other.order.status = OrderStatus.PENDING_DELIVERY
    second = store.cases.create(other)
    assert {s.id for s in list_cases(store)} == {first, second}
    assert [s.id for s in list_cases(store, "KM-OTHER-7")] == [second]
    assert [s.id for s in list_cases(store, status=OrderStatus.PENDING_DELIVERY)] == [second]


def test_show_case_names_the_evidence_whose_file_is_damaged_or_gone(store: Store) -> None:
    case_id = store.cases.create(make_case())
    add_bytes(store, case_id, _png("red"), "a.png", EvidenceKind.CHAT_LOG)
    add_bytes(store, case_id, _png("blue"), "b.png", EvidenceKind.CHAT_LOG)
    add_bytes(store, case_id, _png("green"), "c.png", EvidenceKind.CHAT_LOG)
    assert show_case(store, case_id).file_problems == {}
    items = store.cases.get(case_id).evidence
    damaged = store.vault.blob_path(items[1].sha256)
    damaged.chmod(0o600)
    damaged.write_bytes(b"changed")
    store.vault.blob_path(items[2].sha256).unlink()
    shown = show_case(store, case_id)
    assert shown.case.order.order_no == make_case().order.order_no
    assert shown.file_problems == {"e2": "damaged", "e3": "missing"}


def test_demo_cases_are_added_once_and_listed_again(store: Store) -> None:
    first = demo_cases(store)
    assert len(first) == 3 and all(d.added for d in first)
    assert len({d.case.order.status for d in first}) == 3  # one per order state
    again = demo_cases(store)
    assert [d.case_id for d in again] == [d.case_id for d in first]
    assert not any(d.added for d in again)
    assert store.cases.count() == 3
