"""Redact one evidence item of a stored case: the copy replaces the original everywhere.

The blacked-out copy is a new vault file recording `derived_from`; it takes the original's
place in the evidence list and in every event that linked the original, and the original is
marked withheld, so packets and bundles leave it out unless the user asks for it. The CLI
`redact` command and the GUI viewer both call `redact_evidence`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.messages import msg
from disputekit.store.cases.case_repository import EvidenceNotFound
from disputekit.store.db import write_transaction
from disputekit.store.pdf.redact_pixels import PageBox, RedactionError, redact_pdf, redact_picture
from disputekit.store.vault.evidence_vault import BILL_FORMATS

if TYPE_CHECKING:
    from disputekit.store.store import Store

__all__ = ["RedactionError", "redact_evidence"]

DEFAULT_SUFFIX = "（已打码）"


def redact_evidence(
    store: Store,
    case_id: int,
    evidence_id: str,
    boxes: Sequence[PageBox],
    caption: str | None = None,
) -> EvidenceItem:
    """Store a copy of the evidence file with `boxes` filled black and put it in the
    original's place; returns the new item. Raises CaseNotFound, EvidenceNotFound or
    RedactionError (boxes that hide nothing, a file that is damaged or cannot be drawn)."""
    item = store.cases.get(case_id).evidence_by_id(evidence_id)
    if item is None:
        raise EvidenceNotFound(evidence_id, case_id)
    sha = item.sha256 or ""
    if not store.vault.has(sha) or not store.vault.verify(sha):
        raise RedactionError(msg("redaction.damaged", evidence_id=evidence_id))
    info = store.vault.info(sha)
    if info.format in BILL_FORMATS:
        # Blacking out pixels has no meaning for a spreadsheet, and an edited bill would no
        # longer be the provider's export.
        raise RedactionError(msg("redaction.bill", evidence_id=evidence_id, format=info.format))
    data = store.vault.blob_path(sha).read_bytes()
    stem = PurePath(item.original_name or info.original_name or item.id).stem
    # Named in the packet's language: the 证据目录 prints the name.
    if info.format == "PDF":
        copy_bytes, name = redact_pdf(data, boxes), f"{stem}（已打码）.pdf"
    else:
        copy_bytes, name = redact_picture(data, boxes), f"{stem}（已打码）.png"
    stored = store.vault.add_bytes(copy_bytes, name, source_note="redacted", derived_from=sha)
    with write_transaction(store.db):
        case = store.cases.get(case_id)  # re-read inside the lock: another writer may have run
        original = case.evidence_by_id(evidence_id)
        if original is None:
            raise EvidenceNotFound(evidence_id, case_id)
        new = EvidenceItem(
            id=case.new_evidence_id(),
            kind=original.kind,
            file=name,
            caption=f"{original.caption or stem}{DEFAULT_SUFFIX}" if caption is None else caption,
            proves=original.proves,
            captured_at=original.captured_at,
            source=original.source,
            sha256=stored.sha256,
            original_name=name,
            derived_from=sha,
        )
        _replace(case, original, new)
        store.cases.save(case_id, case)
        saved = store.cases.get(case_id).evidence_by_id(new.id)
    assert saved is not None  # written in the same transaction
    return saved


def _replace(case: Case, original: EvidenceItem, new: EvidenceItem) -> None:
    """Put `new` right after `original` (so exhibit numbers barely move), relink every event
    from the original to the copy, and withhold the original."""
    case.evidence.insert(case.evidence.index(original) + 1, new)
    original.withheld = True
    for event in case.events:
        if original.id in event.evidence:
            relinked = [new.id if ref == original.id else ref for ref in event.evidence]
            event.evidence = list(dict.fromkeys(relinked))
