"""The summary at the end of a bulk action: per case done, skipped with why or failed with
why (and the cases a cancel left untouched), with a button to open the folder written to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.bulk.results import BulkResult, CaseResult
from disputekit.messages import msg
from disputekit.ui.shared.language.i18n import shown

Index = QModelIndex | QPersistentModelIndex
FAILED_COLOUR = QColor("#b3261e")
SKIPPED_COLOUR = QColor("#8a5a00")
NOT_REACHED = "not_reached"


class SummaryModel(QAbstractTableModel):
    """One row per case: the case, what happened, and why (or the file written)."""

    CASE, RESULT, DETAIL = range(3)

    def __init__(
        self, result: BulkResult, names: dict[int, str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._names = names
        self._rows: list[CaseResult | int] = [*result.results, *result.not_reached]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Case"), self.tr("Result"), self.tr("Why / file"))
        return titles[section] if 0 <= section < len(titles) else None

    def status(self, row: int) -> str:
        """ "done", "skipped", "failed" or "not_reached" for `row`."""
        item = self._rows[row]
        return item.status if isinstance(item, CaseResult) else NOT_REACHED

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        status = self.status(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() != self.CASE:
            colour = {"failed": FAILED_COLOUR, "skipped": SKIPPED_COLOUR}.get(status)
            return QBrush(colour) if colour is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._rows[index.row()]
        if index.column() == self.CASE:
            if isinstance(item, CaseResult):
                return shown(item.title)
            return self._names.get(item) or shown(case_name(item))
        if index.column() == self.RESULT:
            return self._status_text(status)
        if not isinstance(item, CaseResult):
            return self.tr("Cancelled before this case; nothing was changed.")
        if item.status == "done" and item.path is not None and not item.reason:
            return item.path.name
        return shown(item.reason)

    def _status_text(self, status: str) -> str:
        return {
            "done": self.tr("Done"),
            "skipped": self.tr("Skipped"),
            "failed": self.tr("Failed"),
        }.get(status, self.tr("Not done"))


def case_name(case_id: int) -> str:
    """A case known only by its id."""
    return msg("bulk.case", case_id=case_id)


class BulkSummaryDialog(QDialog):
    """What a bulk action did, case by case; 打开文件夹 when it wrote files."""

    def __init__(
        self,
        title: str,
        result: BulkResult,
        names: dict[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkSummaryDialog")
        self.setWindowTitle(title)
        self.bulk_result = result
        layout = QVBoxLayout(self)
        self.headline = QLabel(self._headline())
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.model = SummaryModel(result, names or {}, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SummaryModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        # Rows grow to fit the wrapped reasons whenever the columns change width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setObjectName("openFolderButton")
        self.open_button.clicked.connect(self.open_folder)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(result.folder is not None)  # once in the box, which shows it
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _headline(self) -> str:
        r = self.bulk_result
        lines = [
            self.tr("Done {done}, skipped {skipped}, failed {failed}.").format(
                done=r.count("done"), skipped=r.count("skipped"), failed=r.count("failed")
            )
        ]
        if r.cancelled:
            lines.append(
                self.tr(
                    "Cancelled: {count} case(s) were not worked on and stay as they were."
                ).format(count=len(r.not_reached))
            )
        if r.folder is not None:
            lines.append(self.tr("Written to {folder}").format(folder=r.folder))
        return "\n".join(lines)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their real widths now

    def open_folder(self) -> None:
        """Show the folder the files were written to in the system's file manager."""
        if self.bulk_result.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.bulk_result.folder)))
