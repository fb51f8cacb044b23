"""Ticking a recording's key frames: which go into packets (the choice is kept in the case)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.evidence.recording_frames import FrameRow
from disputekit.video.keyframes import clock_text

THUMB = QSize(120, 220)


class FramesDialog(QDialog):
    """Thumbnails of the key frames with a tick each; `chosen()` after OK."""

    def __init__(
        self,
        recording: str,
        frames: list[FrameRow],
        thumbs: dict[str, Path],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key frames of %1").replace("%1", recording))
        self.intro = QLabel(
            self.tr(
                "%1 key frames were found, one per screen, each kept as evidence with its own "
                "SHA-256. Tick the frames that go into packets; the recording itself is listed "
                "as the original, supplied on a storage medium."
            ).replace("%1", str(len(frames)))
        )
        self.intro.setWordWrap(True)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(8)
        self.list.setWordWrap(True)
        for frame in frames:
            text = f"{frame.evidence_id}  {clock_text(frame.at_seconds)}"
            item = QListWidgetItem(QIcon(QPixmap(str(thumbs[frame.evidence_id]))), text)
            item.setData(Qt.ItemDataRole.UserRole, frame.evidence_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if frame.in_packet else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def chosen(self) -> dict[str, bool]:
        """Evidence id → ticked, for every frame listed."""
        return {
            self.list.item(row).data(Qt.ItemDataRole.UserRole): (
                self.list.item(row).checkState() == Qt.CheckState.Checked
            )
            for row in range(self.list.count())
        }
