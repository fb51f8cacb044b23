"""The 从手机添加 dialog's layout and words: the QR code and address, the time left, the
batches with their buttons, and what to do when the phone cannot reach the computer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

QR_PIXELS = 232


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """`text` as a QR code of about `pixels` square, black on white with its quiet zone."""
    import segno

    code = segno.make(text, error="m")
    rows = [list(row) for row in code.matrix]
    border = 4
    size = len(rows) + 2 * border
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + border, y + border, black)
    scale = max(1, pixels // size)
    return QPixmap.fromImage(
        image.scaled(size * scale, size * scale, mode=Qt.TransformationMode.FastTransformation)
    )


class PhoneUploadView(QDialog):
    """Widgets and texts; `PhoneUploadDialog` gives them their behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(720)
        self.qr = QLabel()
        self.qr.setFixedSize(QR_PIXELS + 8, QR_PIXELS + 8)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.copy_button = QPushButton()
        self.remaining = QLabel()
        self.plain_http = QLabel()
        self.plain_http.setWordWrap(True)
        self.plain_http.setStyleSheet("color: #8a5300;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.batches = QTableWidget(0, 4)
        self.batches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batches.verticalHeader().hide()
        header = self.batches.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.auto_accept = QCheckBox()
        self.problems = QListWidget()
        self.problems.setMaximumHeight(72)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        link = QHBoxLayout()
        link.addWidget(self.address, 1)
        link.addWidget(self.copy_button)
        side = QVBoxLayout()
        side.addWidget(self.intro)
        side.addLayout(link)
        side.addWidget(self.remaining)
        side.addWidget(self.plain_http)
        side.addWidget(self.error)
        side.addStretch(1)
        top = QGridLayout()
        top.addWidget(self.qr, 0, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 0, 1)
        top.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.auto_accept)
        actions.addStretch(1)
        actions.addWidget(self.decline_button)
        actions.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.batches, 1)
        layout.addLayout(actions)
        layout.addWidget(self.problems)
        layout.addWidget(self.help)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Add from phone"))
        self.intro.setText(
            self.tr(
                "Scan the code with the phone's camera or browser, or open the address in the "
                "phone's browser, then pick screenshots, photos, screen recordings or PDFs. "
                "Each file is hashed when it arrives here."
            )
        )
        self.copy_button.setText(self.tr("Copy link"))
        self.plain_http.setText(
            self.tr(
                "This is plain HTTP on the local network. Connect the phone to your home Wi-Fi "
                "or connect this computer to the phone's hotspot; avoid public Wi-Fi."
            )
        )
        self.help.setText(
            self.tr(
                "<b>The phone cannot open the page?</b> Phone and computer must be on the same "
                "network. On Windows, allow DisputeKit when the firewall asks (private "
                "networks); on a network marked public it is blocked. Guest, hotel or shop "
                "Wi-Fi often keeps devices apart (AP isolation): use the phone's hotspot "
                "instead. If the scanner opens the link inside WeChat or another app, copy "
                "the link and open it in the phone's browser."
            )
        )
        self.batches.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Files"), self.tr("Size"), self.tr("State")]
        )
        self.accept_button.setText(self.tr("Add to case"))
        self.decline_button.setText(self.tr("Decline"))
        self.auto_accept.setText(self.tr("Add every batch to the case as it arrives"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of the UI language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
