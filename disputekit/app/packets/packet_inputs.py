"""What building a stored case's packet needs from the data folder besides the case: its
files, when each came in, its timestamp files, the picture cache and the user's calendar.
Gathered on the GUI thread, so the builder in its worker thread never touches the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from disputekit.app.case_loading import packet_cache_dir, packet_cache_key
from disputekit.app.packets.building import vault_intake_times, vault_paths
from disputekit.app.stamps.timestamps import packet_stamp_files
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.store import Store


@dataclass(frozen=True)
class PacketInputs:
    """`file_for`: evidence id → its vault file; `intake_at`: SHA-256 → when the file came
    in (证据目录 来源); `stamp_files`: the timestamp files attached (name → bytes);
    `cache_dir`/`cache_key`: the packet picture cache; `calendar`: with the user's days off
    and workdays."""

    file_for: dict[str, Path]
    intake_at: dict[str, datetime]
    stamp_files: dict[str, bytes]
    cache_dir: Path
    cache_key: bytes | None
    calendar: WorkCalendar


def packet_inputs(store: Store, case: Case) -> PacketInputs:
    """Everything but the case and the options that a packet of `case` is built from."""
    return PacketInputs(
        file_for=vault_paths(store, case),
        intake_at=vault_intake_times(store, case),
        stamp_files=packet_stamp_files(store, case),
        cache_dir=packet_cache_dir(Path(store.data_dir)),
        cache_key=packet_cache_key(store),
        calendar=store.calendar(),
    )
