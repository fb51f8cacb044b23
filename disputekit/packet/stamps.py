"""A packet's trusted timestamps: each token the case holds (checked again as it is read),
the manifest it stamps, the files attached to the PDF and which exhibits it covers."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import Timestamp
from disputekit.packet.images.exhibits import Exhibit
from disputekit.packet.manifest import exhibit_path, parse_manifest
from disputekit.rfc3161 import Stamp, StampRefused, read_reply


@dataclass(frozen=True)
class PacketStamp:
    """One attached token: its record, the reply's bytes, the manifest it stamps and what the
    token says; `number` names its attachments (`timestamp-N.tsr`)."""

    number: int
    record: Timestamp
    reply: bytes
    manifest: bytes
    stamp: Stamp

    @property
    def reply_name(self) -> str:
        return f"timestamp-{self.number}.tsr"

    @property
    def manifest_name(self) -> str:
        return f"timestamp-{self.number}-manifest-sha256.txt"

    def uncovered(self, exhibits: list[Exhibit]) -> list[Exhibit]:
        """The exhibits this stamp does not cover (not in its manifest with these bytes)."""
        text = self.manifest.decode("utf-8", errors="replace")
        try:
            stamped = {(e.path, e.sha256) for e in parse_manifest(text)}
        except ValueError:
            return list(exhibits)
        return [ex for ex in exhibits if (exhibit_path(ex), ex.sha256) not in stamped]


def packet_stamps(case: Case, files: Mapping[str, bytes]) -> list[PacketStamp]:
    """The case's attached tokens whose files are at hand (`files`: name → bytes) and still
    check out (the manifest is the one stamped, the token is valid), in the case's order."""
    found: list[PacketStamp] = []
    for record in case.timestamps:
        reply, manifest = files.get(record.token), files.get(record.manifest_file)
        if not record.token or reply is None or manifest is None:
            continue
        if hashlib.sha256(manifest).hexdigest() != record.imprint:
            continue
        try:
            stamp = read_reply(reply)
        except StampRefused:
            continue
        if stamp.imprint == record.imprint:
            found.append(PacketStamp(len(found) + 1, record, reply, manifest, stamp))
    return found


def stamp_attachments(stamps: list[PacketStamp]) -> dict[str, bytes]:
    """The PDF attachments of the stamps: each reply and the manifest it stamps."""
    files: dict[str, bytes] = {}
    for s in stamps:
        files[s.reply_name] = s.reply
        files[s.manifest_name] = s.manifest
    return files
