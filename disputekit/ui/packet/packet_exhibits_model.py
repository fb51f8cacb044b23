"""The packet's exhibits: which evidence items go in, and in what order (drag to reorder).

Rows are evidence items; the check box says "include". Dragging moves a row inside the list:
`dropMimeData` performs the move itself and returns False, so the view does not also delete the
source row (what a plain MoveAction would do).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from disputekit.domain.case.model import EvidenceItem
from disputekit.ui.shared.language.vocab_text import label

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-disputekit-exhibit-rows"
EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PacketExhibitsModel(QAbstractListModel):
    """Evidence items in packet order, each included or not."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._included: dict[str, bool] = {}

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Show `items`; keeps the order and choices already made for items still present."""
        known = {item.id: n for n, item in enumerate(self._items)}
        ordered = sorted(items, key=lambda i: known.get(i.id, len(known)))
        self.beginResetModel()
        self._items = ordered
        # A key frame the user left unticked (`in_packet`) starts unticked here too.
        self._included = {i.id: self._included.get(i.id, i.in_packet) for i in ordered}
        self.endResetModel()

    def relabel(self) -> None:
        """Labels again (the language changed)."""
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def order(self) -> list[str]:
        """The ids of the included items, in packet order (the builder's `exhibit_order`)."""
        return [i.id for i in self._items if self._included[i.id]]

    def move(self, row: int, to: int) -> bool:
        """Move the item at `row` so it ends up at position `to` (after removal)."""
        if not (0 <= row < len(self._items) and 0 <= to < len(self._items)) or row == to:
            return False
        # beginMoveRows wants the destination *before* removal: one past `to` when moving down.
        dest = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._items.insert(to, self._items.pop(row))
        self.endMoveRows()
        self._renumber()
        return True

    # --- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            caption = f" — {item.caption}" if item.caption else ""
            # The 证据N this item gets in the packet: the included ones, in this order.
            included = self.order()
            number = (
                self.tr("Exhibit {n}").format(n=included.index(item.id) + 1) + "  "
                if item.id in included
                else ""
            )
            return f"{number}{label(item.kind)}{caption}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._included[item.id] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            internal = self.tr("Internal id: {id}").format(id=item.id)
            return "\n".join(t for t in (item.original_name or item.file, internal) if t)
        if role == EVIDENCE_ID_ROLE:
            return item.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._included[self._items[index.row()].id] = checked
        self.dataChanged.emit(index, index, [role])
        self._renumber()
        return True

    def _renumber(self) -> None:
        # A tick or a move changes the 证据N of the rows after it.
        if self._items:
            last = self.index(len(self._items) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled  # dropping between rows, on the root
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        text = bytes(data.data(MIME).data()).decode()
        if not text:
            return False
        source = int(text.split(",")[0])  # single selection: one row at a time
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self._items)
        # `target` is an insertion point before removal; convert to a final position.
        self.move(source, target - 1 if target > source else target)
        return False  # moved already: the view must not remove the source row
