"""Mapping a `Case` to table rows and back.

The case itself is stored as its contract document (`doc_json`, written and read by the
model-driven codec), so every field the model declares is kept without a change here. The
columns next to it exist only for what SQL must see: the case list (sort, status filter,
summary figures), the shared-contact and re-import queries, the evidence files gc and
`check` follow, and the search text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from disputekit.domain.case.document.case_dump import case_from_document, case_to_dict
from disputekit.domain.case.model import Case
from disputekit.domain.case.values.money import format_money

EVIDENCE_FOLDER = "evidence"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_MAX_NAME = 120


@dataclass
class CaseRows:
    """One case as rows: `case` for `cases` (without id and timestamps), the index rows of
    its events and evidence, and its FTS text."""

    case: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    fts: dict[str, str] = field(default_factory=dict)


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A bare file name safe on every OS and inside a zip: no folders, no control characters,
    no characters Windows refuses, at most 120 characters (the extension kept)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _UNSAFE.sub("_", base).strip(" .")
    if not base:
        base = fallback
    if len(base) > _MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            base = f"{stem[: _MAX_NAME - len(ext) - 1]}.{ext}"
        else:
            base = base[:_MAX_NAME]
    return base


def normalise_evidence_files(case: Case, vault_names: dict[str, str]) -> None:
    """Give every evidence item a bundle path `evidence/<name>`, unique within the case.

    The name is the item's own file name when it has one, else its `original_name`, else the
    vault's original name (`vault_names`: sha256 -> name). Two items may share a path only
    when they hold the same file.
    """
    taken: dict[str, str | None] = {}
    for item in case.evidence:
        source = item.file or item.original_name or vault_names.get(item.sha256 or "", "")
        name = safe_file_name(source, fallback=(item.sha256 or item.id)[:16])
        path = f"{EVIDENCE_FOLDER}/{name}"
        n = 2
        while path.lower() in taken and taken[path.lower()] != item.sha256:
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem}-{n}.{ext}" if dot else f"{name}-{n}"
            path = f"{EVIDENCE_FOLDER}/{candidate}"
            n += 1
        taken[path.lower()] = item.sha256
        item.file = path


def case_to_rows(case: Case) -> CaseRows:
    """The rows for `case` (whose evidence items must all carry a sha256)."""
    c, o, cl = case.complainant, case.order, case.claims
    row: dict[str, Any] = {
        # What the list shows and sorts by, and what the contact and re-import checks match.
        "complainant_name": c.name,
        "complainant_phone": c.phone,
        "complainant_address": c.address,
        "platform": case.respondent.platform,
        "shop": case.respondent.shop,
        "order_no": o.order_no,
        "product": o.product,
        "amount_paid": format_money(o.amount_paid),
        "status": o.status.value,
        "problem": case.problem.value,
        "refund_amount": format_money(cl.refund_amount) if cl.refund_amount is not None else None,
        "doc_json": json.dumps(case_to_dict(case), ensure_ascii=False),
    }
    rows = CaseRows(case=row)
    rows.events = [
        {"event_id": e.id, "position": pos, "at": e.at.isoformat(), "kind": e.kind.value}
        for pos, e in enumerate(case.events)
    ]
    for pos, v in enumerate(case.evidence):
        if not v.sha256:
            raise ValueError(f"evidence {v.id!r} has no sha256: add its file to the vault first")
        rows.evidence.append(
            {
                "evidence_id": v.id,
                "position": pos,
                "sha256": v.sha256,
                "kind": v.kind.value,
                "file": v.file,
                "derived_from": v.derived_from,
            }
        )
    rows.fts = fts_text(case)
    return rows


def fts_text(case: Case) -> dict[str, str]:
    """The searchable text of a case, one entry per `case_fts` column."""
    # A volunteer is handed a buyer's name, phone or payment transaction number.
    names = [case.complainant.name, case.complainant.phone, case.respondent.company]
    if case.filed_by:
        names += [case.filed_by.name, case.filed_by.phone]
    notes = [e.note for e in case.events]
    notes += [part for v in case.evidence for part in (v.caption, v.proves)]
    notes.append(case.claims.other)
    # Newline separators: no search term contains one, so no match spans two fields.
    return {
        "platform": case.respondent.platform,
        "shop": case.respondent.shop,
        "order_no": "\n".join(n for n in (case.order.order_no, case.order.transaction_no) if n),
        "product": case.order.product,
        "names": "\n".join(n for n in names if n),
        "notes": "\n".join(n for n in notes if n),
    }


def case_from_row(row: dict[str, Any]) -> Case:
    """Rebuild the `Case` from its `cases` row (the document it holds)."""
    return case_from_document(json.loads(row["doc_json"]))
