"""Bulk packets: the same packet kind built for each case into one folder, named as the
single-case save names it (`12315投诉材料-KM….pdf`). A case the pre-check blocks is skipped
with its reasons (drafts are built for every case); the packet builder writes each PDF whole
or not at all."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import date
from pathlib import Path

from disputekit.app.bulk.results import (
    BulkResult,
    Cancelled,
    Outcome,
    Progress,
    Stopped,
    check_output,
    run_each,
    unique_path,
)
from disputekit.app.case_loading import packet_cache_dir, packet_cache_key
from disputekit.app.packets.building import (
    PacketRefused,
    PacketStopped,
    PacketTooLarge,
    build_stored_packet,
    packet_file_name,
    vault_intake_times,
    vault_paths,
)
from disputekit.app.stamps.timestamps import packet_stamp_files
from disputekit.app.workspace import saved_packet_defaults
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.messages import Joined, msg
from disputekit.store import Store

__all__ = ["build_packets"]


def build_packets(
    store: Store,
    case_ids: Sequence[int],
    kind: PacketKind,
    folder: Path,
    *,
    today: date,
    draft: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BulkResult:
    """Build the `kind` packet of each case into `folder` with the saved size budget and
    resolution, on `today`: final (a case the pre-check blocks is skipped), or with `draft`
    a draft of every case, marked 草稿 on each page, to check before filing. A file already
    there is never written over. FolderRefused before any case when `folder` cannot take
    files."""
    folder = Path(folder)
    kind = PacketKind(kind)
    check_output(folder / packet_file_name(kind), store.data_dir)
    options = dataclasses.asdict(saved_packet_defaults(store))
    calendar = store.calendar()
    key = packet_cache_key(store)
    taken: set[Path] = set()
    with ExitStack() as stack:
        if store.read_only:  # a write-protected data folder keeps no image cache
            cache = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        else:
            cache = packet_cache_dir(Path(store.data_dir))

        def step(case_id: int, case: Case) -> Outcome:
            out = unique_path(folder, packet_file_name(kind, case.order.order_no), taken)
            try:
                built = build_stored_packet(
                    case,
                    kind,
                    out,
                    file_for=vault_paths(store, case),
                    intake_at=vault_intake_times(store, case),
                    stamp_files=packet_stamp_files(store, case),
                    today=today,
                    cache_dir=cache,
                    cache_key=key,
                    calendar=calendar,
                    draft=draft,
                    cancel=cancelled,
                    **options,
                )
            except PacketRefused as exc:
                taken.discard(out)
                reasons = tuple(b.message_zh for b in exc.blockers)
                return Outcome(
                    "skipped", msg("bulk.packet_blocked", reasons=Joined(reasons, "clauses"))
                )
            except PacketTooLarge as exc:
                taken.discard(out)
                return Outcome("failed", exc.text)
            except PacketStopped:
                raise Stopped from None
            return Outcome("done", path=built.path)

        result = run_each(store, case_ids, step, progress, cancelled)
    result.folder = folder if result.written() else None
    return result
