"""The 12315 copy assistant's progress for a case: which fill-sheet fields the user ticked as
filled in on the website, and which ticks went stale because the field's text changed since.

A tick keeps the SHA-256 of the text it was given (`store/fill_ticks.py`, beside the case, not
in it): the case and its evidence are never altered by ticking, and a tick survives a restart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from disputekit.app.data_folder import FAILURES, failure_message
from disputekit.packet.kinds import fill_sheet
from disputekit.packet.kinds.fill_sheet import FillField, FillSheetSpecError
from disputekit.store import CaseNotFound, Store, StoreError
from disputekit.store.fill_ticks import FieldTick

__all__ = [
    "FieldState",
    "FillProgress",
    "FillSheetSpecError",
    "TickNotSaved",
    "fill_progress",
    "fill_sheet_spec_path",
    "tick_field",
    "value_digest",
]


class FieldState(Enum):
    """Where one field stands: not done, done with the text shown, or done with older text."""

    TODO = "todo"
    DONE = "done"
    STALE = "stale"


@dataclass(frozen=True)
class FillProgress:
    """Each field's state by key, in the sheet's order."""

    states: dict[str, FieldState]

    @property
    def total(self) -> int:
        """How many fields the sheet has."""
        return len(self.states)

    @property
    def done(self) -> int:
        """Fields ticked with the text they hold now."""
        return sum(s is FieldState.DONE for s in self.states.values())

    @property
    def stale(self) -> int:
        """Fields ticked whose text has changed since."""
        return sum(s is FieldState.STALE for s in self.states.values())

    def next_open(self, after: str | None = None) -> str | None:
        """The first field after `after` (from the top if None), wrapping round, that is not
        done; None when every field is."""
        keys = list(self.states)
        start = keys.index(after) + 1 if after in keys else 0
        for key in keys[start:] + keys[:start]:
            if self.states[key] is not FieldState.DONE:
                return key
        return None


# What the store may raise when it cannot write a tick (locked, read-only, full, case gone).
REFUSALS: tuple[type[BaseException], ...] = (*FAILURES, StoreError)


class TickNotSaved(Exception):
    """A tick could not be stored; `reason` says why (the store locked, read-only, full…)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def value_digest(value: str) -> str:
    """The SHA-256 (hex) of a field's text, which a tick keeps instead of the text itself."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def fill_progress(store: Store, case_id: int, fields: Sequence[FillField]) -> FillProgress:
    """Each of `fields`' state for stored case `case_id` (none ticked once it is deleted)."""
    try:
        ticks = store.fill_ticks.load(case_id)
    except CaseNotFound:
        ticks = {}
    states: dict[str, FieldState] = {}
    for field in fields:
        tick = ticks.get(field.key)
        if tick is None:
            states[field.key] = FieldState.TODO
        elif tick.digest == value_digest(field.value):
            states[field.key] = FieldState.DONE
        else:
            states[field.key] = FieldState.STALE
    return FillProgress(states)


def tick_field(store: Store, case_id: int, field: FillField, ticked: bool, now: datetime) -> None:
    """Record `field` as filled in with its current text at `now` (aware), or clear its tick;
    raises `TickNotSaved` saying why the store refused."""
    tick = FieldTick(value_digest(field.value), now.isoformat()) if ticked else None
    try:
        store.fill_ticks.set(case_id, field.key, tick)
    except REFUSALS as exc:
        raise TickNotSaved(failure_message(exc, store.data_dir)) from exc


def fill_sheet_spec_path() -> str:
    """Where the fields' order, labels and limits are kept, for the user to edit."""
    return str(fill_sheet.spec_path())
