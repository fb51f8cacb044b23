"""The packet's attachments against what its pages print: the manifest and the case JSON
against the hashes printed for them, each exhibit's listed hash against the one the
integrity page prints for it, and the 证据目录 against the integrity page."""

from __future__ import annotations

import hashlib
import json

from disputekit.messages import Msg, msg
from disputekit.packet.manifest import CASE_NAME, MANIFEST_NAME, ManifestEntry
from disputekit.packet.verify.packet_claims import PrintedHashes


def _attachment_problem(name: str, data: bytes | None, printed: str | None, page: int) -> list[Msg]:
    if data is None:
        return [msg("packet_verify.attachment_absent", name=name)]
    if printed is None:
        return [msg("packet_verify.attachment_hash_not_printed", name=name)]
    if hashlib.sha256(data).hexdigest() != printed:
        return [msg("packet_verify.attachment_hash_differs", name=name, page=page)]
    return []


def _case_paths(case_json: bytes) -> dict[str, str]:
    """SHA-256 → the path the packet gives it, from a case JSON the packet vouches for."""
    try:
        doc = json.loads(case_json)
        items = [e for e in doc.get("evidence", []) if isinstance(e, dict)]
    except (ValueError, AttributeError):
        return {}
    paths: dict[str, str] = {}
    for item in items:
        sha = str(item.get("sha256") or "").lower()
        if sha:
            paths.setdefault(sha, str(item.get("file") or "").strip() or f"evidence/{sha}")
    return paths


def cross_check(
    attached: dict[str, bytes], entries: list[ManifestEntry], printed: PrintedHashes
) -> tuple[list[Msg], list[ManifestEntry]]:
    """The problems found, and the printed exhibits the manifest leaves out (to be checked
    against the evidence all the same)."""
    if printed.manifest is None and not printed.exhibits:
        return [msg("packet_verify.nothing_printed")], []
    problems = _attachment_problem(
        MANIFEST_NAME, attached.get(MANIFEST_NAME), printed.manifest, printed.page
    )
    case_problems = _attachment_problem(
        CASE_NAME, attached.get(CASE_NAME), printed.case_json, printed.page
    )
    problems += case_problems
    case_paths = {} if case_problems else _case_paths(attached[CASE_NAME])
    listed = {e.path: e.sha256 for e in entries}
    printed_rows: dict[str, str] = {}
    for guess, sha in printed.exhibits:
        path = guess if guess in listed else case_paths.get(sha, guess)
        printed_rows.setdefault(path, sha)
    left_out = []
    for path, sha in printed_rows.items():
        if path not in listed:
            problems.append(msg("packet_verify.printed_not_listed", path=path))
            left_out.append(ManifestEntry(sha, path))
        elif listed[path] != sha:
            problems.append(
                msg(
                    "packet_verify.listed_differs",
                    path=path,
                    listed=listed[path][:16],
                    printed=sha[:16],
                )
            )
    problems += [
        msg("packet_verify.listed_not_printed", path=path)
        for path in listed
        if path not in printed_rows
    ]
    stray = sorted(set(printed.catalog) ^ set(printed_rows.values()))
    if stray:
        shown = "、".join(f"{sha[:16]}…" for sha in stray)
        problems.append(msg("packet_verify.catalog_differs", hashes=shown))
    return problems, left_out
