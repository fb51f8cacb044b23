"""Check a packet PDF against the evidence it vouches for.

The packet carries its manifest (`manifest-sha256.txt`) and case JSON as attachments. Both are
first held against what the packet's pages print (`packet_cross_check`): an attachment
rewritten, shortened or emptied after the packet was made is named, a damaged one refused.
Each listed file (and each printed one the manifest leaves out) is then looked up in a folder
(at its manifest path, under `data/`, or by its bare name) or in a bundle zip (the BagIt
payload, `data/<path>`), re-hashed, and named when it differs or is missing. Nothing is
extracted to disk and nothing is written.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast

from disputekit.messages import Msg, msg, reason_text
from disputekit.packet.manifest import MANIFEST_NAME, ManifestEntry, parse_manifest
from disputekit.packet.verify.packet_claims import AttachmentError, PrintedHashes, read_packet
from disputekit.packet.verify.packet_cross_check import cross_check
from disputekit.packet.verify.picture_check import Opener, check_pictures

# More checks with the evidence files, given the paths found with their listed hash.
Then = Callable[[Opener, list[str]], list[Msg]]


class PacketVerifyError(ValueError):
    """The packet or the evidence source cannot be read at all (not a mismatch); the
    argument is a `packet_verify.*` message, so `str()` is Chinese."""


@dataclass
class PacketCheck:
    """Per-file outcome: `matched`, `altered` and `missing` hold manifest paths; `problems`
    what the packet's attachments and printed pages disagree on."""

    matched: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    problems: list[Msg] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the packet agrees with itself and every file has the listed hash."""
        return not (self.altered or self.missing or self.problems)


def read_claims(pdf: Path) -> tuple[Any, dict[str, bytes], PrintedHashes]:
    """The PDF's reader, its attachments (read strictly) and the hashes its pages print."""
    from pypdf.errors import PdfReadError

    try:
        return read_packet(pdf)
    except AttachmentError as exc:
        raise PacketVerifyError(exc.args[0]) from None
    except (OSError, PdfReadError, ValueError) as exc:
        reason = reason_text(exc)
        raise PacketVerifyError(
            msg("packet_verify.not_pdf", path=str(pdf), reason=reason)
        ) from None


def packet_manifest(pdf: Path, attached: dict[str, bytes]) -> list[ManifestEntry]:
    """The manifest among the packet's attachments."""
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


def check_against_folder(
    entries: list[ManifestEntry], folder: Path, then: Then | None = None
) -> PacketCheck:
    """Re-hash each listed file found in `folder`; `then` checks more with the files."""
    result = PacketCheck()
    for entry in entries:
        path = _in_folder(folder, entry.path)
        if path is None:
            result.missing.append(entry.path)
        elif _file_sha256(path) == entry.sha256:
            result.matched.append(entry.path)
        else:
            result.altered.append(entry.path)
    if then is not None:

        def open_file(rel: str) -> IO[bytes] | None:
            path = _in_folder(folder, rel)
            return None if path is None else path.open("rb")

        result.problems += then(open_file, result.matched)
    return result


def check_against_bundle(
    entries: list[ManifestEntry], bundle: Path, then: Then | None = None
) -> PacketCheck:
    """Re-hash each listed file inside the bundle zip (its BagIt payload); `then` checks
    more with the files."""
    from disputekit.store.bundles.bag_check import BundleError, locate_bag

    result = PacketCheck()
    try:
        with zipfile.ZipFile(bundle) as zf:
            try:
                files = locate_bag(zf)
            except BundleError:  # a plain zip of the evidence folder works too
                files = {i.filename: i for i in zf.infolist() if not i.is_dir()}
            by_name = {PurePosixPath(n).name: i for n, i in files.items()}

            def member(rel: str) -> zipfile.ZipInfo | None:
                info = files.get(f"data/{rel}") or files.get(rel)
                return info or by_name.get(PurePosixPath(rel).name)

            for entry in entries:
                info = member(entry.path)
                if info is None:
                    result.missing.append(entry.path)
                elif _member_sha256(zf, info) == entry.sha256:
                    result.matched.append(entry.path)
                else:
                    result.altered.append(entry.path)
            if then is not None:

                def open_file(rel: str) -> IO[bytes] | None:
                    info = member(rel)
                    return None if info is None else zf.open(info)

                result.problems += then(open_file, result.matched)
    except (OSError, zipfile.BadZipFile) as exc:
        reason = reason_text(exc)
        raise PacketVerifyError(
            msg("packet_verify.not_zip", path=str(bundle), reason=reason)
        ) from None
    return result


def verify_packet(pdf: Path, evidence: Path) -> PacketCheck:
    """Check the packet at `pdf` against the folder or bundle zip at `evidence`."""
    reader, attached, printed = read_claims(pdf)
    entries = packet_manifest(pdf, attached)
    problems, left_out = cross_check(attached, entries, printed)

    def pictures(open_file: Opener, matched: list[str]) -> list[Msg]:
        found = [e for e in entries + left_out if e.path in matched]
        return check_pictures(reader, attached, found, open_file)

    if evidence.is_dir():
        result = check_against_folder(entries + left_out, evidence, pictures)
    elif evidence.is_file():
        result = check_against_bundle(entries + left_out, evidence, pictures)
    else:
        raise PacketVerifyError(msg("packet_verify.no_evidence", path=str(evidence)))
    result.problems = problems + result.problems
    return result
