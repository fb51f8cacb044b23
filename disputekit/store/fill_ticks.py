"""Ticks of the 12315 fill sheet's fields, per case: which fields the user marked as filled in
on the website, and a digest of the text each had then.

Kept in the settings table under `fill_ticks.<case id>`: the case's document, its evidence and
its `updated_at` are not touched, so ticking changes nothing a packet, a bundle or the case
list shows. The entry names the case row's `created_at`: SQLite may hand a deleted case's id
to a new case, and that case starts with no ticks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from disputekit.store.cases.case_list import CaseNotFound
from disputekit.store.db import Database, write_transaction
from disputekit.store.settings import SettingsRepository

TICKS_PREFIX = "fill_ticks."


@dataclass(frozen=True)
class FieldTick:
    """One ticked field: the SHA-256 of its text when ticked, and when (an ISO instant)."""

    digest: str
    at: str


def forget_ticks(db: Database, case_id: int) -> None:
    """Drop case `case_id`'s ticks (it is being deleted, inside the caller's transaction)."""
    db.execute("DELETE FROM settings WHERE key = ?", [TICKS_PREFIX + str(case_id)])


class FillTicks:
    """Read and write one case's fill-sheet ticks."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._settings = SettingsRepository(db)

    def load(self, case_id: int) -> dict[str, FieldTick]:
        """The case's ticks by field key (none for a case made after they were written);
        raises `CaseNotFound`. A damaged entry reads as no ticks."""
        created = self._created_at(case_id)
        raw = self._settings.get(TICKS_PREFIX + str(case_id), {})
        if not isinstance(raw, dict) or raw.get("case_created_at") != created:
            return {}
        ticks = raw.get("ticks")
        return _ticks(ticks) if isinstance(ticks, dict) else {}

    def set(self, case_id: int, key: str, tick: FieldTick | None) -> None:
        """Tick field `key` (or untick it with None), in one transaction."""
        with write_transaction(self.db):
            ticks = self.load(case_id)
            if tick is None:
                ticks.pop(key, None)
            else:
                ticks[key] = tick
            self._settings.set(
                TICKS_PREFIX + str(case_id),
                {
                    "case_created_at": self._created_at(case_id),
                    "ticks": {k: {"digest": t.digest, "at": t.at} for k, t in ticks.items()},
                },
            )

    def _created_at(self, case_id: int) -> str:
        row = self.db.execute("SELECT created_at FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            raise CaseNotFound(case_id)
        return str(row[0])


def _ticks(raw: dict[str, Any]) -> dict[str, FieldTick]:
    out: dict[str, FieldTick] = {}
    for key, value in raw.items():
        if isinstance(value, dict):
            digest, at = value.get("digest"), value.get("at")
            if isinstance(digest, str) and isinstance(at, str):
                out[key] = FieldTick(digest, at)
    return out
