"""Storage: the SQLite database, the evidence vault and case bundles (no Qt here)."""

from disputekit.store.cases.case_list import CaseDamaged, CaseGone, CaseList
from disputekit.store.cases.case_repository import (
    CaseNotFound,
    CaseRepository,
    EvidenceNotFound,
    MissingFileError,
)
from disputekit.store.cases.summaries import CaseSummary
from disputekit.store.db import StoreError
from disputekit.store.paths import resolve_data_dir
from disputekit.store.settings import SettingsRepository
from disputekit.store.store import Store
from disputekit.store.vault.evidence_vault import (
    EvidenceVault,
    IntakeError,
    IntakeReport,
    StoredFile,
)

__all__ = [
    "CaseDamaged",
    "CaseGone",
    "CaseList",
    "CaseNotFound",
    "CaseRepository",
    "CaseSummary",
    "EvidenceNotFound",
    "EvidenceVault",
    "IntakeError",
    "IntakeReport",
    "MissingFileError",
    "SettingsRepository",
    "Store",
    "StoreError",
    "StoredFile",
    "resolve_data_dir",
]
