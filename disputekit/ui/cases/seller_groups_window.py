"""视图 → 按商家: the seller groups, and the cases of the one selected; double-clicking a
case selects it in the main window."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.groups.seller_groups import (
    confirm_merge,
    list_groups,
    merge_suggestions,
    shared_files,
    split_case,
)
from disputekit.app.workspace import Workspace
from disputekit.ui.cases.seller_groups_model import Column, SellerGroupsModel

CASE_ROLE = Qt.ItemDataRole.UserRole + 2


class SellerGroupsWindow(QWidget):
    """A top-level window listing the groups; `open_case(id)` asks for a case."""

    open_case = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._workspace = workspace
        self._files: list[tuple[int, ...]] = []
        self.setObjectName("sellerGroupsWindow")
        self.setWindowTitle(self.tr("By seller"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = SellerGroupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SELLER, QHeaderView.ResizeMode.Stretch)
        self.cases = QListWidget()
        self.cases.itemDoubleClicked.connect(self._open)
        self.cases.itemActivated.connect(self._open)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.cases_label = QLabel(self.tr("Cases of the selected seller (double-click to open):"))
        box_layout.addWidget(self.cases_label)
        box_layout.addWidget(self.cases)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet("color: #c62828")
        box_layout.addWidget(self.checks)
        self.apart_button = QPushButton(self.tr("Keep this case apart"))
        self.apart_button.setToolTip(
            self.tr("The selected case is not against this seller: take it out of the group.")
        )
        self.apart_button.clicked.connect(self._keep_apart)
        apart_row = QHBoxLayout()
        apart_row.addWidget(self.apart_button)
        apart_row.addStretch(1)
        box_layout.addLayout(apart_row)
        box_layout.addWidget(QLabel(self.tr("Perhaps one seller (merged only when you confirm):")))
        self.suggestions = QListWidget()
        self.suggestions.setMaximumHeight(90)
        box_layout.addWidget(self.suggestions)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge these two sellers"))
        self.merge_button.clicked.connect(self._merge)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        split.addWidget(box)
        split.setSizes([300, 160])
        layout.addWidget(split, 1)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """Group the stored cases again."""
        groups = self._workspace.run(list_groups)
        self._files = self._workspace.run(shared_files)
        self.model.set_groups(groups)
        shared = sum(1 for g in groups if len(g.case_ids) > 1)
        self.summary.setText(
            self.tr("{groups} sellers; {shared} with more than one case.").format(
                groups=len(groups), shared=shared
            )
        )
        self.cases.clear()
        self.suggestions.clear()
        for suggestion in self._workspace.run(merge_suggestions):
            item = QListWidgetItem(
                self.tr("{first} and {second}").format(
                    first=suggestion.first_name, second=suggestion.second_name
                )
            )
            item.setData(CASE_ROLE, (suggestion.first, suggestion.second))
            self.suggestions.addItem(item)
        if groups:
            self.table.selectRow(0)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.cases.clear()
        self.checks.clear()
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            return
        group = self.model.groups[min(rows)]
        self.checks.setText("\n".join(self._checks(group.case_ids, group.shared_contacts)))
        for case_id in group.case_ids:
            item = QListWidgetItem(self.tr("Case #{id}").format(id=case_id))
            item.setData(CASE_ROLE, case_id)
            self.cases.addItem(item)

    def _checks(
        self, case_ids: tuple[int, ...], contacts: list[tuple[str, tuple[int, ...]]]
    ) -> list[str]:
        """What to check before a joint complaint (办法第十七条(四)): shared contacts, and
        files also attached to another case."""
        lines = []
        for kind, ids in contacts:
            text = (
                self.tr("Cases {cases} give the same phone number.")
                if kind == "phone"
                else self.tr("Cases {cases} give the same address.")
            )
            lines.append(text.format(cases=", ".join(map(str, ids))))
        mine = set(case_ids)
        for ids in self._files:
            if mine.intersection(ids):
                lines.append(
                    self.tr("The same file is attached to cases {cases}.").format(
                        cases=", ".join(map(str, ids))
                    )
                )
        return lines

    def _merge(self) -> None:
        item = self.suggestions.currentItem()
        if item is not None:
            first, second = item.data(CASE_ROLE)
            self._workspace.run(confirm_merge, str(first), str(second))
            self.refresh()

    def _keep_apart(self) -> None:
        item = self.cases.currentItem()
        if item is not None:
            self._workspace.run(split_case, int(item.data(CASE_ROLE)))
            self.refresh()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_case.emit(int(item.data(CASE_ROLE)))
