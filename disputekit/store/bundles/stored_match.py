"""Finding the stored case an import would duplicate: the same platform and order number, or
the same bundle (the same order number and the same evidence files by SHA-256, which still
matches after the platform's name was edited on one side)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from disputekit.domain.case.model import Case
from disputekit.messages import msg

if TYPE_CHECKING:
    from disputekit.store.store import Store


class AlreadyStored(Exception):
    """An import found its case already stored as `case_id`; nothing was written."""

    def __init__(self, case_id: int) -> None:
        self.case_id = case_id
        self.text = msg("store.already_stored", case_id=case_id)
        super().__init__(self.text)


def find_stored(store: Store, case: Case) -> int | None:
    """The id of the stored case `case` is a copy of, or None (the oldest when several)."""
    platform = case.respondent.platform.strip()
    order_no = case.order.order_no.strip()
    db = store.db
    row = db.execute(
        "SELECT id FROM cases WHERE trim(platform) = ? AND trim(order_no) = ? ORDER BY id LIMIT 1",
        [platform, order_no],
    ).fetchone()
    if row:
        return int(row[0])
    wanted = Counter(item.sha256 for item in case.evidence if item.sha256)
    if not wanted:
        return None  # nothing else to recognise the bundle by
    candidates = db.execute(
        "SELECT id FROM cases WHERE trim(order_no) = ? ORDER BY id", [order_no]
    ).fetchall()
    for (case_id,) in candidates:
        shas = db.execute(
            "SELECT sha256 FROM evidence WHERE case_id = ? AND sha256 IS NOT NULL", [case_id]
        ).fetchall()
        if Counter(r[0] for r in shas) == wanted:
            return int(case_id)
    return None
