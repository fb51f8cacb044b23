"""Confirming what OCR read off a screenshot: each value beside the crop it came from, its box
numbered on the image, and a tick per field. Nothing reaches the case until "Fill" is pressed,
and then only the ticked fields."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.field_sources import field_value
from disputekit.domain.model import Case
from disputekit.domain.ocr_proposals import Proposal
from disputekit.domain.timeutil import SHANGHAI

Index = QModelIndex | QPersistentModelIndex
COL_USE, COL_FIELD, COL_CROP, COL_VALUE, COL_NOW = range(5)
CROP_HEIGHT = 40
CROP_WIDTH = 240
_BOX_COLOURS = ("#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#e67700", "#0c8599")


def box_colour(row: int) -> QColor:
    """The colour of field `row`'s box on the image and of its number in the list."""
    return QColor(_BOX_COLOURS[row % len(_BOX_COLOURS)])


def field_title(path: str) -> str:
    """The form's name for a case field, in the UI language."""
    titles = {
        "order.order_no": QCoreApplication.translate("OcrFields", "Order number"),
        "order.transaction_no": QCoreApplication.translate(
            "OcrFields", "Payment transaction number"
        ),
        "order.amount_paid": QCoreApplication.translate("OcrFields", "Amount paid"),
        "order.ordered_at": QCoreApplication.translate("OcrFields", "Order time"),
        "respondent.platform": QCoreApplication.translate("OcrFields", "Platform"),
        "respondent.company": QCoreApplication.translate("OcrFields", "Company"),
    }
    return titles.get(path, path)


class ProposalModel(QAbstractTableModel):
    """The proposals, one row each: tick, field, crop of the box, value read, value now."""

    def __init__(
        self, proposals: list[Proposal], image: QImage, case: Case, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.proposals = proposals
        self._checked = [False] * len(proposals)  # the user ticks each field to confirm it
        self._now = [field_value(case, p.path) or "" for p in proposals]
        self._crops = [_crop(image, p.hit.box) for p in proposals]
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
                return _shown(p.path, p.value)
            if col == COL_NOW:
                return _shown(p.path, self._now[row]) or "—"
        if role == Qt.ItemDataRole.DecorationRole and col == COL_CROP:
            return self._crops[row]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_USE:
            return QBrush(box_colour(row))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_VALUE:
            tip = self.tr("Read next to “%1”, confidence %2")
            tip = tip.replace("%1", p.hit.label or "—").replace("%2", f"{p.hit.confidence:.0%}")
            return f"{_shown(p.path, p.value)}\n{tip}"
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


def _shown(path: str, value: str) -> str:
    """A value as people read it: times in Shanghai without the ISO "T" and offset."""
    if path == "order.ordered_at" and value:
        try:
            return datetime.fromisoformat(value).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
    return value


def _crop(image: QImage, box: tuple[int, int, int, int]) -> QPixmap:
    x, y, w, h = box
    pad = 4
    part = image.copy(max(0, x - pad), max(0, y - pad), w + 2 * pad, h + 2 * pad)
    if part.isNull():
        return QPixmap()
    scaled = part.scaledToHeight(CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation)
    if scaled.width() > CROP_WIDTH:
        scaled = scaled.scaledToWidth(CROP_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return QPixmap.fromImage(scaled)


class BoxedImage(QGraphicsView):
    """The screenshot scaled to fit, with each field's box outlined and numbered."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.scene().addPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(0, 0, image.width(), image.height()))
        self.outlines: list[Any] = []
        self._line = max(3.0, image.width() / 300)

    def add_box(self, row: int, box: tuple[int, int, int, int]) -> None:
        x, y, w, h = box
        colour = box_colour(row)
        rect = self.scene().addRect(QRectF(x - 6, y - 6, w + 12, h + 12), QPen(colour, self._line))
        self.outlines.append(rect)
        tag = QGraphicsSimpleTextItem(str(row + 1))
        font = QFont()
        font.setPixelSize(max(24, h))
        font.setBold(True)
        tag.setFont(font)
        tag.setBrush(QBrush(colour))
        tag.setPos(max(0.0, x - 12 - tag.boundingRect().width()), y - 6)
        self.scene().addItem(tag)

    def highlight(self, row: int) -> None:
        for i, rect in enumerate(self.outlines):
            fill = QColor(box_colour(i))
            fill.setAlpha(60 if i == row else 0)
            rect.setBrush(QBrush(fill))
        if 0 <= row < len(self.outlines):
            self.centerOn(self.outlines[row])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class OcrConfirmDialog(QDialog):
    """Shows the proposals for one screenshot; `chosen()` after `accept()` are the ticked ones."""

    def __init__(
        self,
        image: QImage,
        proposals: list[Proposal],
        case: Case,
        exhibit: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = ProposalModel(proposals, image, case, self)
        self.image_view = BoxedImage(image)
        for row, p in enumerate(proposals):
            self.image_view.add_box(row, p.hit.box)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOW, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(CROP_HEIGHT + 12)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self._exhibit = exhibit
        self.select_all = QPushButton()
        self.buttons = QDialogButtonBox()
        self.fill_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        right = QVBoxLayout()
        right.addWidget(self.intro)
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        # A phone screenshot is tall and narrow: a fixed-width pane leaves the table the room
        # to show whole order numbers.
        self.image_view.setFixedWidth(380)
        layout.addWidget(self.image_view)
        layout.addLayout(right, 1)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.select_all.clicked.connect(self._tick_all)
        self.model.dataChanged.connect(lambda *_: self._update_fill())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.image_view.highlight(current.row())
        )
        self.resize(1180, 700)
        self.retranslate()
        self._update_fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fields read from %1").replace("%1", self._exhibit))
        self.intro.setText(
            self.tr(
                "These values were read from the screenshot by text recognition. Compare each "
                "with its box on the image and tick the ones that are right; only ticked fields "
                "are filled in, and the case records that they came from %1."
            ).replace("%1", self._exhibit)
        )
        self.select_all.setText(self.tr("Tick all"))
        self.fill_button.setText(self.tr("&Fill ticked fields"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> list[Proposal]:
        """The proposals the user ticked."""
        return self.model.chosen()

    def _tick_all(self) -> None:
        for row in range(self.model.rowCount()):
            self.model.set_checked(row, True)

    def _update_fill(self) -> None:
        self.fill_button.setEnabled(bool(self.model.chosen()))
