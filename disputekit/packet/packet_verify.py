"""Check a packet PDF against the evidence it vouches for.

The packet carries its manifest (`manifest-sha256.txt`) as an attachment. Each listed file is
looked up in a folder (at its manifest path, under `data/`, or by its bare name) or in a
bundle zip (the BagIt payload, `data/<path>`), re-hashed, and named when it differs or is
missing. Nothing is extracted to disk and nothing is written.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import cast

from disputekit.messages import msg, reason_text
from disputekit.packet.attachments import read_attachments
from disputekit.packet.manifest import MANIFEST_NAME, ManifestEntry, parse_manifest


class PacketVerifyError(ValueError):
    """The packet or the evidence source cannot be read at all (not a mismatch); the
    argument is a `packet_verify.*` message, so `str()` is Chinese."""


@dataclass
class PacketCheck:
    """Per-file outcome: `matched`, `altered` and `missing` hold manifest paths."""

    matched: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every listed file was found with the listed hash."""
        return not (self.altered or self.missing)


def packet_manifest(pdf: Path) -> list[ManifestEntry]:
    """The manifest attached to the packet at `pdf`."""
    from pypdf.errors import PdfReadError

    try:
        attached = read_attachments(pdf)
    except (OSError, PdfReadError, ValueError) as exc:
        reason = reason_text(exc)
        raise PacketVerifyError(
            msg("packet_verify.not_pdf", path=str(pdf), reason=reason)
        ) from None
    if MANIFEST_NAME not in attached:
        raise PacketVerifyError(
            msg("packet_verify.no_manifest", path=str(pdf), manifest=MANIFEST_NAME)
        )
    try:
        return parse_manifest(attached[MANIFEST_NAME].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        damaged = msg("packet_verify.manifest_damaged", manifest=MANIFEST_NAME, reason=str(exc))
        raise PacketVerifyError(damaged) from None


def _file_sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _member_sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    # zipfile's reader stops at the member's declared size and checks its CRC at the end.
    with zf.open(info) as member:
        # typeshed types the member as IO[bytes]; it is a ZipExtFile, which has readinto().
        return hashlib.file_digest(cast(io.BufferedIOBase, member), "sha256").hexdigest()


def _in_folder(folder: Path, rel: str) -> Path | None:
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts:
        return None  # a manifest never points outside the folder it is checked against
    for candidate in (folder / pure, folder / "data" / pure, folder / pure.name):
        if candidate.is_file():
            return candidate
    return None


def check_against_folder(entries: list[ManifestEntry], folder: Path) -> PacketCheck:
    """Re-hash each listed file found in `folder`."""
    result = PacketCheck()
    for entry in entries:
        path = _in_folder(folder, entry.path)
        if path is None:
            result.missing.append(entry.path)
        elif _file_sha256(path) == entry.sha256:
            result.matched.append(entry.path)
        else:
            result.altered.append(entry.path)
    return result


def check_against_bundle(entries: list[ManifestEntry], bundle: Path) -> PacketCheck:
    """Re-hash each listed file inside the bundle zip (its BagIt payload)."""
    from disputekit.store.bundles.bag_check import BundleError, locate_bag

    result = PacketCheck()
    try:
        with zipfile.ZipFile(bundle) as zf:
            try:
                files = locate_bag(zf)
            except BundleError:  # a plain zip of the evidence folder works too
                files = {i.filename: i for i in zf.infolist() if not i.is_dir()}
            by_name = {PurePosixPath(n).name: i for n, i in files.items()}
            for entry in entries:
                info = files.get(f"data/{entry.path}") or files.get(entry.path)
                info = info or by_name.get(PurePosixPath(entry.path).name)
                if info is None:
                    result.missing.append(entry.path)
                elif _member_sha256(zf, info) == entry.sha256:
                    result.matched.append(entry.path)
                else:
                    result.altered.append(entry.path)
    except (OSError, zipfile.BadZipFile) as exc:
        reason = reason_text(exc)
        raise PacketVerifyError(
            msg("packet_verify.not_zip", path=str(bundle), reason=reason)
        ) from None
    return result


def verify_packet(pdf: Path, evidence: Path) -> PacketCheck:
    """Check the packet at `pdf` against the folder or bundle zip at `evidence`."""
    entries = packet_manifest(pdf)
    if evidence.is_dir():
        return check_against_folder(entries, evidence)
    if evidence.is_file():
        return check_against_bundle(entries, evidence)
    raise PacketVerifyError(msg("packet_verify.no_evidence", path=str(evidence)))
