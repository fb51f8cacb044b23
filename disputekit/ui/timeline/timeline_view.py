"""A horizontal drawing of the case's events: one marker per event, evenly spaced in time order.

Even spacing (not proportional to time) keeps a burst of same-day contacts readable next to a
gap of weeks; the date under each marker tells the real spacing. Labels alternate above and
below the line, so each may span two steps. Results are coloured by outcome (refusals and
rejections count as negative); clicking a marker selects that event.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind, Outcome
from disputekit.ui.shared.language.vocab_text import fmt_dt, label

STEP = 112  # least pixels between markers; more when the view is wider
MARGIN = 48
RADIUS = 7
_COLOURS = {
    Outcome.POSITIVE: QColor("#2e7d32"),
    Outcome.NEGATIVE: QColor("#c62828"),
    None: QColor("#1565c0"),
}
_NEGATIVE_KINDS = {EventKind.CS_REFUSED, EventKind.COMPLAINT_REJECTED}


def _colour(event: Event) -> QColor:
    if event.outcome is None and event.kind in _NEGATIVE_KINDS:
        return _COLOURS[Outcome.NEGATIVE]
    return _COLOURS.get(event.outcome, _COLOURS[None])


class TimelineStrip(QWidget):
    """Paints `events` left to right; emits `event_clicked(event_id)`."""

    event_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._selected: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_events(self, events: list[Event]) -> None:
        """Show these events (already in time order)."""
        self._events = list(events)
        self.setMinimumWidth(self.sizeHint().width())
        self.updateGeometry()
        self.update()

    def select(self, event_id: str | None) -> None:
        """Highlight the event with this id."""
        self._selected = event_id
        self.update()

    def marker_centre(self, row: int) -> QPointF:
        """Where the marker of the `row`-th event is drawn (tests click there)."""
        return QPointF(MARGIN + row * self._step(), self.height() / 2)

    def _step(self) -> float:
        if len(self._events) < 2:
            return STEP
        return max(STEP, (self.width() - 2 * MARGIN) / (len(self._events) - 1))

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        width = 2 * MARGIN + max(len(self._events) - 1, 0) * STEP
        return QSize(width, 2 * (3 * line + RADIUS + 16))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.height() / 2
        painter.setPen(QPen(self.palette().mid().color(), 2))
        painter.drawLine(QPointF(MARGIN / 2, mid), QPointF(self.width() - MARGIN / 2, mid))
        if not self._events:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No events yet"))
            return
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        for row, event in enumerate(self._events):
            centre = self.marker_centre(row)
            colour = _colour(event)
            selected = event.id == self._selected
            outline = self.palette().text().color() if selected else colour
            painter.setPen(QPen(outline, 3 if selected else 1))
            painter.setBrush(colour)
            radius = RADIUS + (3 if selected else 0)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(self.palette().text().color())
            # Alternate above/below so neighbouring labels never collide.
            above = row % 2 == 0
            top = mid - RADIUS - 8 - 3 * line if above else mid + RADIUS + 8
            when = fmt_dt(event.at)
            text = f"{label(event.kind)}\n{when}" if above else f"{when}\n{label(event.kind)}"
            # As wide as the text, at most two steps (neighbours on this side are two markers
            # away), centred on the marker and kept inside the strip.
            widest = max(metrics.horizontalAdvance(part) for part in text.split("\n"))
            width = min(2 * self._step() - 12, widest + 8)
            left = min(max(centre.x() - width / 2, 0), self.width() - width)
            box = QRectF(left, top, width, 3 * line)
            vertical = Qt.AlignmentFlag.AlignBottom if above else Qt.AlignmentFlag.AlignTop
            flags = Qt.AlignmentFlag.AlignHCenter | vertical | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        for row, ev in enumerate(self._events):
            centre = self.marker_centre(row)
            close = abs(pos.x() - centre.x()) <= self._step() / 2
            if close and abs(pos.y() - centre.y()) <= 3 * RADIUS:
                self.event_clicked.emit(ev.id)
                return
        super().mousePressEvent(event)
