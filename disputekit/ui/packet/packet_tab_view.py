"""The 材料 tab's widgets and layout: the controls column on the left (kind, filer, pre-check,
exhibits, size budget, with 生成 and the status always in view) and the preview and 12315 fill
sheet on the right. `PacketBuilderTab` gives them their texts and behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.workspace import PacketDefaults
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.ui.packet.fill_sheet_view import FillSheetView
from disputekit.ui.packet.packet_blockers import BlockersBox
from disputekit.ui.packet.packet_exhibits_model import PacketExhibitsModel
from disputekit.ui.packet.packet_options import BudgetBox
from disputekit.ui.packet.pdf_preview import PdfPreview
from disputekit.ui.shared.session import CaseSession


class PacketTabView(QSplitter):
    """Controls on the left, preview and fill sheet on the right."""

    def __init__(
        self, defaults: PacketDefaults, session: CaseSession, parent: QWidget | None = None
    ):
        super().__init__(parent)
        controls = QWidget()
        column = QVBoxLayout(controls)
        self.kind_group = QButtonGroup(self)
        # Kinds two to a row: the labels stay whole in English in a narrow column.
        kinds = QGridLayout()
        self.kind_label = QLabel()
        kinds.addWidget(self.kind_label, 0, 0, 1, 2)
        for n, _kind in enumerate(PacketKind):
            button = QRadioButton()
            button.setChecked(n == 0)
            self.kind_group.addButton(button, n)
            kinds.addWidget(button, 1 + n // 2, n % 2)
        column.addLayout(kinds)
        filer_row = QHBoxLayout()
        self.filer_label = QLabel()
        self.filer_label.setWordWrap(True)
        self.filer_edit_button = QPushButton()
        filer_row.addWidget(self.filer_label, 1)
        filer_row.addWidget(self.filer_edit_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(filer_row)
        self.blockers = BlockersBox(session)
        column.addWidget(self.blockers)

        self.exhibits_label = QLabel()
        column.addWidget(self.exhibits_label)
        self.exhibits = PacketExhibitsModel(self)
        self.exhibit_view = QListView()
        self.exhibit_view.setModel(self.exhibits)
        self.exhibit_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exhibit_view.setMinimumHeight(120)
        column.addWidget(self.exhibit_view)
        self.budget = BudgetBox(defaults)
        column.addWidget(self.budget)

        self.generate_button = QPushButton()
        self.generate_button.setStyleSheet("font-weight: bold; padding: 6px")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_folder_button = QPushButton()
        self.save_as_button = QPushButton()
        actions = QHBoxLayout()
        for action_button in (self.generate_button, self.open_folder_button, self.save_as_button):
            actions.addWidget(action_button)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(controls)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # 生成 and the status stay in view below the scrolling checks, at any window height.
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(scroll, 1)
        left_column.addLayout(actions)
        left_column.addWidget(self.status)
        left.setMinimumWidth(340)
        self._controls, self._scroll, self._left = controls, scroll, left
        self.addWidget(left)

        self.right = QTabWidget()
        self.preview = PdfPreview()
        self.fill_sheet = FillSheetView()
        self.right.addTab(self.preview, "")
        self.right.addTab(self.fill_sheet, "")
        self.addWidget(self.right)
        self.setStretchFactor(1, 1)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        # First show: give the preview most of the width (size hints would split it evenly);
        # the controls need about 400 pixels, more only helps long English lines.
        if not self._sized:
            self._sized = True
            controls = max(self.fit_controls(), min(460, self.width() * 2 // 5))
            self.setSizes([controls, self.width() - controls])
        super().showEvent(event)

    def fit_controls(self) -> int:
        """Keep the controls column at least as wide as its widest line needs (longer in
        English), so nothing in it is cut off; returns that width."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        needed = max(340, self._controls.minimumSizeHint().width() + bar + 4)
        self._left.setMinimumWidth(needed)
        sizes = self.sizes()
        if self._sized and sizes and sizes[0] < needed:
            self.setSizes([needed, max(0, sum(sizes) - needed)])
        return needed
