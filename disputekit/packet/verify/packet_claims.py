"""What a packet states about itself, read from the PDF: its attachments, byte for byte, and
the hashes its pages print (the 证据目录's SHA-256 column and the integrity page's table, the
manifest's and the case JSON's hash).

An attachment is inflated here, strictly: pypdf logs a damaged stream and hands back nothing,
which once read as an empty manifest that "verified". The printed hashes come from the
pages' text, so an attachment rewritten after the packet was made no longer agrees with them.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disputekit.messages import msg

MAX_ATTACHMENT = 64 * 1024 * 1024  # far above any case JSON or manifest

MANIFEST_LABEL = "哈希清单的SHA-256为："
CASE_LABEL = "case.json的SHA-256为："
INTEGRITY_TABLE = "清单中的文件路径和SHA-256"
HEX64 = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")


class AttachmentError(ValueError):
    """An attachment that is there but cannot be read; the argument is a message."""


@dataclass
class PrintedHashes:
    """The hashes a packet's pages print: per exhibit (path as printed, SHA-256) on the
    integrity page, the 证据目录's, and the two attachments' with the page that shows them."""

    exhibits: list[tuple[str, str]] = field(default_factory=list)
    catalog: list[str] = field(default_factory=list)
    manifest: str | None = None
    case_json: str | None = None
    page: int = 0  # 1-based page of the integrity page's statements


def _inflate(stream: Any, name: str) -> bytes:
    filters = stream.get("/Filter")
    filters = [] if filters is None else filters if isinstance(filters, list) else [filters]
    data = bytes(stream._data)
    for f in filters:
        if f != "/FlateDecode":
            raise AttachmentError(msg("packet_verify.attachment_filter", name=name, filter=f))
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(data, MAX_ATTACHMENT)
        except zlib.error as exc:
            raise AttachmentError(
                msg("packet_verify.attachment_unreadable", name=name, reason=str(exc))
            ) from None
        if inflater.unconsumed_tail or not inflater.eof:
            reason = msg("packet_verify.attachment_truncated")
            raise AttachmentError(
                msg("packet_verify.attachment_unreadable", name=name, reason=reason)
            )
    return data


def attachments(reader: Any) -> dict[str, bytes]:
    """Every embedded file of the PDF by name, read strictly; raises AttachmentError for one
    that is listed but damaged (a name given twice counts as damage: which one is meant?)."""
    root = reader.trailer["/Root"]
    tree = root.get("/Names", {}).get("/EmbeddedFiles") if "/Names" in root else None
    if tree is None:
        return {}
    names = tree.get_object().get("/Names", [])
    found: dict[str, bytes] = {}
    for i in range(0, len(names) - 1, 2):
        name = str(names[i])
        if name in found:
            raise AttachmentError(msg("packet_verify.attachment_twice", name=name))
        try:
            stream = names[i + 1].get_object()["/EF"]["/F"].get_object()
        except (KeyError, AttributeError, TypeError):
            reason = msg("packet_verify.attachment_no_data")
            raise AttachmentError(
                msg("packet_verify.attachment_unreadable", name=name, reason=reason)
            ) from None
        found[name] = _inflate(stream, name)
    return found


def _after(text: str, label: str) -> str | None:
    at = text.find(label)
    if at < 0:
        return None
    hit = HEX64.match(text, at + len(label))
    return hit.group(0) if hit else None


def _exhibit_rows(text: str) -> list[tuple[str, str]]:
    """(path, SHA-256) of each row of the integrity page's table: the line before a hash."""
    rows = []
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if HEX64.fullmatch(line) and i > 0:
            rows.append((lines[i - 1], line))
    return rows


def printed_hashes(reader: Any) -> PrintedHashes:
    """The hashes printed on the pages up to the integrity page's statements."""
    printed = PrintedHashes()
    in_table = False
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        flat = re.sub(r"\s+", "", text)
        if not in_table and INTEGRITY_TABLE not in flat:
            printed.catalog += HEX64.findall(flat)
            continue
        if not in_table:
            in_table = True
            text = text[text.find("SHA-256", text.find("清单中的文件路径")) :]
        manifest_at = text.find("三、哈希清单本身")
        printed.exhibits += _exhibit_rows(text if manifest_at < 0 else text[:manifest_at])
        if manifest_at >= 0:
            printed.manifest = _after(flat, MANIFEST_LABEL)
            printed.case_json = _after(flat, CASE_LABEL)
            printed.page = number
            break
    return printed


def read_packet(pdf: Path) -> tuple[Any, dict[str, bytes], PrintedHashes]:
    """The PDF's reader, its attachments and printed hashes; OSError/PdfReadError/
    AttachmentError."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    return reader, attachments(reader), printed_hashes(reader)
