"""Re-hashing the whole evidence vault, so a damaged file is found now rather than on the day
a packet or an export needs it (a failing disk, a sync tool or a stray edit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from disputekit.store.store import Store

State = Literal["damaged", "missing"]


@dataclass(frozen=True)
class EvidenceUse:
    """One evidence item that uses a vault file."""

    case_id: int
    evidence_id: str
    file: str


@dataclass(frozen=True)
class VaultProblem:
    """A vault file whose bytes no longer hash to its name, or that is gone."""

    sha256: str
    state: State
    uses: tuple[EvidenceUse, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "state": self.state,
            "uses": [
                {"case_id": u.case_id, "evidence_id": u.evidence_id, "file": u.file}
                for u in self.uses
            ],
        }


@dataclass
class VaultReport:
    """The outcome of `check_vault`: how many files were re-hashed and what is wrong."""

    checked: int = 0
    total: int = 0
    problems: list[VaultProblem] = field(default_factory=list)
    cancelled: bool = False

    def bad_files(self) -> dict[str, State]:
        """sha256 → state, for marking evidence items."""
        return {p.sha256: p.state for p in self.problems}

    def to_json(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "total": self.total,
            "ok": not self.problems and not self.cancelled,
            "cancelled": self.cancelled,
            "problems": [p.to_json() for p in self.problems],
        }


def check_vault(
    store: Store,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> VaultReport:
    """Re-hash every file the vault records; name the evidence using each bad one.
    `progress(done, total)` after each file; `cancel()` True stops before the next."""
    hashes = [row[0] for row in store.db.execute("SELECT sha256 FROM files ORDER BY sha256")]
    report = VaultReport(total=len(hashes))
    for sha in hashes:
        if cancel is not None and cancel():
            report.cancelled = True
            break
        state = file_state(store, sha)
        if state is not None:
            report.problems.append(VaultProblem(sha, state, _uses(store, sha)))
        report.checked += 1
        if progress is not None:
            progress(report.checked, report.total)
    return report


def file_state(store: Store, sha256: str) -> State | None:
    """None when the vault copy is whole; else whether it is damaged or missing."""
    if not store.vault.blob_path(sha256).is_file():
        return "missing"
    try:
        return None if store.vault.verify(sha256) else "damaged"
    except OSError:  # unreadable (permissions, a bad sector): as good as damaged
        return "damaged"


def _uses(store: Store, sha256: str) -> tuple[EvidenceUse, ...]:
    rows = store.db.execute(
        "SELECT case_id, evidence_id, file FROM evidence WHERE sha256 = ? "
        "ORDER BY case_id, position",
        [sha256],
    )
    return tuple(EvidenceUse(int(r[0]), str(r[1]), str(r[2])) for r in rows)
