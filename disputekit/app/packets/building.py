"""Building a stored case's packet: where it is written, which exhibits go in, where the image
cache lives, and the build itself (run by the GUI in a worker, so nothing here touches the
database once the paths are resolved).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from disputekit.app.case_loading import LoadedCase, packet_cache_dir, packet_cache_key
from disputekit.app.packets.fill_progress import FillSheetUnusable
from disputekit.app.packets.precheck import Refusal
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.case.withheld import releasable
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.files.private_files import private_dir
from disputekit.messages import Msg
from disputekit.packet.builder import PacketBlocked, PacketCancelled, build_packet
from disputekit.packet.images.budget import BudgetExceeded
from disputekit.packet.kinds.fill_sheet import (
    FillSheetSpecError,
    fill_sheet_fields,
    write_fill_sheet,
)
from disputekit.packet.preflight import fact_warnings, precheck_warnings
from disputekit.packet.verify import packet_verify
from disputekit.packet.verify.packet_verify import PacketCheck
from disputekit.store import Store

__all__ = [
    "BuiltPacket",
    "PacketRefused",
    "PacketStopped",
    "PacketTooLarge",
    "PacketUnreadable",
    "build_loaded_packet",
    "build_stored_packet",
    "contact_warnings",
    "packet_cache_dir",
    "packet_cache_key",
    "packet_file_name",
    "packet_path",
    "vault_intake_times",
    "vault_paths",
    "verify_packet",
    "with_exhibits",
    "write_case_fill_sheet",
]


class BuiltPacket(Protocol):
    """A packet written: where, how many pages, how many bytes and its exhibits."""

    @property
    def path(self) -> Path: ...
    @property
    def pages(self) -> int: ...
    @property
    def size_bytes(self) -> int: ...
    @property
    def exhibits(self) -> Sequence[object]: ...


class PacketRefused(Exception):
    """A final packet cannot be built; `blockers` say why (nothing was written). As a `str`,
    one reason a line."""

    def __init__(self, blockers: Sequence[Refusal]) -> None:
        self.blockers = list(blockers)
        super().__init__("\n".join(str(b) for b in blockers))


class PacketStopped(Exception):
    """The user stopped the build; nothing was written."""


class PacketTooLarge(Exception):
    """The packet would exceed its size or page budget; nothing was written. `text` says
    what is over, by how much and what to do (a message, Chinese as a `str`);
    `suggested_dpi` is a resolution that would fit, if one would."""

    def __init__(self, text: Msg, suggested_dpi: int | None) -> None:
        self.text, self.suggested_dpi = text, suggested_dpi
        super().__init__(str(text))


@contextmanager
def _refusals_in_app_terms() -> Iterator[None]:
    """The builder's refusals as the app's own errors (the packet builder's types stay below
    the door)."""
    try:
        yield
    except PacketBlocked as blocked:
        raise PacketRefused(blocked.blockers) from None
    except PacketCancelled:
        raise PacketStopped from None
    except BudgetExceeded as over:
        raise PacketTooLarge(over.message_zh(), over.suggested_dpi) from None


class PacketUnreadable(ValueError):
    """The packet or the evidence it is checked against cannot be read at all (not a
    mismatch); as a `str` the reason in Chinese."""


def verify_packet(pdf: Path, evidence: Path) -> PacketCheck:
    """Check the packet at `pdf` against its evidence (a folder or a bundle zip): each file's
    hash, what the attachments and printed pages claim, each picture; PacketUnreadable when
    either cannot be read."""
    try:
        return packet_verify.verify_packet(pdf, evidence)
    except packet_verify.PacketVerifyError as exc:
        raise PacketUnreadable(*exc.args) from None


def packet_file_name(kind: PacketKind, order_no: str = "") -> str:
    """The name a packet is saved under: its kind in Chinese and the order number
    (`12315投诉材料-KM2026….pdf`), with characters no file system takes left out."""
    order = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", order_no).strip(" .")
    return f"{kind.zh}-{order}.pdf" if order else f"{kind.zh}.pdf"


def packet_path(data_dir: Path, case_id: int, kind: PacketKind, order_no: str = "") -> Path:
    """Where the generated packet of a case is kept (the data folder, not the vault): a folder
    per case, the file named as it is saved (`packet_file_name`)."""
    return Path(data_dir) / "packets" / f"case-{case_id}" / packet_file_name(kind, order_no)


def with_exhibits(case: Case, included: list[str]) -> Case:
    """A copy of `case` holding only the `included` evidence, in that order, and events
    linking only to it (the builder numbers every evidence item it is given). An item chosen
    here goes in even if it was left out of packets before (`in_packet`)."""
    keep = set(included)
    by_id = {e.id: e for e in case.evidence}
    events = [
        dataclasses.replace(e, evidence=[i for i in e.evidence if i in keep]) for e in case.events
    ]
    chosen = [dataclasses.replace(by_id[i], in_packet=True) for i in included]
    return dataclasses.replace(case, evidence=chosen, events=events)


def vault_paths(store: Store, case: Case) -> dict[str, Path]:
    """Evidence id → its vault file, for every item with a stored file."""
    return {i.id: store.vault.path(i.sha256) for i in case.evidence if i.sha256}


def vault_intake_times(store: Store, case: Case) -> dict[str, datetime]:
    """When each of the case's stored files (by SHA-256) entered the vault (证据目录 来源)."""
    return {
        i.sha256: store.vault.info(i.sha256).intake_at
        for i in case.evidence
        if i.sha256 and store.vault.has(i.sha256)
    }


def build_stored_packet(
    case: Case,
    kind: PacketKind,
    out: Path,
    *,
    file_for: dict[str, Path],
    today: date,
    cache_dir: Path,
    cache_key: bytes | None = None,
    calendar: WorkCalendar | None = None,
    draft: bool = False,
    max_mb: float | None = None,
    max_pages: int | None = None,
    dpi: int = 150,
    include_withheld: bool = False,
    intake_at: dict[str, datetime] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    stamp_files: dict[str, bytes] | None = None,
) -> BuiltPacket:
    """Build the packet from resolved vault paths (`vault_paths`); the output folder and the
    owner-only image cache are made first; `cache_key` is `packet_cache_key(store)`."""

    def path_of(item: EvidenceItem) -> Path:
        # Never the bundle path: relative to the working folder it could name any file. The
        # builder reports the KeyError as a missing file.
        if item.id not in file_for:
            raise KeyError(f"{item.file or item.id} is not in the evidence vault")
        return file_for[item.id]

    out.parent.mkdir(parents=True, exist_ok=True)
    private_dir(cache_dir)  # copies of the evidence: owner-only like the vault
    with _refusals_in_app_terms():
        return build_packet(
            case,
            kind,
            out,
            file_for=path_of,
            today=today,
            draft=draft,
            max_mb=max_mb,
            max_pages=max_pages,
            dpi=dpi,
            cache_dir=cache_dir,
            progress=progress,
            cancel=cancel,
            calendar=calendar,
            include_withheld=include_withheld,
            intake_at=intake_at,
            stamp_files=stamp_files,
            cache_key=cache_key,
        )


def build_loaded_packet(
    loaded: LoadedCase,
    kind: PacketKind,
    out: Path,
    *,
    today: date,
    draft: bool = False,
    max_mb: float | None = None,
    max_pages: int | None = None,
    dpi: int = 150,
    include_withheld: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> BuiltPacket:
    """Build the packet of a case loaded by `load_case` (a stored id or a case JSON), with
    the store's calendar and the data folder's image cache when there is one."""
    with _refusals_in_app_terms():
        return build_packet(
            loaded.case,
            kind,
            out,
            file_for=loaded.file_for,
            today=today,
            draft=draft,
            max_mb=max_mb,
            max_pages=max_pages,
            dpi=dpi,
            cache_dir=loaded.cache_dir,
            progress=progress,
            calendar=loaded.calendar,
            include_withheld=include_withheld,
            intake_at=loaded.intake_at,
            stamp_files=loaded.stamp_files,
            cache_key=loaded.cache_key,
        )


def write_case_fill_sheet(
    case: Case, today: date, path: Path, include_withheld: bool = False
) -> None:
    """Write the 12315 web form's fields of `case`, with character counts, to `path`; its
    exhibits counted as the packet counts them (withheld originals left out unless asked);
    `FillSheetUnusable` when the file of the form's fields cannot be used."""
    try:
        fields = fill_sheet_fields(releasable(case, include_withheld), today)
    except FillSheetSpecError as exc:
        raise FillSheetUnusable(exc.text) from None
    write_fill_sheet(fields, path)


def contact_warnings(loaded: LoadedCase, kind: PacketKind) -> list[str]:
    """Notes on other stored cases whose complainant uses this one's phone or address, and
    on what the packet prints wrong or bare (`fact_warnings`)."""
    facts = [b.message_zh for b in fact_warnings(loaded.case, kind)]
    return precheck_warnings(loaded.case, kind, loaded.shared_contacts) + facts
