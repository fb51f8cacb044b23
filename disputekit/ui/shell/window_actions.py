"""The main window's menu actions: new case, demo, bundles, language, help."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from disputekit import __version__
from disputekit.domain.model import Case
from disputekit.domain.withheld import withheld_ids
from disputekit.ui.evidence.vault_check import run_vault_check
from disputekit.ui.shared import i18n
from disputekit.ui.shell.export_location import ask_strip_location
from disputekit.ui.shell.tasks import ProgressReporter, run_with_progress_dialog

if TYPE_CHECKING:
    from disputekit.ui.shell.main_window import MainWindow


class WindowActions(QObject):
    """Creates the standard actions and puts them into the window's menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_case_action = self._action(self.new_case, QKeySequence.StandardKey.New)
        self.delete_case_action = self._action(self.delete_case)
        self.delete_case_action.setEnabled(window.session.case_id is not None)
        window.session.current_changed.connect(
            lambda case_id: self.delete_case_action.setEnabled(case_id is not None)
        )
        self.import_action = self._action(self.import_bundle)
        self.export_action = self._action(self.export_bundle)
        self.check_action = self._action(self.check_vault)
        self.quit_action = self._action(window.close, QKeySequence.StandardKey.Quit)
        self.undo_action = window.undo_group.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.undo_group.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.find_action = self._action(self._focus_search, QKeySequence.StandardKey.Find)
        self.reload_action = self._action(self.window.case_list.reload, QKeySequence("F5"))
        self.case_list_action = self._action(self.window.show_case_list, QKeySequence("F9"))
        self.case_list_action.setCheckable(True)
        self.case_list_action.setChecked(self.window.case_list_shown())
        window.splitter.splitterMoved.connect(
            lambda *_: self.case_list_action.setChecked(self.window.case_list_shown())
        )
        self.demo_action = self._action(self.load_demo)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in ((i18n.CHINESE, "简体中文"), (i18n.ENGLISH, "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.language_note = QAction(self)
        self.language_note.setEnabled(False)
        self.about_action = self._action(self.about)
        self.disclaimer_action = self._action(self.disclaimer)
        self._fill_menus()

    def _action(
        self, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ):
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.window.addAction(action)  # shortcuts work whichever widget has focus
        return action

    def _fill_menus(self) -> None:
        w = self.window
        file_menu = w.menu("file")
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.delete_case_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        w.menu("edit").addAction(self.undo_action)
        w.menu("edit").addAction(self.redo_action)
        w.menu("edit").addSeparator()
        w.menu("edit").addAction(self.find_action)
        w.menu("view").addAction(self.case_list_action)
        w.menu("view").addAction(self.reload_action)
        w.menu("view").addAction(self.demo_action)
        w.menu("language").addActions(list(self.language_actions.values()))
        w.menu("language").addSeparator()
        w.menu("language").addAction(self.language_note)
        w.menu("help").addAction(self.disclaimer_action)
        w.menu("help").addAction(self.about_action)

    def retranslate(self) -> None:
        """Set the action texts in the current language."""
        self.new_case_action.setText(self.tr("&New case"))
        self.delete_case_action.setText(self.tr("&Delete case…"))
        self.import_action.setText(self.tr("&Import case bundle…"))
        self.export_action.setText(self.tr("&Export case bundle…"))
        self.check_action.setText(
            QCoreApplication.translate("VaultCheck", "&Check evidence files…")
        )
        self.quit_action.setText(self.tr("E&xit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.find_action.setText(self.tr("&Find case…"))
        self.reload_action.setText(self.tr("&Reload case list"))
        self.case_list_action.setText(self.tr("Show case &list"))
        self.demo_action.setText(self.tr("Load &example cases"))
        self.language_note.setText(self.tr("The language changes at once, no restart needed"))
        self.about_action.setText(self.tr("&About DisputeKit"))
        self.disclaimer_action.setText(self.tr("&Not legal advice"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == i18n.current_language())

    # --- handlers -----------------------------------------------------------------------
    def new_case(self) -> None:
        """Create a draft case and open its order form to fill in; the draft is dropped again
        if the user leaves it empty."""
        if not self.window.session.can_leave():
            return
        self.window.session.drop_if_empty_draft(self.window.session.case_id)
        case = Case()
        case.order.ordered_at = self.window.services.now().replace(second=0, microsecond=0)
        case_id = self.window.services.store.cases.create(case)
        self.window.case_list.reload()
        self.window.session.select(case_id)
        self.window.show_tab("order")

    def delete_case(self) -> None:
        """Delete the current case after the user confirms. Its evidence files stay in the
        vault: another case may use them, and `disputekit gc` removes unused ones."""
        session = self.window.session
        case, case_id = session.case, session.case_id
        if case is None or case_id is None:
            return
        name = " · ".join(p for p in (case.respondent.platform, case.order.order_no) if p)
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete case"),
            self.tr(
                "Delete the case {name}? Its events and evidence list go with it; "
                "this cannot be undone. Export a bundle first to keep a copy."
            ).format(name=name or case_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.services.store.cases.delete(case_id)
        session.select(None)
        session.cases_changed.emit()

    def load_demo(self) -> None:
        """Add the example cases (once) and show the first."""
        from disputekit.app.cases import add_demo_cases

        ids = add_demo_cases(self.window.services.store)
        self.window.case_list.reload()
        if ids:
            self.window.request_case(ids[0])

    def import_bundle(self) -> None:
        """Ask for a bundle (.zip) or case .json and import it as a new case; a case already
        stored is found first, and the user chooses to skip it, update it or add a copy."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import case bundle"),
            str(Path.home()),
            self.tr("Case bundles (*.zip *.json);;All files (*)"),
        )
        if path:
            self._import(Path(path), if_stored="refuse", replace=None)

    def _import(self, path: Path, if_stored: str, replace: int | None) -> None:
        from disputekit.app.bundles import AlreadyStored, import_bundle

        services = self.window.services

        def work(progress: ProgressReporter) -> int:
            with services.worker_store() as store:
                return import_bundle(
                    store,
                    path,
                    progress=lambda d, t: progress(d, t, ""),
                    if_stored=if_stored,
                    replace=replace,
                )

        def done(case_id: int) -> None:
            if replace is not None and case_id == self.window.session.case_id:
                self.window.session.store_changed()  # the case on screen was replaced
            self.window.case_list.reload()
            self.window.request_case(case_id)
            text = self.tr("Updated case %2 from %1.") if replace else self.tr("Imported %1.")
            self.window.show_banner(text.replace("%1", path.name).replace("%2", str(case_id)))

        failed = self._failed(self.tr("The bundle was not imported; nothing was stored."))

        def error(exc: BaseException) -> None:
            if isinstance(exc, AlreadyStored):
                self._already_stored(path, exc.case_id)
            else:
                failed(exc)

        run_with_progress_dialog(
            self.window, services.tasks, self.tr("Importing…"), work, done, error
        )

    def _already_stored(self, path: Path, case_id: int) -> None:
        """The bundle's case is stored already: skip (default), update it, or add a copy."""
        box = QMessageBox(self.window)
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
            if case_id == self.window.session.case_id and not self.window.session.can_leave():
                return
            self._import(path, if_stored="new", replace=case_id)
        elif answer == QMessageBox.StandardButton.Ignore:
            self._import(path, if_stored="new", replace=None)
        else:
            self.window.request_case(case_id)
            self.window.show_banner(
                self.tr("Skipped %1: already stored as case %2.")
                .replace("%1", path.name)
                .replace("%2", str(case_id))
            )

    def export_bundle(self) -> None:
        """Write the current case as a BagIt .zip the user chooses."""
        session = self.window.session
        if session.case_id is None or session.case is None:
            QMessageBox.information(
                self.window, self.tr("Export case bundle"), self.tr("Select a case first.")
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
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export case bundle"),
            str(Path.home() / suggested),
            self.tr("Case bundles (*.zip)"),
        )
        if not path:
            return
        from disputekit.app.bundles import export_bundle

        services = self.window.services
        strip = ask_strip_location(self.window, services.store, case_id, include_withheld)
        if strip is None:
            return

        def work(progress: ProgressReporter) -> Path:
            with services.worker_store() as store:
                return export_bundle(
                    store,
                    case_id,
                    Path(path),
                    progress=lambda d, t: progress(d, t, ""),
                    include_withheld=include_withheld,
                    strip_location=strip,
                )

        def done(out: Path) -> None:
            self.window.show_banner(self.tr("Exported to %1.").replace("%1", str(out)))

        run_with_progress_dialog(
            self.window,
            self.window.services.tasks,
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
        box = QMessageBox(self.window)
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

    def check_vault(self) -> None:
        """Re-hash every evidence file in the background; damaged ones get marked."""
        services = self.window.services
        run_vault_check(self.window, services, services.vault_health)

    def _failed(self, lead: str) -> Callable[[BaseException], None]:
        """A handler that shows `lead` in the UI language, then the details (file names and
        members, as the store words them)."""

        def show(exc: BaseException) -> None:
            detail = str(exc) or type(exc).__name__
            QMessageBox.warning(self.window, self.tr("DisputeKit"), f"{lead}\n\n{detail}")

        return show

    def set_language(self, language: str) -> None:
        """Switch the UI language at once and remember it."""
        app = QCoreApplication.instance()
        if app is not None:
            i18n.install_language(app, language)
        self.window.services.settings.setValue("language", language)

    def _focus_search(self) -> None:
        self.window.case_list.search.setFocus()
        self.window.case_list.search.selectAll()

    def about(self) -> None:
        """Version and purpose."""
        QMessageBox.about(
            self.window,
            self.tr("About DisputeKit"),
            self.tr(
                "DisputeKit %1\n\nOrganises the order, the evidence and the deadlines of a "
                "dispute over virtual goods, and prepares complaint materials. Everything stays "
                "on this computer."
            ).replace("%1", __version__),
        )

    def disclaimer(self) -> None:
        """The plain note that this is not legal advice."""
        QMessageBox.information(
            self.window,
            self.tr("Not legal advice"),
            self.tr(
                "DisputeKit helps you organise your material: the order, evidence, a timeline "
                "and deadlines. It is not legal advice and does not replace a lawyer. Check "
                "deadlines and rules with the platform, 12315 or a lawyer when in doubt."
            ),
        )
