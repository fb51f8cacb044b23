"""Reading and checking a zipped BagIt bag (RFC 8493) without extracting it.

The bag may sit at the zip's root or in one top-level folder. Checks: `bagit.txt`, every
payload file against `manifest-sha256.txt` (missing, extra, altered), `bag-info.txt` and the
other tag files against `tagmanifest-sha256.txt` (both required), `data/case.json` against
the case contract, and every evidence item's file and sha256.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import cast

from disputekit.domain.case.document.case_json import CaseFormatError, loads_case
from disputekit.domain.case.model import Case
from disputekit.messages import Localized, Msg, msg, reason_text, render
from disputekit.messages.message import CHINESE, ENGLISH
from disputekit.store.bundles.zip_safety import read_member

MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
BAG_INFO = "bag-info.txt"
# The tag files a tag manifest must cover: without that, bag-info or the manifest itself could
# be swapped unnoticed.
REQUIRED_TAGS = ("bagit.txt", BAG_INFO, MANIFEST)
# What a damaged member raises while it is read: a bad CRC, a broken deflate stream, a
# truncated file.
READ_ERRORS = (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError)
CASE_JSON = "data/case.json"
MAX_CASE_JSON_BYTES = 50 * 1024 * 1024
MAX_TAG_FILE_BYTES = 10 * 1024 * 1024


class BundleError(ValueError):
    """A bundle that cannot be imported (or a case that cannot be exported): `message` says
    what failed and `problems` name each thing wrong, as messages (`disputekit.messages`;
    a problem from elsewhere, such as an OS error, is plain text). `text` is the whole report
    in either language (`render(error.text, language)`); as a `str` the error is Chinese."""

    def __init__(self, message: Msg, problems: Sequence[str] | None = None) -> None:
        self.message = message
        self.problems = list(problems or [])
        self.text = Localized(self._report(CHINESE), self._report(ENGLISH))
        super().__init__(str(self.text))

    def _report(self, language: str) -> str:
        lines = [render(self.message, language)]
        lines += [f"  - {render(p, language)}" for p in self.problems]
        return "\n".join(lines)


@dataclass
class CheckedBag:
    """The outcome of `check_bag`: problems (empty = valid), and if valid the case (every
    evidence sha256 filled in) and the member holding each evidence item's file."""

    problems: list[Msg] = field(default_factory=list)
    case: Case | None = None
    evidence_members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)


def evidence_label(index: int, item_id: str) -> str:
    """How a problem names an evidence item of the case JSON: `evidence[0] (e1)`."""
    return f"evidence[{index}] ({item_id})"


def in_case_json(problem: str) -> Msg:
    """A problem of the bundle's case JSON, prefixed with its name."""
    return msg("json.at", path=CASE_JSON, problem=problem)


def locate_bag(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The bag's files by path relative to the bag root; `BundleError` if there is no bag."""
    files = {i.filename: i for i in zf.infolist() if not i.is_dir()}
    if "bagit.txt" in files:
        return files
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1:
        top = tops.pop() + "/"
        if top + "bagit.txt" in files:
            return {n.removeprefix(top): i for n, i in files.items()}
    raise BundleError(msg("bundle.not_bundle"), [msg("bundle.not_bag")])


def _sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    # zipfile's reader stops at the member's declared size and checks its CRC at the end.
    with zf.open(info) as member:
        # typeshed types the member as IO[bytes]; it is a ZipExtFile, which has readinto().
        return hashlib.file_digest(cast(io.BufferedIOBase, member), "sha256").hexdigest()


def _read(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, problems: list[Msg]
) -> bytes | None:
    """The member's bytes, or None with the damage recorded."""
    try:
        return read_member(zf, info)
    except READ_ERRORS as exc:
        problems.append(msg("bundle.damaged", name=name, reason=reason_text(exc)))
        return None


def _decode_path(text: str) -> str:
    # RFC 8493 §2.1.3: CR, LF and % are percent-encoded in manifests.
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unsafe(path: str) -> bool:
    pure = PurePosixPath(path)
    return pure.is_absolute() or ".." in pure.parts or "\\" in path or "\x00" in path


def _read_manifest(
    zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], name: str, problems: list[Msg]
) -> dict[str, str]:
    info = files[name]
    if info.file_size > MAX_TAG_FILE_BYTES:
        problems.append(msg("bundle.too_large", name=name, size=f"{info.file_size:,}"))
        return {}
    entries: dict[str, str] = {}
    data = _read(zf, info, name, problems)
    if data is None:
        return {}
    text = data.decode("utf-8", errors="replace")
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        digest, _, rest = line.strip().partition(" ")
        path = _decode_path(rest.strip())
        if len(digest) != 64 or not path:
            problems.append(msg("bundle.manifest_line", name=name, line=n))
        elif _unsafe(path):
            problems.append(msg("bundle.manifest_unsafe", name=name, line=n, path=repr(path)))
        else:
            entries[path] = digest.lower()
    return entries


def _compare(
    zf: zipfile.ZipFile,
    files: dict[str, zipfile.ZipInfo],
    listed: dict[str, str],
    manifest: str,
    problems: list[Msg],
) -> dict[str, str]:
    """Hash each listed file; report the missing and altered ones. Returns path -> sha256."""
    actual: dict[str, str] = {}
    for path, digest in listed.items():
        info = files.get(path)
        if info is None:
            problems.append(msg("bundle.missing_listed", path=path, manifest=manifest))
            continue
        try:
            actual[path] = _sha256(zf, info)
        except READ_ERRORS as exc:
            problems.append(msg("bundle.damaged", name=path, reason=reason_text(exc)))
            continue
        if actual[path] != digest:
            problems.append(msg("bundle.altered_listed", path=path, manifest=manifest))
    return actual


def check_bag(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo]) -> CheckedBag:
    """Check the bag whose files (relative to the bag root) are `files`."""
    out = CheckedBag()
    problems = out.problems
    bagit_txt = files.get("bagit.txt")
    declared = _read(zf, bagit_txt, "bagit.txt", problems) if bagit_txt else None
    if declared is None or b"BagIt-Version:" not in declared[:4096]:
        problems.append(msg("bundle.no_version"))
    if MANIFEST not in files:
        problems.append(msg("bundle.file_missing", name=MANIFEST))
        return out
    listed = _read_manifest(zf, files, MANIFEST, problems)
    for path in sorted(p for p in files if p.startswith("data/") and p not in listed):
        problems.append(msg("bundle.extra", path=path, manifest=MANIFEST))
    hashes = _compare(zf, files, listed, MANIFEST, problems)
    if BAG_INFO not in files:
        problems.append(msg("bundle.file_missing", name=BAG_INFO))
    if TAG_MANIFEST in files:
        tags = _read_manifest(zf, files, TAG_MANIFEST, problems)
        _compare(zf, files, tags, TAG_MANIFEST, problems)
        problems.extend(
            msg("bundle.tag_unlisted", manifest=TAG_MANIFEST, tag=tag)
            for tag in REQUIRED_TAGS
            if tag in files and tag not in tags
        )
    else:
        problems.append(msg("bundle.no_tag_manifest", name=TAG_MANIFEST))
    out.case = _check_case(zf, files, hashes, out)
    if problems:
        out.case = None
    return out


def _check_case(
    zf: zipfile.ZipFile,
    files: dict[str, zipfile.ZipInfo],
    hashes: dict[str, str],
    out: CheckedBag,
) -> Case | None:
    info = files.get(CASE_JSON)
    if info is None:
        out.problems.append(msg("bundle.missing", path=CASE_JSON))
        return None
    if info.file_size > MAX_CASE_JSON_BYTES:
        out.problems.append(msg("bundle.too_large", name=CASE_JSON, size=f"{info.file_size:,}"))
        return None
    data = _read(zf, info, CASE_JSON, out.problems)
    if data is None:
        return None
    try:
        case = loads_case(data)
    except CaseFormatError as exc:
        out.problems.extend(in_case_json(err.text) for err in exc.errors)
        return None
    for i, item in enumerate(case.evidence):
        label = evidence_label(i, item.id)
        path = f"data/{PurePosixPath(item.file)}"
        if not item.file or _unsafe(item.file):
            where = msg("bundle.not_bundle_path", label=label, file=repr(item.file))
            out.problems.append(in_case_json(where))
        elif path not in files:
            out.problems.append(msg("bundle.missing_file_of", path=path, label=label))
        elif path not in hashes:
            continue  # already reported against the manifest
        elif item.sha256 and item.sha256 != hashes[path]:
            out.problems.append(msg("bundle.altered_file_of", path=path, label=label))
        else:
            item.sha256 = hashes[path]
            out.evidence_members[item.id] = files[path]
    return case
