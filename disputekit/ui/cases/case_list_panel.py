"""The left-hand case list: search, status filter, the table, and the empty state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.ui.cases.case_columns import ColumnChooser
from disputekit.ui.cases.case_list_model import CASE_ID_ROLE, CaseFilterProxy, CaseListModel, Column
from disputekit.ui.shared.language.i18n import vocab_lang
from disputekit.ui.shared.services import Services

SEARCH_DEBOUNCE_MS = 250


class CaseListPanel(QWidget):
    """Shows the cases; emits `selection_requested` when the user picks one (the main window
    decides, after the unsaved-changes guard, whether the selection really moves)."""

    selection_requested = Signal(object)  # case id
    new_case_requested = Signal()
    demo_requested = Signal()
    loaded_once = Signal()  # the first reload happened: the window is up and listed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = CaseListModel(services.workspace, services.clock, self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._shown_id: int | None = None
        self.loaded = False  # the first reload has happened (the window defers it)
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_case_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.retranslate()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem("", None)
        for status in OrderStatus:
            self.status_filter.addItem("", status.value)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            Column.BUYER: 64,
            Column.PHONE: 92,
            Column.PLATFORM: 110,
            Column.ORDER_NO: 150,
            Column.PRODUCT: 120,
            Column.AMOUNT: 72,
            Column.STATUS: 95,
            Column.DEADLINE: 230,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        self.columns = ColumnChooser(header, self._services.settings)
        self.no_match = QLabel()  # a search that finds nothing says so
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton()
        self.demo_button = QPushButton()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.no_match)
        layout.addWidget(self.pages, 1)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.search.setPlaceholderText(
            self.tr("Search names, phones, order or transaction no., shop…")
        )
        self._show_no_match()
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i, status in enumerate(OrderStatus, start=1):
            self.status_filter.setItemText(i, status.label(vocab_lang()))
        self.empty_label.setText(
            self.tr("No cases yet. Start a new case, or load the example cases to look around.")
        )
        self.new_button.setText(self.tr("New case"))
        self.demo_button.setText(self.tr("Load example cases"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Re-read the list from the store, keeping the shown case selected."""
        self.model.reload()
        first = not self.loaded
        self.loaded = True
        empty = not self.model.query.strip() and self.model.rowCount() == 0
        self.pages.setCurrentIndex(1 if empty else 0)
        self._show_no_match()
        self.show_case(self._shown_id)
        if first:
            self.loaded_once.emit()

    def show_case(self, case_id: int | None) -> None:
        """Select `case_id`'s row without asking anyone (the session already moved there)."""
        self._shown_id = case_id
        selection = self.view.selectionModel()
        row = self.model.row_of(case_id) if case_id is not None else None
        blocked = selection.blockSignals(True)
        try:
            if row is None:
                selection.clear()
                return
            # The first column shown: scrolling to it keeps the list at its left edge.
            first = self.view.horizontalHeader().logicalIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, first))
            if not index.isValid():
                selection.clear()
                return
            if selection.currentIndex().row() == index.row():
                return  # the user's own click: a Ctrl/Shift multi-selection stays as made
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        finally:
            selection.blockSignals(blocked)

    def _row_changed(self, current: object, _previous: object) -> None:
        case_id = self.proxy.data(current, CASE_ID_ROLE)  # type: ignore[arg-type]
        if case_id is not None and case_id != self._shown_id:
            self.selection_requested.emit(int(case_id))

    def _run_search(self) -> None:
        self.model.reload(self.search.text())
        self._show_no_match()
        self.show_case(self._shown_id)

    def _show_no_match(self) -> None:
        query = self.model.query.strip()
        self.no_match.setText(self.tr("Nothing found for “{query}”.").format(query=query))
        self.no_match.setVisible(bool(query) and self.model.rowCount() == 0)

    def _status_changed(self, _index: int) -> None:
        value = self.status_filter.currentData()
        self.proxy.set_status(OrderStatus(value) if value else None)
        self.show_case(self._shown_id)
