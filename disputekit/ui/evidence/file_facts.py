"""What the evidence tab's editor and the viewer say about a stored file: format, size,
SHA-256, metadata found in it, integrity. Each in the translation context of the widget that
shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from disputekit.app.evidence.intake import recorded_metadata
from disputekit.app.workspace import EvidenceFile, Workspace
from disputekit.domain.case.model import EvidenceItem
from disputekit.timeutil import short_datetime

translate = QCoreApplication.translate


def editor_facts(workspace: Workspace, item: EvidenceItem) -> str:
    """Format, size and SHA-256 (split over two lines), and what the file itself records."""
    if not item.sha256:
        return ""
    try:
        info = workspace.evidence_file(item.sha256)
    except KeyError:
        return translate("EvidenceTab", "The file is missing from the vault.")
    size = translate("EvidenceTab", "%1 KB").replace("%1", f"{info.size / 1024:.1f}")
    sha = item.sha256
    facts = f"{info.format} · {size}\nSHA-256: {sha[:32]}\n{sha[32:]}"
    # What the 证据目录 falls back to when 设备/取证时间 are left empty (EXIF, PNG text).
    found = workspace.run(recorded_metadata, item.sha256)
    if found:
        facts += "\n" + translate("EvidenceTab", "In the file: {found}").format(found=found)
    got = item.received
    if got is not None and got.at is not None:
        # The phone may have converted the file on sending: the hash is of what arrived.
        facts += "\n" + translate(
            "EvidenceTab", "Received from a phone (%1) at %2, as sent: %3"
        ).replace("%1", got.client).replace("%2", short_datetime(got.at)).replace(
            "%3", got.original_name or "—"
        )
    return facts


def viewer_facts(info: EvidenceFile, sha: str, intact: bool) -> str:
    """Every fact the vault holds on the file (`info` is its stored-file record), one a line."""
    lines = [
        translate("ImageViewer", "File: %1").replace("%1", info.original_name),
        translate("ImageViewer", "Format: %1").replace("%1", info.format),
        translate("ImageViewer", "Size: %1 bytes").replace("%1", f"{info.size:,}"),
    ]
    if info.width and info.height:
        lines.append(
            translate("ImageViewer", "Pixels: %1 × %2")
            .replace("%1", str(info.width))
            .replace("%2", str(info.height))
        )
    if info.pages:
        lines.append(translate("ImageViewer", "Pages: %1").replace("%1", str(info.pages)))
    intake = short_datetime(info.intake_at)
    lines.append(translate("ImageViewer", "Added: %1").replace("%1", intake))
    if info.derived_from:
        lines.append(
            translate("ImageViewer", "Redacted copy of: %1").replace("%1", info.derived_from)
        )
    # In two halves: one unbreakable line of 64 characters would widen the side panel.
    lines.append(translate("ImageViewer", "SHA-256: %1").replace("%1", f"{sha[:32]}\n{sha[32:]}"))
    lines.append(
        translate("ImageViewer", "Integrity: unchanged since intake")
        if intact
        else translate("ImageViewer", "Integrity: the stored file does NOT match its hash")
    )
    return "\n".join(lines)
