"""Reading and checking a zipped BagIt bag (RFC 8493) without extracting it.

The bag may sit at the zip's root or in one top-level folder. Checks: `bagit.txt`, every
payload file against `manifest-sha256.txt` (missing, extra, altered), `bag-info.txt` and the
other tag files against `tagmanifest-sha256.txt` (both required), `data/case.json` against
the case contract, and every evidence item's file and sha256.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from disputekit.domain.case_json import CaseFormatError, loads_case
from disputekit.domain.model import Case
from disputekit.messages import msg
from disputekit.store.zip_safety import read_member

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
    """A bundle that cannot be imported or exported: `message` says what (a message code,
    `bundle.*`), `problems` names each thing wrong (the checks' own words); `text` is both,
    rendered per language by the UI, `str()` as the command line prints it."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.message = message
        self.problems = problems or []
        listed = "".join(f"\n  - {p}" for p in self.problems)
        self.text = msg("store.bundle_problems", message=message, problems=listed)
        super().__init__(str(self.text))


@dataclass
class CheckedBag:
    """The outcome of `check_bag`: problems (empty = valid), and if valid the case (every
    evidence sha256 filled in) and the member holding each evidence item's file."""

    problems: list[str] = field(default_factory=list)
    case: Case | None = None
    evidence_members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)


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
    raise BundleError(msg("bundle.not_a_bundle"), ["bagit.txt is missing: this is not a BagIt bag"])


def _sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    # zipfile's reader stops at the member's declared size and checks its CRC at the end.
    with zf.open(info) as member:
        return hashlib.file_digest(member, "sha256").hexdigest()


def _read(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, problems: list[str]
) -> bytes | None:
    """The member's bytes, or None with the damage recorded."""
    try:
        return read_member(zf, info)
    except READ_ERRORS as exc:
        problems.append(f"damaged: {name} ({exc})")
        return None


def _decode_path(text: str) -> str:
    # RFC 8493 §2.1.3: CR, LF and % are percent-encoded in manifests.
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unsafe(path: str) -> bool:
    pure = PurePosixPath(path)
    return pure.is_absolute() or ".." in pure.parts or "\\" in path


def _read_manifest(
    zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], name: str, problems: list[str]
) -> dict[str, str]:
    info = files[name]
    if info.file_size > MAX_TAG_FILE_BYTES:
        problems.append(f"{name} is too large ({info.file_size:,} bytes)")
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
            problems.append(f"{name} line {n} is not 'SHA-256  path'")
        elif _unsafe(path):
            problems.append(f"{name} line {n}: unsafe path {path!r}")
        else:
            entries[path] = digest.lower()
    return entries


def _compare(
    zf: zipfile.ZipFile,
    files: dict[str, zipfile.ZipInfo],
    listed: dict[str, str],
    manifest: str,
    problems: list[str],
) -> dict[str, str]:
    """Hash each listed file; report the missing and altered ones. Returns path -> sha256."""
    actual: dict[str, str] = {}
    for path, digest in listed.items():
        info = files.get(path)
        if info is None:
            problems.append(f"missing: {path} (listed in {manifest})")
            continue
        try:
            actual[path] = _sha256(zf, info)
        except READ_ERRORS as exc:
            problems.append(f"damaged: {path} ({exc})")
            continue
        if actual[path] != digest:
            problems.append(f"altered: {path} (its SHA-256 differs from {manifest})")
    return actual


def check_bag(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo]) -> CheckedBag:
    """Check the bag whose files (relative to the bag root) are `files`."""
    out = CheckedBag()
    problems = out.problems
    bagit_txt = files.get("bagit.txt")
    declared = _read(zf, bagit_txt, "bagit.txt", problems) if bagit_txt else None
    if declared is None or b"BagIt-Version:" not in declared[:4096]:
        problems.append("bagit.txt is missing or has no BagIt-Version")
    if MANIFEST not in files:
        problems.append(f"{MANIFEST} is missing")
        return out
    listed = _read_manifest(zf, files, MANIFEST, problems)
    for path in sorted(p for p in files if p.startswith("data/") and p not in listed):
        problems.append(f"extra: {path} (not listed in {MANIFEST})")
    hashes = _compare(zf, files, listed, MANIFEST, problems)
    if BAG_INFO not in files:
        problems.append(f"{BAG_INFO} is missing")
    if TAG_MANIFEST in files:
        tags = _read_manifest(zf, files, TAG_MANIFEST, problems)
        _compare(zf, files, tags, TAG_MANIFEST, problems)
        problems.extend(
            f"{TAG_MANIFEST} does not list {tag}"
            for tag in REQUIRED_TAGS
            if tag in files and tag not in tags
        )
    else:
        problems.append(f"{TAG_MANIFEST} is missing: the tag files cannot be checked")
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
        out.problems.append(f"missing: {CASE_JSON}")
        return None
    if info.file_size > MAX_CASE_JSON_BYTES:
        out.problems.append(f"{CASE_JSON} is too large ({info.file_size:,} bytes)")
        return None
    data = _read(zf, info, CASE_JSON, out.problems)
    if data is None:
        return None
    try:
        case = loads_case(data)
    except CaseFormatError as exc:
        out.problems.extend(f"{CASE_JSON}: {err}" for err in exc.errors)
        return None
    for i, item in enumerate(case.evidence):
        label = f"evidence[{i}] ({item.id})"
        path = f"data/{PurePosixPath(item.file)}"
        if not item.file or _unsafe(item.file):
            out.problems.append(f"{CASE_JSON}: {label}.file {item.file!r} is not a bundle path")
        elif path not in files:
            out.problems.append(f"missing: {path} (the file of {label})")
        elif path not in hashes:
            continue  # already reported against the manifest
        elif item.sha256 and item.sha256 != hashes[path]:
            out.problems.append(f"altered: {path} (SHA-256 differs from {label}.sha256)")
        else:
            item.sha256 = hashes[path]
            out.evidence_members[item.id] = files[path]
    return case
