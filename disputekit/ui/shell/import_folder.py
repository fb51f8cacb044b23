"""文件 → 导入文件夹中的案件包…: every bundle and case file of a folder, in the task runner,
then one summary (imported, skipped as already stored, refused with why)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from disputekit.app.import_many import ImportSummary, import_many
from disputekit.ui.shared.language.i18n import error_text, shown
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog
from disputekit.ui.shell.window_base import CaseWindow


class ImportFolder(QObject):
    """Asks for a folder and imports what it holds; a case already stored is skipped."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window)
        self._window = window

    def run(self) -> None:
        """Ask for the folder, then import."""
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import a folder of case bundles"), str(Path.home())
        )
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        """Import the bundles and case files in `folder`, then show the summary."""
        services = self._window.services

        def work(progress: ProgressReporter) -> ImportSummary:
            with services.workspace.on_own_connection() as own:
                return own.run(
                    import_many, [folder], "skip", progress=lambda n, t, p: progress(n, t, p.name)
                )

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self._window, self.tr("DisputeKit"), error_text(exc))

        run_with_progress_dialog(
            self._window, services.tasks, self.tr("Importing…"), work, self._done, failed
        )

    def _done(self, summary: ImportSummary) -> None:
        self._window.case_list.reload()
        lines = [
            self.tr("Imported {imported}, skipped {skipped} already stored, refused {refused}.")
            .replace("{imported}", str(summary.count("imported")))
            .replace("{skipped}", str(summary.count("skipped")))
            .replace("{refused}", str(len(summary.refused)))
        ]
        lines += [f"{path.name}: {shown(reason)}" for path, reason in summary.refused]
        box = QMessageBox.warning if summary.refused else QMessageBox.information
        box(self._window, self.tr("Import a folder of case bundles"), "\n".join(lines))
