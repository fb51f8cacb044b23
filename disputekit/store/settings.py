"""User settings: JSON values by key, in the `settings` table.

Known keys: "calendar_overrides" ({"2026-12-31": false, ...}: true = extra working day,
false = extra day off), "default_complainant", "packet_defaults", and "fill_ticks.<case id>"
(the 12315 fill sheet's ticks, `store/fill_ticks.py`).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from disputekit.store.db import Database, write_transaction

CALENDAR_OVERRIDES = "calendar_overrides"
DEFAULT_COMPLAINANT = "default_complainant"  # the volunteer's own name and phone


class SettingsRepository:
    """Read and write settings; values are anything JSON can hold."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under `key`, or `default` (also when the stored text cannot be
        read back: a damaged setting is as good as none, like a malformed calendar entry)."""
        row = self.db.execute("SELECT value_json FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else _loads(row[0], default)

    def set(self, key: str, value: Any) -> None:
        """Store `value` (JSON-serialisable; NaN refused) under `key`."""
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, "
                "updated_at = excluded.updated_at",
                [key, text, datetime.now(UTC).isoformat()],
            )

    def delete(self, key: str) -> None:
        """Forget `key` (no error if absent)."""
        with write_transaction(self.db):
            self.db.conn.execute("DELETE FROM settings WHERE key = ?", [key])

    def all(self) -> dict[str, Any]:
        """Every setting, by key."""
        rows = self.db.execute("SELECT key, value_json FROM settings ORDER BY key")
        return {k: _loads(v, None) for k, v in rows}

    def calendar_overrides(self) -> dict[date, bool]:
        """The stored calendar overrides as dates; malformed entries are skipped."""
        raw = self.get(CALENDAR_OVERRIDES, {})
        out: dict[date, bool] = {}
        if not isinstance(raw, dict):
            return out
        for key, working in raw.items():
            try:
                day = date.fromisoformat(key)
            except (TypeError, ValueError):
                continue
            if isinstance(working, bool):
                out[day] = working
        return out

    def set_calendar_overrides(self, overrides: dict[date, bool]) -> None:
        """Replace the calendar overrides (call `cases.refresh_digests()` afterwards)."""
        self.set(CALENDAR_OVERRIDES, {d.isoformat(): bool(w) for d, w in sorted(overrides.items())})


def _loads(text: Any, default: Any) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError, RecursionError):  # NULL, cut short, not JSON
        return default
