"""Running one bulk action: in the task runner on a connection of its own, behind a cancellable
progress dialog (the cancel is asked between cases), then the summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from disputekit.app.bulk.results import BulkResult, Cancelled, Progress
from disputekit.app.workspace import Workspace
from disputekit.ui.cases.bulk.bulk_summary_dialog import BulkSummaryDialog
from disputekit.ui.cases.bulk.selection import case_names, reselect, selected_case_ids
from disputekit.ui.shared.language.i18n import error_text, shown
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog
from disputekit.ui.shell.window_base import CaseWindow

# What a bulk action runs in the worker: the app use case on the worker's own connection.
Work = Callable[[Workspace, Progress, Cancelled], BulkResult]


class BulkRun(QObject):
    """Runs bulk actions for one main window and keeps the last summary dialog."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window)
        self._window = window
        self.summary: BulkSummaryDialog | None = None

    def run(self, title: str, work: Work, *, edits: bool) -> None:
        """Run `work` off the GUI thread; `edits` tells that it changes stored cases (the
        open case and the list are read again afterwards)."""
        window = self._window
        services = window.services
        ids = selected_case_ids(window.case_list)
        names = case_names(window.case_list, ids)

        def job(reporter: ProgressReporter) -> BulkResult:
            def progress(done: int, total: int, name: str) -> None:
                text = self.tr("{title}\nCase {n} of {total}: {name}").format(
                    title=title, n=min(done + 1, total), total=total, name=shown(name)
                )
                reporter(done, total, text if name else title)

            with services.workspace.on_own_connection() as own:
                return work(own, progress, reporter.cancelled)

        def done(result: BulkResult) -> None:
            if edits:
                window.session.store_changed()  # the open case and the list, read again
            reselect(window.case_list, ids)
            self._show_summary(title, result, names)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(window, title, error_text(exc))

        run_with_progress_dialog(window, services.tasks, title, job, done, failed)

    def _show_summary(self, title: str, result: BulkResult, names: dict[int, str]) -> None:
        if self.summary is not None:
            self.summary.deleteLater()
        self.summary = BulkSummaryDialog(title, result, names, self._window)
        self.summary.open()
