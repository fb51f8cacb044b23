"""The packet's own manifest: one `SHA-256  path` line per exhibit, in `sha256sum` format.

It travels inside the PDF as the attachment `manifest-sha256.txt`, next to the case JSON, so
`sha256sum -c manifest-sha256.txt` in the evidence folder, or `disputekit verify PACKET.pdf
--evidence DIR`, re-checks every original against the packet a reader holds.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from disputekit.domain.case.document.case_dump import dumps_case
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.packet.images.exhibits import Exhibit

MANIFEST_NAME = "manifest-sha256.txt"
CASE_NAME = "case.json"
# One line per picture as embedded: `SHA-256  WxH  page  path` (the evidence file it shows).
PICTURES_NAME = "pictures-sha256.txt"


@dataclass(frozen=True)
class ManifestEntry:
    """One evidence file the packet vouches for."""

    sha256: str
    path: str  # relative to the case JSON's folder, `/`-separated


def exhibit_path(ex: Exhibit) -> str:
    """Where the file lives beside the case JSON (the path a bundle or export uses)."""
    return item_path(ex.item, ex.sha256)


def item_path(item: EvidenceItem, sha256: str) -> str:
    """Where an evidence item's file lives beside the case JSON."""
    return item.file.strip() or f"evidence/{sha256}"


def manifest_text(exhibits: list[Exhibit]) -> str:
    """`sha256sum`-style lines, one per distinct file, in exhibit order."""
    return _lines((exhibit_path(ex), ex.sha256) for ex in exhibits)


def evidence_manifest(items: list[EvidenceItem]) -> str:
    """The manifest of a case's evidence files, in the case's order: the bytes a packet of
    every item carries, and what a trusted timestamp stamps."""
    return _lines((item_path(item, item.sha256), item.sha256) for item in items if item.sha256)


def _lines(entries: Iterable[tuple[str, str]]) -> str:
    seen: dict[str, str] = {}
    for path, sha in entries:
        seen.setdefault(path, sha)
    return "".join(f"{sha}  {path}\n" for path, sha in seen.items())


@dataclass(frozen=True)
class PictureEntry:
    """One picture as it is embedded in the packet, and the evidence file it is made from."""

    sha256: str
    width: int
    height: int
    page: int
    path: str


def pictures_text(placed: list[tuple[str, int, int, int, str]]) -> str:
    """The picture list: (SHA-256, width, height, page, evidence path) per picture."""
    return "".join(f"{sha}  {w}x{h}  {page}  {path}\n" for sha, w, h, page, path in placed)


def parse_pictures(text: str) -> list[PictureEntry]:
    """The entries of a picture list; raises ValueError naming the first malformed line."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("  ", 3)
        try:
            sha, size, page, path = parts
            w, h = (int(n) for n in size.split("x"))
            if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
                raise ValueError
            entries.append(PictureEntry(sha, w, h, int(page), path))
        except ValueError:
            bad = f"line {number} is not 'SHA-256  WxH  page  path': {line[:80]!r}"
            raise ValueError(bad) from None
    return entries


def parse_manifest(text: str) -> list[ManifestEntry]:
    """The entries of a manifest; raises ValueError naming the first malformed line."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        sha, sep, path = line.partition("  ")
        sha = sha.strip().lower()
        if not sep or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValueError(f"line {number} is not 'SHA-256  path': {line[:80]!r}")
        entries.append(ManifestEntry(sha, path.strip().lstrip("*")))
    return entries


def sha256_text(text: str) -> str:
    """The SHA-256 of `text` as the UTF-8 bytes written to the attachment."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def case_attachment(case: Case, exhibits: list[Exhibit]) -> str:
    """The case JSON the packet was built from, with each file's verified SHA-256 filled in."""
    hashes = {ex.item.id: ex.sha256 for ex in exhibits}
    case = copy.deepcopy(case)  # the caller's case stays as it was
    for item in case.evidence:
        if item.id in hashes:
            item.sha256 = hashes[item.id]
    return dumps_case(case)
