"""不再提醒 as the store keeps it: per case, the platform periods the user chose not to be
reminded of, each named by its `domain.deadlines.deadline_attention.dismissal_key` (kind and
due instant), in the settings under `DISMISSED_KEY` ({"<case id>": ["<kind>@<due>", ...]}).

A case's cached next deadline passes over them (`next_due`), so they are written together with
that cache (`DismissalRepository.change`) and go with the case when it is deleted
(`CaseRepository.delete` calls `forget_case`): no row is left naming a case that is gone, nor
waiting for a new case given the same id.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from disputekit.store.cases.next_due import write_next_due
from disputekit.store.db import Database, write_transaction
from disputekit.store.settings import SettingsRepository

if TYPE_CHECKING:
    from disputekit.domain.case.model import Case
    from disputekit.domain.deadlines.calendar import WorkCalendar

DISMISSED_KEY = "dismissed_deadlines"


def all_dismissed(db: Database) -> dict[int, frozenset[str]]:
    """Every case's dismissal keys, by case id; a damaged setting counts as none."""
    found: dict[int, frozenset[str]] = {}
    for case, keys in _stored(db).items():
        if case.isdigit() and isinstance(keys, list):
            kept = frozenset(k for k in keys if isinstance(k, str))
            if kept:
                found[int(case)] = kept
    return found


def dismissed_of(db: Database, case_id: int) -> frozenset[str]:
    """The dismissal keys of case `case_id`."""
    return all_dismissed(db).get(case_id, frozenset())


def write_dismissed(db: Database, case_id: int, keys: Collection[str]) -> None:
    """Keep `keys` as case `case_id`'s dismissals (none: its entry goes; no entry left at all:
    the setting goes too)."""
    stored = _stored(db)
    if keys:
        stored[str(case_id)] = sorted(set(keys))
    else:
        stored.pop(str(case_id), None)
    settings = SettingsRepository(db)
    if stored:
        settings.set(DISMISSED_KEY, stored)
    else:
        settings.delete(DISMISSED_KEY)


def forget_case(db: Database, case_id: int) -> None:
    """Drop case `case_id`'s dismissals (it is being deleted); nothing is written when it has
    none."""
    if str(case_id) in _stored(db):
        write_dismissed(db, case_id, ())


class DismissalRepository:
    """Read and change the dismissals; a change recomputes the case's cached next deadline in
    the same transaction."""

    def __init__(
        self,
        db: Database,
        get: Callable[[int], Case],
        calendar: Callable[[], WorkCalendar | None],
    ) -> None:
        """`get` reads a stored case (`CaseRepository.get`)."""
        self.db, self._get, self._calendar = db, get, calendar

    def all(self) -> dict[int, frozenset[str]]:
        """Every case's dismissal keys, by case id."""
        return all_dismissed(self.db)

    def of(self, case_id: int) -> frozenset[str]:
        """The dismissal keys of case `case_id`."""
        return dismissed_of(self.db, case_id)

    def change(self, case_id: int, add: Collection[str] = (), remove: Collection[str] = ()) -> None:
        """Dismiss the periods `add` and remind again of those in `remove`, for case `case_id`
        (raises `CaseNotFound`, `CaseDamaged`), read and written in one transaction; its cached
        next deadline passes over the dismissed ones from now on."""
        with write_transaction(self.db):
            case = self._get(case_id)
            keys = (dismissed_of(self.db, case_id) | frozenset(add)) - frozenset(remove)
            write_dismissed(self.db, case_id, keys)
            write_next_due(self.db, case_id, case, self._calendar(), keys)


def _stored(db: Database) -> dict[str, Any]:
    raw = SettingsRepository(db).get(DISMISSED_KEY, {})
    return dict(raw) if isinstance(raw, dict) else {}
