"""The evidence vault's health: every stored file re-hashed against its SHA-256 with the
cases that use a damaged or missing one (see `store.vault_check`), the same told per case,
and the clean-up of files no case uses any more."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from typing import Protocol

from disputekit.store import Store
from disputekit.store.vault import vault_check as _vault
from disputekit.store.vault.cache_gc import purge_caches, released_files
from disputekit.store.vault.vault_check import VaultReport

__all__ = [
    "BadFile",
    "FileUse",
    "VaultFindings",
    "check_vault",
    "collect_garbage",
    "damaged_by_case",
]


class FileUse(Protocol):
    """An evidence item of a case that uses a file, and its name in the case."""

    @property
    def case_id(self) -> int: ...
    @property
    def evidence_id(self) -> str: ...
    @property
    def file(self) -> str: ...


class BadFile(Protocol):
    """A vault file whose bytes no longer hash to its name ("damaged") or that is gone
    ("missing"), with the evidence that uses it."""

    @property
    def sha256(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def uses(self) -> Sequence[FileUse]: ...


class VaultFindings(Protocol):
    """What a vault check found: files re-hashed of all, the bad ones, and whether the user
    stopped it early."""

    @property
    def checked(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def problems(self) -> Sequence[BadFile]: ...
    @property
    def cancelled(self) -> bool: ...
    def bad_files(self) -> Mapping[str, str]: ...


def check_vault(
    store: Store,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VaultReport:
    """Re-hash every file the vault records and name the evidence that uses each damaged or
    missing one; `progress(done, total)` after each file, `cancel()` True stops before the
    next (the report then says `cancelled` and holds what was found so far)."""
    return _vault.check_vault(store, progress, cancel)


def damaged_by_case(report: VaultReport) -> dict[int, list[tuple[str, str]]]:
    """Case id → its evidence items whose file the check found bad, as (evidence id, state),
    cases and items in the order the report names them."""
    by_case: dict[int, list[tuple[str, str]]] = {}
    for problem in report.problems:
        for use in problem.uses:
            by_case.setdefault(use.case_id, []).append((use.evidence_id, problem.state))
    return by_case


def collect_garbage(store: Store, grace: timedelta) -> list[str]:
    """Delete the vault files no case uses that came in more than `grace` ago (another
    window or command may be importing them right now), and the cached pictures and OCR text
    of every file no case releases; the removed vault hashes."""
    removed = store.vault.gc(store.cases.referenced_files(), grace)
    purge_caches(store.data_dir, released_files(store.db), grace)
    return removed
