"""Evidence files → numbered exhibits: found, hashed, checked against the recorded hash, probed.

The packet prints each original's SHA-256, so it hashes the file it actually embeds; a file
whose hash differs from the one recorded at intake is refused, never printed with the old hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.messages import Msg, msg
from disputekit.packet.blocker import Blocker
from disputekit.packet.images.exhibit_images import oriented_size
from disputekit.packet.images.exhibits import Exhibit
from disputekit.packet.kinds.bill_sheet import read_bill_exhibit, rows_for_case
from disputekit.pdf_logging import quiet_pypdf
from disputekit.video.probe import sniff_video


def sha256_file(path: Path) -> str:
    """The file's SHA-256, hex."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def ordered_items(case: Case, exhibit_order: list[str] | None) -> list[EvidenceItem]:
    """The evidence in exhibit order: the ids given first, then the rest in case order."""
    by_id = {item.id: item for item in case.evidence}
    order = list(dict.fromkeys(exhibit_order or []))
    unknown = [i for i in order if i not in by_id]
    if unknown:
        raise ValueError(f"exhibit_order names unknown evidence: {', '.join(unknown)}")
    return [by_id[i] for i in order] + [item for item in case.evidence if item.id not in order]


def grouped_items(case: Case, exhibit_order: list[str] | None) -> list[EvidenceItem]:
    """`ordered_items` without what the user left out, each recording's key frames (by time)
    moved right after it."""
    items = [i for i in ordered_items(case, exhibit_order) if i.in_packet]
    present = {i.id for i in items}
    frames = {i.id for i in items if i.at_seconds is not None and i.derived_from in present}
    out: list[EvidenceItem] = []
    for item in items:
        if item.id in frames:
            continue
        out.append(item)
        out += [f for f in case.frames_of(item.id) if f.id in frames]
    return out


def _recording_of(item: EvidenceItem, exhibits: list[Exhibit]) -> Exhibit | None:
    """The recording exhibit a key frame belongs under, if it is in the packet."""
    if item.at_seconds is None or not item.derived_from:
        return None
    return next((e for e in exhibits if e.recording and e.item.id == item.derived_from), None)


def _pdf_page_sizes(path: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    quiet_pypdf()

    sizes = []
    for page in PdfReader(path).pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        sizes.append((h, w) if page.rotation % 180 else (w, h))
    return sizes


def _detail(exc: Exception) -> object:
    # A message of ours keeps its languages; a library's own text is shown as it is.
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Msg) else str(exc)


def resolve_exhibits(
    case: Case, file_for: Callable[[EvidenceItem], Path], exhibit_order: list[str] | None
) -> tuple[list[Exhibit], list[Blocker]]:
    """Numbered exhibits for the case's evidence, and the problems found with the files. An
    item the user left out (`in_packet` false) is skipped; a screen recording's key frames
    follow it, numbered 证据N-1, N-2 … in recording time."""
    exhibits: list[Exhibit] = []
    blockers: list[Blocker] = []
    index = {item.id: i for i, item in enumerate(case.evidence)}
    number = 0
    for item in grouped_items(case, exhibit_order):
        parent = _recording_of(item, exhibits)
        number = number if parent is not None else number + 1
        where = f"evidence[{index[item.id]}]"
        try:
            path = Path(file_for(item))
        except (KeyError, OSError, ValueError) as exc:
            problem = msg("evidence_file.missing_because", detail=str(exc))
            blockers.append(Blocker("evidence_file_missing", problem, where))
            continue
        if not path.is_file():
            problem = msg("evidence_file.missing", path=str(path))
            blockers.append(Blocker("evidence_file_missing", problem, where))
            continue
        sha = sha256_file(path)
        if item.sha256 and item.sha256.lower() != sha:
            blockers.append(
                Blocker(
                    "evidence_hash_mismatch", msg("evidence_file.altered", name=path.name), where
                )
            )
            continue
        with path.open("rb") as f:
            head = f.read(64)
        is_pdf = head.startswith(b"%PDF-")
        ex = Exhibit(number, item, path, sha, is_pdf, recording=sniff_video(head) is not None)
        if parent is not None:
            ex.parent, ex.sub = parent, 1 + sum(1 for e in exhibits if e.parent is parent)
        try:
            if ex.recording:
                pass  # listed only: the original goes on a storage medium
            elif is_pdf:
                ex.pdf_pages = _pdf_page_sizes(path)
                if not ex.pdf_pages:
                    raise ValueError(msg("evidence_file.no_pages"))
            elif (bill := read_bill_exhibit(path)) is not None:
                # The vault names files by hash: print the name the user knows.
                bill.file_name = item.original_name or Path(item.file).name or path.name
                ex.bill, ex.bill_rows = bill, rows_for_case(bill, case, item)
            else:
                ex.size_px = oriented_size(path)
        except Exception as exc:  # any unreadable file is reported, not a crash mid-build
            problem = msg("evidence_file.unreadable", name=path.name, detail=_detail(exc))
            blockers.append(Blocker("evidence_unreadable", problem, where))
            continue
        exhibits.append(ex)
    return exhibits, blockers
