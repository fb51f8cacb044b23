"""The files a phone sends in one go (a batch), as the desktop holds them until accepted.

A batch is announced by the page (how many files, their names and sizes) and filled one
upload at a time; a file sent on its own (`curl`) is a batch of one. Until the desktop
accepts the batch, its files wait as staged copies in an owner-only temporary folder; nothing
of them is in the store. Accepted, they go through the same intake as a drop; declined,
expired or refused, their staged copies are deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from disputekit.domain.case.parts import Received
from disputekit.messages import Msg, render


class FileState(Enum):
    """Where one sent file is."""

    WAITING = "waiting"  # received and hashed, staged until the desktop accepts the batch
    STORING = "storing"  # being stored as evidence
    STORED = "stored"  # evidence of the case (or already was: the same file twice)
    REFUSED = "refused"  # refused at intake; nothing stored
    DECLINED = "declined"  # the desktop declined the batch, or the session ended first


class BatchState(Enum):
    """Where a batch is: still arriving, waiting for the desktop, or decided."""

    RECEIVING = "receiving"
    READY = "ready"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass
class Upload:
    """One received file: its safe name, size, SHA-256 of the bytes received, staged copy."""

    name: str
    size: int
    sha256: str
    staged: Path
    received: Received
    state: FileState = FileState.WAITING
    evidence_id: str | None = None
    problem: Msg | None = None

    @property
    def facts(self) -> tuple[str, int, str]:
        """Name, size and SHA-256, as a received-file event carries them."""
        return self.name, self.size, self.sha256

    def as_json(self) -> dict[str, Any]:
        """What the page is told about the file (messages in Chinese, the page's language)."""
        return {
            "name": self.name,
            "size": self.size,
            "sha256": self.sha256,
            "state": self.state.value,
            "evidence_id": self.evidence_id,
            "message": render(self.problem, "zh") if self.problem is not None else None,
        }


@dataclass
class Batch:
    """Files sent together from one phone."""

    id: str
    client: str
    created: datetime
    announced: int | None = None  # how many files the page said it would send
    closed: bool = False  # no more files will come (all announced ones were tried)
    tried: int = 0  # uploads tried, received or refused
    uploads: list[Upload] = field(default_factory=list)
    decision: BatchState | None = None  # ACCEPTED or DECLINED once the desktop decided
    told: bool = False  # the desktop was told the batch is ready

    @property
    def state(self) -> BatchState:
        """RECEIVING until every announced file was tried, then READY until decided."""
        if self.decision is not None:
            return self.decision
        return BatchState.READY if self.closed else BatchState.RECEIVING

    @property
    def total_bytes(self) -> int:
        """The size of the files received."""
        return sum(u.size for u in self.uploads)

    def waiting(self) -> list[Upload]:
        """The files staged and not yet stored or dropped."""
        return [u for u in self.uploads if u.state is FileState.WAITING]

    def note_tried(self) -> None:
        """One more file was tried; the batch closes when the announced count is reached."""
        self.tried += 1
        if self.announced is None or self.tried >= self.announced:
            self.closed = True

    def as_json(self) -> dict[str, Any]:
        """The batch as the page's status request sees it."""
        return {
            "batch": self.id,
            "state": self.state.value,
            "files": [u.as_json() for u in self.uploads],
        }


@dataclass(frozen=True)
class BatchView:
    """A snapshot of a batch for the desktop (safe to read in another thread)."""

    id: str
    client: str
    created: datetime
    state: BatchState
    count: int
    total_bytes: int
    files: tuple[tuple[str, int, FileState, str | None, Msg | None], ...]

    @classmethod
    def of(cls, batch: Batch) -> BatchView:
        """The snapshot of `batch` now."""
        return cls(
            batch.id,
            batch.client,
            batch.created,
            batch.state,
            len(batch.uploads),
            batch.total_bytes,
            tuple((u.name, u.size, u.state, u.evidence_id, u.problem) for u in batch.uploads),
        )
