"""Bulk edits of stored cases: the same timeline event added to each, and the consent to be
named in group reports set or cleared. Each case is saved in one transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from disputekit.app.bulk.results import BulkResult, Cancelled, Outcome, Progress, run_each
from disputekit.domain.case.model import Case, Event
from disputekit.messages import msg
from disputekit.store import Store

__all__ = ["add_event", "set_consent"]


def _same(a: Event, b: Event) -> bool:
    return (a.kind, a.at, a.note, a.outcome) == (b.kind, b.at, b.note, b.outcome)


def add_event(
    store: Store,
    case_ids: Sequence[int],
    event: Event,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BulkResult:
    """Add a copy of `event` (kind, time, note, outcome, promise, reason) to the timeline of
    each case, under an id new in that case and linking no evidence. A case whose timeline
    already holds the same event (kind, time, note and outcome) is skipped, so running the
    action twice does not double it."""

    def step(case_id: int, case: Case) -> Outcome:
        if any(_same(e, event) for e in case.events):
            return Outcome("skipped", msg("bulk.event_present"))
        added = dataclasses.replace(
            event, id=case.new_event_id(), evidence=[], extra=dict(event.extra)
        )
        store.cases.save(case_id, dataclasses.replace(case, events=[*case.events, added]))
        return Outcome("done")

    return run_each(store, case_ids, step, progress, cancelled)


def set_consent(
    store: Store,
    case_ids: Sequence[int],
    consent: bool,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BulkResult:
    """Record (`consent` True) or clear whether each buyer agreed that their name and
    contacts may appear in a report shared with other buyers' cases
    (`complainant.share_consent`); a case already so is skipped."""

    def step(case_id: int, case: Case) -> Outcome:
        if case.complainant.share_consent == consent:
            return Outcome("skipped", msg("bulk.consent_yes" if consent else "bulk.consent_no"))
        complainant = dataclasses.replace(case.complainant, share_consent=consent)
        store.cases.save(case_id, dataclasses.replace(case, complainant=complainant))
        return Outcome("done")

    return run_each(store, case_ids, step, progress, cancelled)
