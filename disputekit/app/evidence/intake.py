"""Bringing files into a case: store each in the vault, then attach the batch in one save.

The same file twice is one exhibit, not two: a file whose SHA-256 the case already holds (or
that appears twice in one batch) is stored once and attached once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.parts import Received
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store import IntakeError, Store, StoredFile
from disputekit.store.db import write_transaction
from disputekit.video.probe import VIDEO_FORMATS

__all__ = [
    "Attached",
    "add_bytes",
    "add_files",
    "attach_stored",
    "recorded_metadata",
]


@dataclass
class Attached:
    """What one intake did: ids of the items added, each refused file with its error, and
    whether the user stopped it."""

    added: list[str] = field(default_factory=list)
    failed: list[tuple[Path, IntakeError]] = field(default_factory=list)
    cancelled: bool = False


def attach_stored(
    store: Store,
    case_id: int,
    files: Sequence[StoredFile],
    kind: EvidenceKind = EvidenceKind.OTHER,
    source: str = "",
    caption: str = "",
    received: Mapping[str, Received] | None = None,
) -> list[str]:
    """Attach vault files to the case in one transaction and one save; the ids added.
    `received` gives, by SHA-256, how a file sent over the network came in. A screen recording
    is always of kind `screen_recording`, whatever kind the batch was given."""
    added: list[str] = []
    with write_transaction(store.cases.db):
        case = store.cases.get(case_id)
        present = {e.sha256 for e in case.evidence}
        for stored in files:
            if stored.sha256 in present:
                continue  # the same file twice is one exhibit, not two
            present.add(stored.sha256)
            video = stored.format in VIDEO_FORMATS
            item = EvidenceItem(
                id=case.new_evidence_id(),
                kind=EvidenceKind.SCREEN_RECORDING if video else kind,
                file=stored.original_name,
                source=source or stored.source_note,
                sha256=stored.sha256,
                original_name=stored.original_name,
                derived_from=stored.derived_from,
                caption=caption,
                received=(received or {}).get(stored.sha256),
            )
            case.evidence.append(item)
            added.append(item.id)
        if added:
            store.cases.save(case_id, case)
    return added


def add_files(
    store: Store,
    case_id: int,
    paths: Sequence[Path],
    kind: EvidenceKind,
    source: str = "",
    progress: Callable[[int, int, Path], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    caption: str = "",
    received: Mapping[str, Received] | None = None,
) -> Attached:
    """Store the files (a refused file does not stop the others) and attach what went in,
    each new item with `caption`; `received` as for `attach_stored`. CaseNotFound before
    anything is stored when the case does not exist."""
    store.cases.get(case_id)
    report = store.vault.add_many(list(paths), progress=progress, cancel=cancel)
    added = attach_stored(store, case_id, report.stored, kind, source, caption, received)
    return Attached(added, list(report.failed), report.cancelled)


def add_bytes(
    store: Store, case_id: int, data: bytes, name: str, kind: EvidenceKind, source: str = ""
) -> Attached:
    """Store bytes with no file of their own (a pasted screenshot) and attach them."""
    try:
        stored = store.vault.add_bytes(data, name, source)
    except IntakeError as exc:
        return Attached(failed=[(Path(name), exc)])
    return Attached(added=attach_stored(store, case_id, [stored], kind, source))


def recorded_metadata(store: Store, sha256: str) -> str:
    """What the stored file itself records (device, software, capture time from EXIF or PNG
    text), as the 证据目录 falls back to it when 设备/取证时间 are left empty; "" if nothing.
    KeyError when the file is not in the vault."""
    # Imported here: reading the packet's provenance rules is not needed to start the app.
    from disputekit.packet.images.provenance import exif_time, file_metadata

    meta = file_metadata(store.vault.path(sha256))
    taken = exif_time(meta["captured_at"]) if meta.get("captured_at") else ""
    return " · ".join(v for v in (meta.get("device"), meta.get("software"), taken) if v)
