"""Redacting an evidence item of a stored case: the copy takes its place, the original is
withheld, and every refusal is one of the failures a caller is told to expect."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from disputekit.app.evidence.intake import add_bytes
from disputekit.app.evidence.redaction import FAILURES, parse_box, redact_item
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store import Store
from tests.domain.factories import make_case


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(out, "PNG")
    return out.getvalue()


def test_the_copy_replaces_the_original_which_is_withheld(store: Store) -> None:
    case_id = store.cases.create(make_case())
    add_bytes(store, case_id, _png(), "chat.png", EvidenceKind.CHAT_LOG)
    done = redact_item(store, case_id, "e1", [parse_box("0,0,10,10")])
    assert (done.withheld_id, done.copy.id) == ("e1", "e2")
    case = store.cases.get(case_id)
    assert case.evidence_by_id("e1").withheld
    assert case.evidence_by_id("e2").derived_from == case.evidence_by_id("e1").sha256


@pytest.mark.parametrize("case_id, evidence_id", [(99, "e1"), (None, "e9")])
def test_an_unknown_case_or_item_is_an_expected_failure(
    store: Store, case_id: int | None, evidence_id: str
) -> None:
    real = store.cases.create(make_case())
    with pytest.raises(FAILURES):
        redact_item(store, case_id or real, evidence_id, [parse_box("0,0,1,1")])
