"""A graphics view for one image: zoom, fit, 1:1, rotation of the view, and drawn boxes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from disputekit.app.evidence.redaction import Box

ZOOM_STEP = 1.25


class ZoomView(QGraphicsView):
    """Shows an image at scene coordinates = image pixels; the view transform zooms/rotates.

    In redaction mode, dragging draws boxes; they live in image pixels whatever the zoom or
    rotation, so they map one to one onto the file."""

    boxes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._zoom = 1.0
        self._rotation = 0
        self.redacting = False
        self.boxes: list[QGraphicsRectItem] = []
        self._drawing: QGraphicsRectItem | None = None
        self._start = QPointF()

    def set_image(self, image: QImage) -> None:
        """Show `image` (already oriented)."""
        self.scene().clear()
        self.boxes.clear()
        self._pixmap_item = self.scene().addPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(image.rect()))

    def image_rect(self) -> QRectF:
        """The image's rectangle in scene (pixel) coordinates."""
        return self.scene().sceneRect()

    def zoom(self) -> float:
        """The current scale (1.0 = one image pixel per screen pixel)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Scale to `zoom`, keeping the rotation."""
        self._zoom = max(0.02, min(zoom, 32.0))
        self._apply()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Scale so the whole (rotated) image fits the window."""
        rect = self.image_rect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.rotate(self._rotation)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom = abs(self.transform().m11()) + abs(self.transform().m12())

    def rotate_view(self, degrees: int) -> None:
        """Rotate the view (not the file) by a multiple of 90 degrees."""
        self._rotation = (self._rotation + degrees) % 360
        self._apply()

    def rotation(self) -> int:
        return self._rotation

    def _apply(self) -> None:
        self.resetTransform()
        self.scale(self._zoom, self._zoom)
        self.rotate(self._rotation)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)

    # --- redaction boxes ------------------------------------------------------------------
    def set_redacting(self, on: bool) -> None:
        """Dragging draws boxes (on) or pans the image (off)."""
        self.redacting = on
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        )

    def add_box(self, rect: QRectF) -> QGraphicsRectItem | None:
        """Add a box (scene coordinates), clipped to the image."""
        rect = rect.normalized().intersected(self.image_rect())
        if rect.width() < 1 or rect.height() < 1:
            return None
        # Opaque, as the saved copy will be: what shows through a box would not be hidden.
        item = self.scene().addRect(rect, QPen(QColor("#ff1744"), 0), QBrush(QColor(0, 0, 0)))
        self.boxes.append(item)
        self.boxes_changed.emit()
        return item

    def clear_boxes(self) -> None:
        for item in self.boxes:
            self.scene().removeItem(item)
        self.boxes.clear()
        self.boxes_changed.emit()

    def box_tuples(self) -> list[Box]:
        """The boxes as whole pixels (rounded outwards, so nothing at the edge survives)."""
        out: list[Box] = []
        for item in self.boxes:
            r = item.rect()
            out.append(
                (int(r.left()), int(r.top()), int(-(-r.right() // 1)), int(-(-r.bottom() // 1)))
            )
        return out

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.redacting and event.button() == Qt.MouseButton.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            self._drawing = self.scene().addRect(
                QRectF(self._start, self._start),
                QPen(QColor("#ff1744"), 0),
                QBrush(QColor(0, 0, 0)),  # opaque while drawn too
            )
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None:
            end = self.mapToScene(event.position().toPoint())
            self._drawing.setRect(QRectF(self._start, end).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None:
            rect = self._drawing.rect()
            self.scene().removeItem(self._drawing)
            self._drawing = None
            self.add_box(rect)
            event.accept()
            return
        super().mouseReleaseEvent(event)
