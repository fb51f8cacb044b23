"""The case store as the windows see it: the store handed out by the composition root, the
case list and its rows, the default complainant, and the example cases."""

from __future__ import annotations

from disputekit.store import CaseList, CaseNotFound, CaseSummary, EvidenceVault, Store
from disputekit.store.demo import add_demo_cases
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
