"""The case store as the windows see it: the store handed out by the composition root, the
case list and its rows, the default complainant, and the example cases."""

from __future__ import annotations

from disputekit.store import CaseList, CaseNotFound, CaseSummary, EvidenceVault, Store
from disputekit.store.settings import DEFAULT_COMPLAINANT

__all__ = [
    "DEFAULT_COMPLAINANT",
    "CaseList",
    "CaseNotFound",
    "CaseSummary",
    "EvidenceVault",
    "Store",
    "add_demo_cases",
]


def add_demo_cases(store: Store) -> list[int]:
    """Add the example cases (see `disputekit.store.demo`)."""
    # Imported on use: the demo draws its screenshots with Pillow, which the first paint of the
    # window (importing this module) must not load.
    from disputekit.store.demo import add_demo_cases as add

    return add(store)
