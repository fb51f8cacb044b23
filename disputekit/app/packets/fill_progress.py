"""The 12315 copy assistant's progress for a case: which fill-sheet fields the user ticked as
filled in on the website, and which ticks went stale because the field's text changed since.

A tick keeps the SHA-256 of the text it was given (`store/fill_ticks.py`, beside the case, not
in it): the case and its evidence are never altered by ticking, and a tick survives a restart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Protocol

from disputekit.app.data_folder import FAILURES, failure_message
from disputekit.domain.case.model import Case
from disputekit.messages import Msg
from disputekit.packet.kinds import fill_sheet
from disputekit.packet.kinds.fill_sheet import FillSheetSpecError, fill_sheet_fields
from disputekit.store import CaseNotFound, Store, StoreError
from disputekit.store.fill_ticks import FieldTick

__all__ = [
    "FieldState",
    "FillProgress",
    "FillSheetUnusable",
    "FormField",
    "TickNotSaved",
    "fill_progress",
    "fill_sheet_spec_path",
    "form_fields",
    "tick_field",
    "value_digest",
]


class FormField(Protocol):
    """One field of the 12315 web form: its label, the text to paste, its length and the
    form's limit (None: no limit), and whether the text is over it."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def limit(self) -> int | None: ...
    @property
    def over_limit(self) -> bool: ...


class FillSheetUnusable(ValueError):
    """The file of the form's fields (order, labels, limits) cannot be used; `text` says
    why, naming the file."""

    def __init__(self, text: Msg) -> None:
        super().__init__(str(text))
        self.text = text


def form_fields(case: Case, today: date) -> Sequence[FormField]:
    """The 12315 web form's fields of `case` in the order of the fields' file (label, the
    text to paste, its length against the form's limit), exhibits counted as the packet
    holds them; `FillSheetUnusable` when that file cannot be used."""
    try:
        return fill_sheet_fields(case, today)
    except FillSheetSpecError as exc:
        raise FillSheetUnusable(exc.text) from None


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


def fill_progress(store: Store, case_id: int, fields: Sequence[FormField]) -> FillProgress:
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


def tick_field(store: Store, case_id: int, field: FormField, ticked: bool, now: datetime) -> None:
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
