"""Bundle import and export from the 文件 menu: the file dialogs, the question when the
bundle's case is stored already, whether withheld originals go along, and the work itself in
the task runner with progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from disputekit.domain.case.withheld import withheld_ids
from disputekit.timeutil import precise_datetime
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.save_target import ask_save_path
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog
from disputekit.ui.shell.export_location import ask_strip_location
from disputekit.ui.shell.window_base import CaseWindow

if TYPE_CHECKING:
    from disputekit.app.bundles import IfStored, Imported, StoredCaseIsNewer


class BundleActions(QObject):
    """What 导入案件包… and 导出案件包… do for one main window."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window)
        self._window = window

    def import_bundle(self) -> None:
        """Ask for a bundle (.zip) or case .json and import it as a new case; a case already
        stored is found first, and the user chooses to skip it, update it or add a copy."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import case bundle"),
            str(Path.home()),
            self.tr("Case bundles (*.zip *.json);;All files (*)"),
        )
        if path:
            self._import(Path(path), if_stored="skip")

    def _import(self, path: Path, if_stored: IfStored, force: bool = False) -> None:
        """Import `path`; a case stored already is first only found (`skip`), then the user
        chooses to skip it, update it (`update`) or add a copy (`copy`)."""
        from disputekit.app.bundles import StoredCaseIsNewer, import_case

        services = self._window.services

        def work(progress: ProgressReporter) -> Imported:
            with services.workspace.on_own_connection() as own:
                return own.run(
                    import_case,
                    path,
                    if_stored,
                    force=force,
                    progress=lambda d, t: progress(d, t, ""),
                )

        def done(imported: Imported) -> None:
            case_id = imported.case_id
            if imported.outcome == "skipped":
                self._already_stored(path, case_id)
                return
            updated = imported.outcome == "updated"
            if updated and case_id == self._window.session.case_id:
                self._window.session.store_changed()  # the case on screen was replaced
            self._window.case_list.reload()
            self._window.request_case(case_id)
            text = self.tr("Updated case %2 from %1.") if updated else self.tr("Imported %1.")
            self._window.show_banner(text.replace("%1", path.name).replace("%2", str(case_id)))

        failed = self._failed(self.tr("The bundle was not imported; nothing was stored."))

        def error(exc: BaseException) -> None:
            if isinstance(exc, StoredCaseIsNewer):
                if self._replace_anyway(exc):
                    self._import(path, if_stored, force=True)
                else:
                    text = self.tr("Case %1 was left as it is.").replace("%1", str(exc.case_id))
                    self._window.show_banner(text)
            else:
                failed(exc)

        run_with_progress_dialog(
            self._window, services.tasks, self.tr("Importing…"), work, done, error
        )

    def _replace_anyway(self, older: StoredCaseIsNewer) -> bool:
        """The bundle is older than the stored case: replace it anyway? (default: no)"""
        question = self.tr(
            "%1 was exported on %2, before case %3 was last changed on %4 (Asia/Shanghai "
            "times). Updating from it would undo those changes. Replace case %3 with the "
            "older version anyway?"
        )
        for key, value in (
            ("%1", older.name),
            ("%2", precise_datetime(older.exported_at)),
            ("%3", str(older.case_id)),
            ("%4", precise_datetime(older.changed_at)),
        ):
            question = question.replace(key, value)
        answer = QMessageBox.question(
            self._window,
            self.tr("Import case bundle"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _already_stored(self, path: Path, case_id: int) -> None:
        """The bundle's case is stored already: skip (default), update it, or add a copy."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import case bundle"))
        box.setText(self.tr("Already stored as case %1.").replace("%1", str(case_id)))
        box.setInformativeText(
            self.tr(
                "%1 holds a case with the same platform and order number (or the same "
                "evidence) as case %2. Skip it, replace case %2 with the bundle's version, "
                "or import it as a separate copy?"
            )
            .replace("%1", path.name)
            .replace("%2", str(case_id))
        )
        texts = {
            QMessageBox.StandardButton.No: self.tr("Skip"),
            QMessageBox.StandardButton.Yes: self.tr("Update case %1").replace("%1", str(case_id)),
            QMessageBox.StandardButton.Ignore: self.tr("Import as a copy"),
        }
        for button, text in texts.items():
            box.addButton(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        answer = QMessageBox.StandardButton(box.exec())
        if answer == QMessageBox.StandardButton.Yes:
            if case_id == self._window.session.case_id and not self._window.session.can_leave():
                return
            self._import(path, if_stored="update")
        elif answer == QMessageBox.StandardButton.Ignore:
            self._import(path, if_stored="copy")
        else:
            self._window.request_case(case_id)
            self._window.show_banner(
                self.tr("Skipped %1: already stored as case %2.")
                .replace("%1", path.name)
                .replace("%2", str(case_id))
            )

    def export_bundle(self) -> None:
        """Write the current case as a BagIt .zip the user chooses."""
        session = self._window.session
        if session.case_id is None or session.case is None:
            QMessageBox.information(
                self._window, self.tr("Export case bundle"), self.tr("Select a case first.")
            )
            return
        if not session.can_leave():  # unsaved edits: saved, discarded, or export cancelled
            return
        case_id = session.case_id
        include_withheld = self._ask_include_withheld(len(withheld_ids(session.case)))
        if include_withheld is None:
            return
        stamp = datetime.now().strftime("%Y%m%d")
        suggested = f"{session.case.order.order_no or 'case'}-{stamp}.zip"
        path = ask_save_path(
            self._window,
            self.tr("Export case bundle"),
            str(Path.home() / suggested),
            self.tr("Case bundles (*.zip)"),
            self._window.services.data_dir,
        )
        if path is None:
            return
        from disputekit.app.bundles import export_case

        services = self._window.services
        strip = ask_strip_location(self._window, services.workspace, case_id, include_withheld)
        if strip is None:
            return

        def work(progress: ProgressReporter) -> Path:
            with services.workspace.on_own_connection() as own:
                return own.run(
                    export_case,
                    case_id,
                    Path(path),
                    progress=lambda d, t: progress(d, t, ""),
                    include_withheld=include_withheld,
                    strip_location=strip,
                )

        def done(out: Path) -> None:
            self._window.show_banner(self.tr("Exported to %1.").replace("%1", str(out)))

        run_with_progress_dialog(
            self._window,
            self._window.services.tasks,
            self.tr("Exporting…"),
            work,
            done,
            self._failed(self.tr("The bundle was not exported.")),
        )

    def _ask_include_withheld(self, count: int) -> bool | None:
        """Whether the bundle also carries the originals redacted copies replace: False
        without asking when there are none; None when the user cancels."""
        if not count:
            return False
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Export case bundle"))
        box.setText(
            self.tr(
                "%1 original file(s) of this case are withheld because a redacted copy"
                " replaces them. The bundle leaves them out."
            ).replace("%1", str(count))
        )
        box.setInformativeText(
            self.tr(
                "Include them only for someone who may see everything you blacked out"
                " (for example your own backup)."
            )
        )
        # Parented to the box: a parentless check box would be freed by Python while shown.
        include = QCheckBox(self.tr("Include unredacted originals"), box)
        box.setCheckBox(include)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Ok.value:
            return None
        return include.isChecked()

    def _failed(self, lead: str) -> Callable[[BaseException], None]:
        """A handler that shows `lead` in the UI language, then the details (file names and
        members, as the store words them, in the UI language too)."""

        def show(exc: BaseException) -> None:
            detail = error_text(exc)
            QMessageBox.warning(self._window, self.tr("DisputeKit"), f"{lead}\n\n{detail}")

        return show
