"""What intake hands between its steps: the batch report, and one checked file awaiting its copy."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from disputekit.store.vault.intake_errors import IntakeError
from disputekit.store.vault.vault_files import StoredFile


@dataclass
class IntakeReport:
    """The outcome of `add_many`: what went in, what was refused and why, and if it stopped."""

    stored: list[StoredFile] = field(default_factory=list)
    failed: list[tuple[Path, IntakeError]] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class _Staged:
    """A checked file waiting for its durable copy (`data`, empty if the copy is whole) and
    its row (`known`: the row already exists)."""

    stored: StoredFile
    data: bytes
    known: bool
    temp: Path | None = None  # a recording's checked copy, renamed into place when stored
