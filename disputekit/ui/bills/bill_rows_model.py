"""The rows of an official bill as a table model (read-only: a bill is never edited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from disputekit.bills.model import BillRow, Direction
from disputekit.domain.case.values.money import format_money
from disputekit.timeutil import precise_datetime
from disputekit.ui.shared.language.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the BillRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (time, Decimal amount)

COL_NUMBER, COL_TIME, COL_DIRECTION, COL_AMOUNT, COL_COUNTERPARTY, COL_ITEM = range(6)
COL_METHOD, COL_STATUS, COL_TRANSACTION, COL_MERCHANT = range(6, 10)
COLUMN_COUNT = 10
_MATCH_BACKGROUND = QColor("#e6f4ea")


_HEADERS = (
    QT_TRANSLATE_NOOP("BillRowsModel", "Row"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Time"),
    QT_TRANSLATE_NOOP("BillRowsModel", "In/out"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Amount"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Counterparty"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Item"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Paid with"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Status"),
    QT_TRANSLATE_NOOP("BillRowsModel", "Transaction no."),
    QT_TRANSLATE_NOOP("BillRowsModel", "Merchant order no."),
)
_DIRECTIONS = {
    Direction.EXPENSE: QT_TRANSLATE_NOOP("BillRowsModel", "Expense"),
    Direction.INCOME: QT_TRANSLATE_NOOP("BillRowsModel", "Income"),
    Direction.NEUTRAL: QT_TRANSLATE_NOOP("BillRowsModel", "Neutral"),
}
_MATCH_TIP = QT_TRANSLATE_NOOP("BillRowsModel", "This row is the case's order")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BillRowsModel", text)


class BillRowsModel(QAbstractTableModel):
    """One table row per bill row; the row that matches the case is shown highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BillRow] = []
        self._matched: int | None = None  # bill row number

    def set_rows(self, rows: list[BillRow], matched: int | None = None) -> None:
        """Show `rows` (a reset: a new file replaces the old one whole)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._matched = matched
        self.endResetModel()

    def row(self, index: int) -> BillRow:
        """The bill row shown in table row `index`."""
        return self._rows[index]

    def retranslate(self) -> None:
        """Headers and in/out labels follow the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            top = self.index(0, COL_DIRECTION)
            self.dataChanged.emit(top, self.index(len(self._rows) - 1, COL_DIRECTION))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return _tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == COL_NUMBER:
                return row.number
            if column == COL_TIME:
                return row.time.timestamp()
            if column == COL_AMOUNT:
                return int(row.amount * 100)  # cents: exact, and a type the proxy can compare
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.number == self._matched:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_MATCH_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(_MATCH_TIP)
        return None

    @staticmethod
    def _text(row: BillRow, column: int) -> str:
        match column:
            case 0:
                return str(row.number)
            case 1:
                return precise_datetime(row.time)
            case 2:
                return _tr(_DIRECTIONS[row.direction])
            case 3:
                return format_money(row.amount)
            case 4:
                return row.counterparty
            case 5:
                return row.item
            case 6:
                return row.method
            case 7:
                return row.status
            case 8:
                return row.transaction_no
            case _:
                return row.merchant_order_no
