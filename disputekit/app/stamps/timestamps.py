"""Trusted timestamps of a stored case: a request over its evidence manifest, the reply
attached once checked, and what a window shows of them.

The manifest is the packet's own (`packet.manifest.evidence_manifest`: one `SHA-256  path`
line per evidence file, withheld originals left out as in everything that leaves the
machine), its files re-hashed in the vault first. The request, the manifest and the reply
are kept as files (`store.timestamp_files`) and the case lists them in `timestamps[]`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import Timestamp
from disputekit.domain.case.withheld import releasable
from disputekit.files.private_files import write_private
from disputekit.messages import msg
from disputekit.packet.manifest import evidence_manifest, sha256_text
from disputekit.rfc3161 import (
    Stamp,
    StampRefused,
    as_reply,
    check_reply,
    make_request,
    read_reply,
)
from disputekit.store import Store
from disputekit.store.timestamp_files import TimestampFiles
from disputekit.timeutil import precise_datetime, to_shanghai

__all__ = [
    "Attached",
    "Requested",
    "StampRefused",
    "attach_reply",
    "packet_stamp_files",
    "pending_request",
    "request_timestamp",
    "shown_time",
    "stamp_files",
]


@dataclass(frozen=True)
class Requested:
    """A request made: its bytes (`der`), the record the case keeps, the manifest's files."""

    der: bytes
    record: Timestamp
    files: int


@dataclass(frozen=True)
class Attached:
    """A reply taken: the record now holding its token, and what the token says."""

    record: Timestamp
    stamp: Stamp
    files: int


def stamp_files(store: Store) -> TimestampFiles:
    """The data folder's timestamp files."""
    return TimestampFiles(store.data_dir)


def _manifest(store: Store, case_id: int, case: Case) -> str:
    items = [item for item in releasable(case).evidence if item.sha256]
    if not items:
        raise StampRefused(msg("stamp.no_evidence", case_id=case_id))
    for item in items:
        sha = item.sha256 or ""
        try:
            with store.vault.path(sha).open("rb") as f:
                intact = hashlib.file_digest(f, "sha256").hexdigest() == sha
        except (KeyError, OSError):
            intact = False
        if not intact:  # a stamp vouches for bytes it has seen
            raise StampRefused(msg("stamp.evidence_missing", evidence_id=item.id, sha256=sha))
    return evidence_manifest(items)


def request_timestamp(store: Store, case_id: int, out: Path | None = None) -> Requested:
    """A new request over case `case_id`'s evidence manifest, written to `out` if given (an
    OSError there leaves nothing remembered), kept with the manifest and listed in the case.
    An earlier request stays, with the manifest it covers."""
    case = store.cases.get(case_id)
    manifest = _manifest(store, case_id, case)
    request = make_request(sha256_text(manifest))
    record = Timestamp(request.sha256, request.imprint, str(request.nonce))
    if out is not None:
        write_private(out, request.der)
    files = stamp_files(store)
    files.write(record.manifest_file, manifest.encode("utf-8"))
    files.write(record.request_file, request.der)
    case.timestamps.append(record)
    store.cases.save(case_id, case)
    return Requested(request.der, record, manifest.count("\n"))


def pending_request(store: Store, case_id: int) -> tuple[Timestamp, bytes]:
    """The latest request of the case still awaiting its reply, with its bytes."""
    case = store.cases.get(case_id)
    waiting = [t for t in case.timestamps if not t.token]
    if not waiting:
        raise StampRefused(msg("stamp.no_request", case_id=case_id))
    return waiting[-1], stamp_files(store).read(waiting[-1].request_file)


def attach_reply(store: Store, case_id: int, reply: bytes) -> Attached:
    """Check `reply` against the case's request it answers (status, signature, imprint,
    nonce) and keep it; StampRefused with the reason, nothing stored, otherwise."""
    case = store.cases.get(case_id)
    if not case.timestamps:
        raise StampRefused(msg("stamp.no_request", case_id=case_id))
    stamp = read_reply(reply)
    record = next(
        (t for t in case.timestamps if t.nonce == str(stamp.nonce) and t.imprint == stamp.imprint),
        None,
    )
    if record is None:  # say how it differs from the request it would have answered
        waiting = [t for t in case.timestamps if not t.token] or case.timestamps
        check_reply(reply, waiting[-1].imprint, int(waiting[-1].nonce))
        raise StampRefused(msg("stamp.other_nonce", got=str(stamp.nonce), want=waiting[-1].nonce))
    if record.token:
        raise StampRefused(msg("stamp.already_attached", case_id=case_id, time=shown_time(record)))
    files = stamp_files(store)
    manifest = files.read(record.manifest_file)
    record.token = f"timestamps/{record.request_sha256}.tsr"
    record.tsa = stamp.tsa
    record.gen_time = to_shanghai(stamp.gen_time)
    files.write(record.token, as_reply(reply))
    store.cases.save(case_id, case)
    return Attached(record, stamp, manifest.count(b"\n"))


def shown_time(record: Timestamp) -> str:
    """The token's time to the second, in Asia/Shanghai; a dash while awaiting a reply."""
    return precise_datetime(record.gen_time) if record.gen_time else "—"


def packet_stamp_files(store: Store, case: Case) -> dict[str, bytes]:
    """The case's timestamp files a packet attaches (name → bytes), those at hand."""
    return stamp_files(store).attached(case)
