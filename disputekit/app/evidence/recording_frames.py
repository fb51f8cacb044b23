"""A screen recording's key frames as evidence: each a PNG in the vault, marked as derived.

Each frame is an evidence item of its own (own SHA-256) whose `derived_from` is the
recording's evidence id and `at_seconds` its time in the recording; the vault's own record of
the PNG names the recording's SHA-256. All frames are found first and then attached in one
transaction, so a cancelled or failed extraction leaves the case as it was. Taking the frames
of the same recording again adds only frames not already held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from disputekit.app.evidence.intake import attach_stored
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind, EvidenceSource
from disputekit.messages import msg
from disputekit.store import IntakeError, Store
from disputekit.store.db import write_transaction
from disputekit.video.keyframes import MAX_FRAMES, clock_text, key_frames
from disputekit.video.probe import VideoError, sniff_video, video_available

__all__ = [
    "FrameRow",
    "FramesTaken",
    "VideoError",
    "frame_thumbnails",
    "keep_recording",
    "recording_frames",
    "set_in_packet",
    "take_frames",
    "video_available",
]


@dataclass(frozen=True)
class FrameRow:
    """One key frame of a recording as the case holds it."""

    evidence_id: str
    at_seconds: float
    sha256: str
    in_packet: bool = True


@dataclass
class FramesTaken:
    """The recording and its key frames after an extraction; `note` when it stopped at the
    cap (a `Msg`, else "")."""

    recording_id: str
    recording_sha256: str
    frames: list[FrameRow] = field(default_factory=list)
    note: str = ""


def keep_recording(store: Store, case_id: int, path: Path) -> str:
    """Store a recording file and attach it (or find it already attached); its evidence id.
    IntakeError when the file is refused or is not a recording (then nothing is stored)."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError:
        head = b""  # the vault says why it cannot read the file
    # Missing, unreadable or empty: the vault's own refusal says which.
    report = store.vault.add_many([path]) if sniff_video(head) or not head else None
    if report is not None and report.failed:
        raise report.failed[0][1]
    if report is None or not report.stored:
        raise IntakeError(path, "unsupported", msg("frames.not_recording", name=path.name))
    stored = report.stored[0]
    attach_stored(store, case_id, [stored], EvidenceKind.SCREEN_RECORDING)
    case = store.cases.get(case_id)
    return next(e.id for e in case.evidence if e.sha256 == stored.sha256)


def take_frames(
    store: Store,
    case_id: int,
    recording_id: str,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> FramesTaken:
    """Find the recording's key frames and attach them to the case in one save.
    VideoError when the extra is missing, the recording is too long or damaged, or the user
    cancelled (`code` "cancelled"); the case is then unchanged."""
    case = store.cases.get(case_id)
    recording = _recording(case, recording_id)
    sha = recording.sha256 or ""
    found = key_frames(store.vault.path(sha), progress, cancel)
    if found.cancelled:
        raise VideoError("cancelled", msg("video.cancelled"))
    stem = PurePath(recording.original_name or recording.file or recording.id).stem
    stored = [
        (frame, store.vault.add_bytes(frame.png, _frame_name(stem, frame.at_seconds),
                                      "key_frame", derived_from=sha))
        for frame in found.frames
    ]  # fmt: skip
    with write_transaction(store.cases.db):
        case = store.cases.get(case_id)
        held = {e.sha256 for e in case.evidence}
        new: list[EvidenceItem] = []
        for frame, file in stored:
            if file.sha256 in held:
                continue
            held.add(file.sha256)
            new.append(
                EvidenceItem(
                    id=_next_id(case, new),
                    kind=EvidenceKind.SCREEN_RECORDING,
                    file=file.original_name,
                    source=EvidenceSource.SCREEN_RECORDING.value,
                    sha256=file.sha256,
                    original_name=file.original_name,
                    derived_from=recording_id,
                    at_seconds=frame.at_seconds,
                )
            )
        if new:
            _insert_after(case, recording_id, new)
            store.cases.save(case_id, case)
    note = ""
    if found.capped:
        note = msg("video.capped", count=MAX_FRAMES, at=clock_text(found.reached))
    return FramesTaken(recording_id, sha, recording_frames(case, recording_id), note)


def recording_frames(case: Case, recording_id: str) -> list[FrameRow]:
    """The key frames the case holds for the recording, in recording time order."""
    return [
        FrameRow(e.id, e.at_seconds or 0.0, e.sha256 or "", e.in_packet)
        for e in case.frames_of(recording_id)
    ]


def frame_thumbnails(store: Store, frames: list[FrameRow], size: int = 256) -> dict[str, Path]:
    """Each frame's thumbnail file (made on first request), by evidence id."""
    return {f.evidence_id: store.vault.thumbnail(f.sha256, size) for f in frames}


def set_in_packet(store: Store, case_id: int, chosen: dict[str, bool]) -> None:
    """Record which evidence items go into packets (the user's ticks), in one save."""
    with write_transaction(store.cases.db):
        case = store.cases.get(case_id)
        for item in case.evidence:
            if item.id in chosen:
                item.in_packet = chosen[item.id]
        store.cases.save(case_id, case)


def _recording(case: Case, recording_id: str) -> EvidenceItem:
    item = case.evidence_by_id(recording_id)
    if item is None or item.kind is not EvidenceKind.SCREEN_RECORDING or not item.sha256:
        raise VideoError("not_recording", msg("frames.not_recording", name=recording_id))
    return item


def _frame_name(stem: str, at: float) -> str:
    return f"{stem}@{clock_text(at).replace(':', '-')}.png"


def _next_id(case: Case, new: list[EvidenceItem]) -> str:
    used = {e.id for e in case.evidence} | {e.id for e in new}
    n = len(used) + 1
    while f"e{n}" in used:
        n += 1
    return f"e{n}"


def _insert_after(case: Case, recording_id: str, new: list[EvidenceItem]) -> None:
    """Put new frames right after the recording's existing frames (or the recording)."""
    ids = [recording_id, *(f.id for f in case.frames_of(recording_id))]
    at = max(i for i, e in enumerate(case.evidence) if e.id in ids) + 1
    case.evidence[at:at] = new
