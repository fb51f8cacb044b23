"""The vault check told per case, and the clean-up of files no case uses."""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image

from disputekit.app.evidence.intake import add_bytes
from disputekit.app.vault_check import check_vault, collect_garbage, damaged_by_case
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store import Store
from tests.domain.factories import make_case


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG")
    return out.getvalue()


def test_a_damaged_file_is_reported_for_every_case_that_uses_it(store: Store) -> None:
    ids = [store.cases.create(make_case()) for _ in range(3)]
    for case_id in ids[:2]:  # the same screenshot in two cases: one vault file
        add_bytes(store, case_id, _png("red"), "shared.png", EvidenceKind.CHAT_LOG)
    add_bytes(store, ids[2], _png("blue"), "fine.png", EvidenceKind.CHAT_LOG)
    assert damaged_by_case(check_vault(store)) == {}
    blob = store.vault.blob_path(store.cases.get(ids[0]).evidence[0].sha256)
    blob.chmod(0o600)
    blob.write_bytes(b"changed")
    assert damaged_by_case(check_vault(store)) == {
        ids[0]: [("e1", "damaged")],
        ids[1]: [("e1", "damaged")],
    }


def test_garbage_is_only_what_no_case_uses_and_is_old_enough(store: Store) -> None:
    case_id = store.cases.create(make_case())
    add_bytes(store, case_id, _png("red"), "kept.png", EvidenceKind.CHAT_LOG)
    orphan = store.vault.add_bytes(_png("blue"), "orphan.png")
    assert collect_garbage(store, timedelta(hours=1)) == []  # too young: may be mid-import
    assert collect_garbage(store, timedelta(0)) == [orphan.sha256]
    assert not store.vault.has(orphan.sha256)
    assert store.vault.has(store.cases.get(case_id).evidence[0].sha256)
