"""The main window's menu actions: new case, demo, bundles, vault check, language, help.

Importing and exporting a bundle is `bundle_actions.BundleActions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from disputekit import __version__
from disputekit.domain.case.model import Case
from disputekit.ui.shared.language import i18n
from disputekit.ui.shell.window_base import CaseWindow

if TYPE_CHECKING:
    from disputekit.ui.evidence.timestamp_dialog import TimestampDialog
    from disputekit.ui.shell.bundle_actions import BundleActions

# The bundle dialogs, the vault check and the message boxes are imported when first used:
# the window is built before its first paint, and none of them shows in it (start-up time).


class WindowActions(QObject):
    """Creates the standard actions and puts them into the window's menus."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_case_action = self._action(self.new_case, QKeySequence.StandardKey.New)
        self.delete_case_action = self._action(self.delete_case)
        self.delete_case_action.setEnabled(window.session.case_id is not None)
        window.session.current_changed.connect(
            lambda case_id: self.delete_case_action.setEnabled(case_id is not None)
        )
        self._bundles: BundleActions | None = None
        self.import_action = self._action(self._import_bundle)
        self.export_action = self._action(self._export_bundle)
        self.check_action = self._action(self.check_vault)
        self.timestamp_action = self._action(self.request_timestamp)
        self.timestamp_action.setEnabled(window.session.case_id is not None)
        window.session.current_changed.connect(
            lambda case_id: self.timestamp_action.setEnabled(case_id is not None)
        )
        self.timestamp_dialog: TimestampDialog | None = None
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
        w.menu("evidence").addAction(self.timestamp_action)
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
        self.timestamp_action.setText(self.tr("Request a &trusted timestamp…"))
        self.language_note.setText(self.tr("The language changes at once, no restart needed"))
        self.about_action.setText(self.tr("&About DisputeKit"))
        self.disclaimer_action.setText(self.tr("&Not legal advice"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == i18n.current_language())

    @property
    def bundles(self) -> BundleActions:
        """Importing and exporting a bundle (made on first use)."""
        if self._bundles is None:
            from disputekit.ui.shell.bundle_actions import BundleActions

            self._bundles = BundleActions(self.window)
        return self._bundles

    # --- handlers -----------------------------------------------------------------------
    def _import_bundle(self) -> None:
        self.bundles.import_bundle()

    def _export_bundle(self) -> None:
        self.bundles.export_bundle()

    def new_case(self) -> None:
        """Create a draft case and open its order form to fill in; the draft is dropped again
        if the user leaves it empty."""
        if not self.window.session.can_leave():
            return
        self.window.session.drop_if_empty_draft(self.window.session.case_id)
        case = Case()  # amount and order time empty until entered: never filed as fact
        case_id = self.window.services.workspace.new_case(case)
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
        from PySide6.QtWidgets import QMessageBox

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
        self.window.services.workspace.delete_case(case_id)
        session.select(None)
        session.cases_changed.emit()

    def load_demo(self) -> None:
        """Add the example cases (once) and show the first."""
        from disputekit.app.cases import add_demo_cases

        ids = self.window.services.workspace.run(add_demo_cases)
        self.window.case_list.reload()
        if ids:
            self.window.request_case(ids[0])

    def check_vault(self) -> None:
        """Re-hash every evidence file in the background; damaged ones get marked."""
        from disputekit.ui.evidence.vault_check import run_vault_check

        services = self.window.services
        run_vault_check(self.window, services, services.vault_health)

    def request_timestamp(self) -> None:
        """Open the trusted-timestamp steps for the current case (unsaved edits settled
        first: the case is re-read once a stamp is stored)."""
        session = self.window.session
        if session.case_id is None or not session.can_leave():
            return
        from disputekit.ui.evidence.timestamp_dialog import TimestampDialog

        previous = self.timestamp_dialog
        if previous is not None and previous.sending is None:  # one still sending stays alive
            previous.deleteLater()
        self.timestamp_dialog = TimestampDialog(self.window.services, session, self.window)
        self.timestamp_dialog.open()

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
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.window,
            self.tr("Not legal advice"),
            self.tr(
                "DisputeKit helps you organise your material: the order, evidence, a timeline "
                "and deadlines. It is not legal advice and does not replace a lawyer. Check "
                "deadlines and rules with the platform, 12315 or a lawyer when in doubt."
            ),
        )
