"""不再提醒: the platform periods the user dismissed, per case and deadline, kept in the store's
settings (so they survive a restart) and undone the same way. A legal deadline cannot be
dismissed (`domain.deadlines.deadline_attention.dismissable`).

A dismissal names the deadline's kind and due instant: when a new event starts the period
afresh (another message to customer service), the new period reminds again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from disputekit.domain.deadlines.deadline_attention import is_legal
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.messages import msg
from disputekit.store import Store
from disputekit.timeutil import to_shanghai

DISMISSED_KEY = "dismissed_deadlines"  # {"<case id>": ["<kind>@<due, ISO>", ...]}

DismissalKey = tuple[int, str]


class NotDismissable(ValueError):
    """A legal deadline was to be dismissed; `text` says why, as a message."""

    def __init__(self, deadline: Deadline) -> None:
        self.text = msg("deadline.not_dismissable", name=deadline.name)
        super().__init__(str(self.text))


def deadline_key(deadline: Deadline) -> str:
    """The deadline's kind and due instant, as a dismissal names it."""
    return key_of(str(deadline.kind), deadline.due)


def key_of(kind: str, due: datetime) -> str:
    """A dismissal's name for the deadline of `kind` due at `due` (the case list has only
    these two of its next deadline)."""
    return f"{kind}@{to_shanghai(due).isoformat()}"


def dismissed_deadlines(store: Store) -> set[DismissalKey]:
    """Every dismissal as (case id, `deadline_key`); a damaged setting counts as none."""
    found: set[DismissalKey] = set()
    for case, keys in _stored(store).items():
        if case.isdigit() and isinstance(keys, list):
            found.update((int(case), k) for k in keys if isinstance(k, str))
    return found


def is_dismissed(dismissed: set[DismissalKey], case_id: int, deadline: Deadline) -> bool:
    """True if `deadline` of case `case_id` is among `dismissed`."""
    return (case_id, deadline_key(deadline)) in dismissed


def dismiss_deadline(store: Store, case_id: int, deadline: Deadline) -> None:
    """Stop reminding of the platform period `deadline` of case `case_id` (NotDismissable
    for a legal deadline)."""
    if is_legal(deadline.kind):
        raise NotDismissable(deadline)
    stored = _stored(store)
    keys = [k for k in stored.get(str(case_id), []) if isinstance(k, str)]
    if deadline_key(deadline) not in keys:
        keys.append(deadline_key(deadline))
    stored[str(case_id)] = keys
    store.settings.set(DISMISSED_KEY, stored)


def restore_deadline(store: Store, case_id: int, deadline: Deadline) -> None:
    """Remind of `deadline` of case `case_id` again (nothing happens if it was not dismissed)."""
    stored = _stored(store)
    keys = [k for k in stored.get(str(case_id), []) if k != deadline_key(deadline)]
    if keys:
        stored[str(case_id)] = keys
    else:
        stored.pop(str(case_id), None)
    store.settings.set(DISMISSED_KEY, stored)


def _stored(store: Store) -> dict[str, Any]:
    raw = store.settings.get(DISMISSED_KEY, {})
    return dict(raw) if isinstance(raw, dict) else {}
