"""In-app preview of a generated packet (QtPdf), with its page count and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from disputekit.ui.shared.language.retranslate import Retranslating


class PdfPreview(Retranslating, QWidget):
    """Shows one PDF, all pages scrolling, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        self.path: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The information line in the current language."""
        if self.path is None:
            self.info.setText(self.tr("Generate the packet to preview it here."))
        else:
            self._describe(self.path)

    def load(self, path: Path) -> int:
        """Show the PDF at `path`; returns its page count (0 if it could not be read)."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.path = None
            self.info.setText(self.tr("Cannot open {name}.").format(name=path.name))
            return 0
        self.path = path
        self._describe(path)
        return self.document.pageCount()

    def _describe(self, path: Path) -> None:
        size_mb = path.stat().st_size / (1024 * 1024) if path.exists() else 0.0
        self.info.setText(
            self.tr("{name}: {pages} pages, {size:.2f} MB").format(
                name=path.name, pages=self.document.pageCount(), size=size_mb
            )
        )

    def page_count(self) -> int:
        """Pages of the document shown (0 when none)."""
        return self.document.pageCount() if self.path is not None else 0

    def clear(self) -> None:
        """Show nothing (the case changed)."""
        self.document.close()
        self.path = None
        self.retranslate()
