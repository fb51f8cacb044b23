"""What of a case may leave the machine: withheld originals stay out unless asked for.

A redacted copy replaces its original in packets and bundles; the original stays in the vault
for its owner (`EvidenceItem.withheld`). Packets and exports both call `releasable`, so the
two can never disagree about what is shared.
"""

from __future__ import annotations

import copy

from disputekit.domain.case.model import Case


def withheld_ids(case: Case) -> list[str]:
    """Ids of the evidence items marked withheld, in case order."""
    return [item.id for item in case.evidence if item.withheld]


def withheld_only_events(case: Case) -> list[int]:
    """Indices of the events whose every linked item is a withheld original: shared without
    the originals, such an event is left with no evidence at all."""
    hidden = set(withheld_ids(case))
    return [
        n
        for n, event in enumerate(case.events)
        if event.evidence and all(ref in hidden for ref in event.evidence)
    ]


def releasable(case: Case, include_withheld: bool = False) -> Case:
    """A copy of `case` without its withheld evidence (nor any event's link to it); the case
    itself when `include_withheld` or nothing is withheld."""
    hidden = set(withheld_ids(case))
    if include_withheld or not hidden:
        return case
    shared = copy.deepcopy(case)
    shared.evidence = [item for item in shared.evidence if item.id not in hidden]
    for event in shared.events:
        event.evidence = [ref for ref in event.evidence if ref not in hidden]
    return shared


def exhibit_numbers(case: Case) -> dict[str, int]:
    """The 证据N each item carries in a packet built with the default choice (every item but
    the withheld originals, in case order); a withheld original has none."""
    return {item.id: n for n, item in enumerate(releasable(case).evidence, start=1)}
