"""Re-hashing the evidence vault: every stored file against its SHA-256, with the cases that
use a damaged or missing one (see `store.vault_check`)."""

from __future__ import annotations

from disputekit.store.vault_check import VaultReport, check_vault, file_state

__all__ = ["VaultReport", "check_vault", "file_state"]
