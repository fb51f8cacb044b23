"""Confirming what OCR read off a screenshot: each value beside the crop it came from, its box
numbered on the image, and a tick per field. Nothing reaches the case until "Fill" is pressed,
and then only the ticked fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
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

from disputekit.domain.case.model import Case
from disputekit.domain.ocr.ocr_proposals import Proposal
from disputekit.ui.ocr.ocr_proposals_model import (
    COL_NOW,
    COL_VALUE,
    CROP_HEIGHT,
    ProposalModel,
    box_colour,
)
from disputekit.ui.shared.screen_fit import fit_to_screen


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
        select_row = QHBoxLayout()
        select_row.addWidget(self.select_all)
        select_row.addStretch(1)
        right.addLayout(select_row)
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
        fit_to_screen(self, QSize(1180, 700))
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
