"""A small horizontal bar chart, painted: a label, a bar and the count on each line.

Painted rather than QtCharts: a dozen bars need no scene graph, and the text uses the app's
registered CJK font like every other widget.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#1976d2")


class BarChart(QWidget):
    """Bars for `(label, value)` pairs, longest bar = largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """Replace the bars."""
        self.bars = list(bars)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(320, max(len(self.bars), 1) * self._line() + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        label_width = max((metrics.horizontalAdvance(t) for t, _ in self.bars), default=0) + 12
        count_width = metrics.horizontalAdvance("00000") + 8
        room = max(self.width() - label_width - count_width, 10)
        top = max((v for _, v in self.bars), default=0) or 1
        line = self._line()
        for row, (text, value) in enumerate(self.bars):
            y = row * line + 2
            painter.setPen(self.palette().text().color())
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(0, y, label_width - 8, line - 4), int(align), text)
            bar = QRectF(label_width, y + 2, room * value / top, line - 8)
            painter.fillRect(bar, BAR_COLOUR)
            painter.drawText(
                QRectF(bar.right() + 4, y, count_width, line - 4),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(value),
            )
