"""Checking the evidence vault from the GUI: re-hash every file in the task runner (progress
and cancel), remember which files are damaged or missing, and say which cases they belong to.

The evidence tab reads `VaultHealth` to mark a damaged file on its tile, so the user learns
of it now, not on the day a packet or an export refuses it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from disputekit.app.vault_check import VaultFindings, check_vault
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.tasks import ProgressReporter, TaskHandle, run_with_progress_dialog
from disputekit.ui.shared.vault_health import VaultHealth

if TYPE_CHECKING:
    from disputekit.ui.shared.services import Services

# More lines than this in a message box would push its buttons off a 768-pixel screen.
MAX_LISTED = 12


# A plain name lupdate recognises, so the update script finds every string here.
translate = QCoreApplication.translate


def run_vault_check(
    parent: QWidget,
    services: Services,
    health: VaultHealth,
    on_finished: Callable[[VaultFindings], None] | None = None,
) -> TaskHandle:
    """Re-hash the vault with a cancellable progress dialog; then mark and report."""

    def work(progress: ProgressReporter) -> VaultFindings:
        with services.workspace.on_own_connection() as own:
            return own.run(
                check_vault,
                progress=lambda done, total: progress(done, total, ""),
                cancel=progress.cancelled,
            )

    def done(report: VaultFindings) -> None:
        health.apply(report)
        show_report(parent, report)
        if on_finished is not None:
            on_finished(report)

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        detail = error_text(exc)
        QMessageBox.warning(
            parent,
            translate("VaultCheck", "Check evidence files"),
            translate("VaultCheck", "The check did not finish.") + f"\n\n{detail}",
        )

    return run_with_progress_dialog(
        parent,
        services.tasks,
        translate("VaultCheck", "Checking evidence files…"),
        work,
        done,
        failed,
    )


def show_report(parent: QWidget, report: VaultFindings) -> None:
    """Tell the user what the check found, naming case and evidence of each bad file."""
    # Imported here: this module loads with the main window, before its first paint, which
    # shows no message box (start-up time).
    from PySide6.QtWidgets import QMessageBox

    title = translate("VaultCheck", "Check evidence files")
    if report.cancelled and not report.problems:
        QMessageBox.information(
            parent,
            title,
            translate(
                "VaultCheck",
                "Check cancelled after {done} of {total} files; no problem found so far.",
            ).format(done=report.checked, total=report.total),
        )
        return
    if not report.problems:
        QMessageBox.information(
            parent,
            title,
            translate("VaultCheck", "All {total} evidence files are intact.").format(
                total=report.total
            ),
        )
        return
    lines = []
    for problem in report.problems:
        state = (
            translate("VaultCheck", "damaged")
            if problem.state == "damaged"
            else translate("VaultCheck", "missing")
        )
        for use in problem.uses or ():
            lines.append(
                translate(
                    "VaultCheck", "Case {case} · evidence {evidence} ({file}): {state}"
                ).format(case=use.case_id, evidence=use.evidence_id, file=use.file, state=state)
            )
        if not problem.uses:
            lines.append(
                translate("VaultCheck", "A file no case uses ({sha}…): {state}").format(
                    sha=problem.sha256[:12], state=state
                )
            )
    shown = lines[:MAX_LISTED]
    if len(lines) > MAX_LISTED:
        shown.append(
            translate("VaultCheck", "… and {count} more").format(count=len(lines) - MAX_LISTED)
        )
    lead = translate(
        "VaultCheck",
        "{count} evidence files are damaged or missing. Import them again from the original "
        "files or a bundle you exported earlier; packets and exports refuse them until then.",
    ).format(count=len(report.problems))
    if report.cancelled:
        lead += "\n" + translate(
            "VaultCheck", "The check was cancelled after {done} of {total} files."
        ).format(done=report.checked, total=report.total)
    QMessageBox.warning(parent, title, lead + "\n\n" + "\n".join(shown))
