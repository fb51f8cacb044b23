"""The table of fields OCR proposes: a tick, the field, the crop of its box, the value read and
the value the case holds now."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap

from disputekit.domain.case.field_labels import SOURCE_FIELD_LABELS
from disputekit.domain.case.field_sources import field_value
from disputekit.domain.case.model import Case
from disputekit.domain.ocr.ocr_proposals import Proposal
from disputekit.timeutil import precise_datetime
from disputekit.ui.shared.language import i18n

Index = QModelIndex | QPersistentModelIndex
COL_USE, COL_FIELD, COL_CROP, COL_VALUE, COL_NOW = range(5)
CROP_HEIGHT = 40
CROP_WIDTH = 240
_BOX_COLOURS = ("#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#e67700", "#0c8599")


def box_colour(row: int) -> QColor:
    """The colour of field `row`'s box on the image and of its number in the list."""
    return QColor(_BOX_COLOURS[row % len(_BOX_COLOURS)])


def field_title(path: str) -> str:
    """The name of a case field read off a screenshot, in the UI language."""
    label = SOURCE_FIELD_LABELS.get(path)
    return i18n.shown(label) if label is not None else path


class ProposalModel(QAbstractTableModel):
    """The proposals, one row each: tick, field, crop of the box, value read, value now."""

    def __init__(
        self, proposals: list[Proposal], image: QImage, case: Case, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.proposals = proposals
        self._checked = [False] * len(proposals)  # the user ticks each field to confirm it
        self._now = [field_value(case, p.path) or "" for p in proposals]
        self._crops = [crop(image, p.hit.box) for p in proposals]
        self._headers = ["", "", "", "", ""]
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Use"),
            self.tr("Field"),
            self.tr("On the screenshot"),
            self.tr("Read as"),
            self.tr("Now in the case"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.proposals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.proposals) - 1, 4))

    def chosen(self) -> list[Proposal]:
        """The ticked proposals."""
        return [p for p, on in zip(self.proposals, self._checked, strict=True) if on]

    def set_checked(self, row: int, on: bool) -> None:
        self.setData(
            self.index(row, COL_USE),
            (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_USE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.proposals):
            return None
        row, col, p = index.row(), index.column(), self.proposals[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_USE:
            return Qt.CheckState.Checked if self._checked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_USE:
                return str(row + 1)
            if col == COL_FIELD:
                return field_title(p.path)
            if col == COL_VALUE:
                return shown(p.path, p.value)
            if col == COL_NOW:
                return shown(p.path, self._now[row]) or "—"
        if role == Qt.ItemDataRole.DecorationRole and col == COL_CROP:
            return self._crops[row]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_USE:
            return QBrush(box_colour(row))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_VALUE:
            tip = self.tr("Read next to “%1”, confidence %2")
            tip = tip.replace("%1", p.hit.label or "—").replace("%2", f"{p.hit.confidence:.0%}")
            return f"{shown(p.path, p.value)}\n{tip}"
        if role == Qt.ItemDataRole.SizeHintRole and col == COL_CROP:
            return QSize(self._crops[row].width() + 8, CROP_HEIGHT + 8)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_USE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def shown(path: str, value: str) -> str:
    """A value as people read it: times in Shanghai without the ISO "T" and offset."""
    if path == "order.ordered_at" and value:
        try:
            return precise_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def crop(image: QImage, box: tuple[int, int, int, int]) -> QPixmap:
    x, y, w, h = box
    pad = 4
    part = image.copy(max(0, x - pad), max(0, y - pad), w + 2 * pad, h + 2 * pad)
    if part.isNull():
        return QPixmap()
    scaled = part.scaledToHeight(CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation)
    if scaled.width() > CROP_WIDTH:
        scaled = scaled.scaledToWidth(CROP_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return QPixmap.fromImage(scaled)
