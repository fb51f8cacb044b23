"""The bill import dialog: choose (or drop) an official bill, see its rows, pick the order's
row(s), and attach the bill to the current case or make a case per row.

Reading and storing run in the task runner; a zip's password is asked for when needed, and
asked again when wrong. Nothing is stored until the user presses Import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from disputekit.app.evidence.bill_import import (
    AttachResult,
    NoMatchingRow,
    attach_bill,
    create_cases,
)
from disputekit.bills.match import find_row
from disputekit.bills.model import Bill, BillError
from disputekit.bills.read import read_bill
from disputekit.ui.bills.bill_import_texts import (
    file_line,
    match_note,
    reason,
    resaved_warning,
)
from disputekit.ui.bills.bill_import_view import BillImportView
from disputekit.ui.evidence.evidence_intake import BILL_SUFFIXES, local_files
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog


class BillImportDialog(BillImportView):
    """Import one official bill; `imported` carries the AttachResults when done."""

    imported = Signal(object)  # list[AttachResult]

    def __init__(
        self, services: Services, session: CaseSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("billImportDialog")
        self._services, self._session = services, session
        self.bill: Bill | None = None
        self.path: Path | None = None
        self.matched: int | None = None
        self.setAcceptDrops(True)
        self.resize(1100, 620)
        self._wire()
        self.retranslate()
        self._update()

    def _wire(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.buttons.accepted.connect(self.import_selected)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.attach_radio.toggled.connect(lambda *_: self._update())
        self.view.doubleClicked.connect(lambda *_: self.import_selected())

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Import payment bill"))
        self.intro.setText(
            self.tr(
                "Choose the bill you exported from Alipay or WeChat Pay (用于个人对账), or the zip "
                "it came in. It is kept unchanged as payment evidence, and the order's empty "
                "payment details are filled in from its row."
            )
        )
        self.choose_button.setText(self.tr("Choose file…"))
        self.filter.setPlaceholderText(self.tr("Filter rows (counterparty, order no., amount…)"))
        self.new_radio.setText(self.tr("Create a new case for each selected row"))
        self.import_button.setText(self.tr("Import"))
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        case = self._session.case
        has_case = self._session.case_id is not None and case is not None
        if has_case and case is not None:
            name = " · ".join(p for p in (case.respondent.platform, case.order.order_no) if p)
            self.attach_radio.setText(
                self.tr("Attach to the current case (%1)").replace(
                    "%1", name or str(self._session.case_id)
                )
            )
        else:
            self.attach_radio.setText(self.tr("Attach to the current case (no case selected)"))
        self.attach_radio.setEnabled(has_case)
        if not has_case and self.attach_radio.isChecked():
            self.new_radio.setChecked(True)
        if not self.attach_radio.isChecked() and not self.new_radio.isChecked():
            (self.attach_radio if has_case else self.new_radio).setChecked(True)
        rows = self.selected_rows()
        ready = self.bill is not None and bool(rows)
        if self.attach_radio.isChecked() and len(rows) > 1:
            ready = False  # one case, one order: its row is one row
        self.import_button.setEnabled(ready)
        self._show_file()

    def _show_file(self) -> None:
        bill = self.bill
        if bill is None:
            self.file_label.setText(self.tr("No file chosen. You can also drop the file here."))
            self.note.hide()
            self.warning.hide()
            return
        self.file_label.setText(file_line(bill))
        self.warning.setText(resaved_warning(bill))
        self.warning.setVisible(bool(bill.resaved))
        note = match_note(self.matched) if self._session.case_id is not None else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    # -- files ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for the bill file and read it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a payment bill"),
            str(Path.home()),
            self.tr("Payment bills (*.zip *.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def load(self, path: Path, password: str | None = None) -> None:
        """Read the bill at `path` in the task runner; a zip's password is asked for."""
        self._set_error("")

        def work(progress: ProgressReporter) -> Bill:
            progress(0, 0, path.name)
            return read_bill(path, password)

        run_with_progress_dialog(
            self,
            self._services.tasks,
            self.tr("Reading the bill…"),
            work,
            lambda bill: self._loaded(path, bill),
            lambda exc: self._load_failed(path, exc),
        )

    def _loaded(self, path: Path, bill: Bill) -> None:
        self.path, self.bill = path, bill
        case = self._session.case
        match = find_row(bill.rows, case.order) if case is not None else None
        self.matched = match.row.number if match is not None and match.row else None
        self.model.set_rows(bill.rows, self.matched)
        self.view.resizeColumnsToContents()
        self.view.clearSelection()
        if self.matched is not None:
            self.select_rows([self.matched])
        self._update()

    def _load_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, BillError) and exc.code in ("password_needed", "wrong_password"):
            password = self.ask_password(path, wrong=exc.code == "wrong_password")
            if password:
                self.load(path, password)
                return
        self._set_error(reason(exc))
        self._update()

    def ask_password(self, path: Path, wrong: bool) -> str | None:
        """The zip's password from the user, or None if they cancel."""
        text = self.tr(
            "%1 is protected by a password. WeChat Pay sends it to the 微信支付 official "
            "account when you export the bill."
        ).replace("%1", path.name)
        if wrong:
            text = self.tr("That password is wrong.") + "\n" + text
        password, ok = QInputDialog.getText(
            self, self.tr("Password for the bill"), text, QLineEdit.EchoMode.Password
        )
        return password if ok and password else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files = local_files(event.mimeData())
        if len(files) == 1 and files[0].suffix.lower() in BILL_SUFFIXES:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if len(files) != 1:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load(files[0])

    # -- rows ----------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """The bill row numbers selected, in bill order."""
        picked = {
            self.model.row(self.proxy.mapToSource(index).row()).number
            for index in self.view.selectionModel().selectedRows()
        }
        return sorted(picked)

    def select_rows(self, numbers: list[int]) -> None:
        """Select the rows with these bill numbers (tests and the match use it)."""
        selection = self.view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        first = None
        for n in numbers:
            source = self.model.index(n - 1, 0)
            index = self.proxy.mapFromSource(source)
            if index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            self.view.scrollTo(first)

    # -- import --------------------------------------------------------------------------
    def import_selected(self) -> None:
        """Store the bill and attach it, or make the cases, in the task runner."""
        bill, rows = self.bill, self.selected_rows()
        if bill is None or not rows or not self.import_button.isEnabled():
            return
        case_id = self._session.case_id if self.attach_radio.isChecked() else None
        services = self._services

        def work(progress: ProgressReporter) -> list[AttachResult]:
            progress(0, 0, bill.file_name)
            with services.workspace.on_own_connection() as own:
                if case_id is not None:
                    return [own.run(attach_bill, case_id, bill, rows)]
                return own.run(create_cases, bill, rows)

        run_with_progress_dialog(
            self,
            services.tasks,
            self.tr("Importing the bill…"),
            work,
            self._imported,
            self._import_failed,
        )

    def _imported(self, results: list[AttachResult]) -> None:
        if self._session.case_id is not None:
            self._session.store_changed()
        else:
            self._session.cases_changed.emit()
        self.imported.emit(results)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NoMatchingRow):  # not reached with chosen rows; kept for safety
            self._set_error(self.tr("No row matches the case."))
            return
        self._set_error(self.tr("Nothing was imported: %1").replace("%1", reason(exc)))
