"""The 订单 tab's error lines: one under each field, checks made as the user types (an amount
that is not one yet, a malformed 统一社会信用代码) kept until the text changes, and a failed
save brought into view: the first field in error scrolled to and focused, and named in one
line for the window's status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from disputekit.domain.case.document.case_json import FieldError
from disputekit.ui.cases.order_fields import error_text
from disputekit.ui.cases.order_labels import field_labels
from disputekit.ui.shared.form_binding import Field


class FieldErrors:
    """The error label of each field path, in form order, and the general error line."""

    def __init__(self, scroll: QScrollArea) -> None:
        self.labels: dict[str, QLabel] = {}
        self._scroll = scroll
        self.general = QLabel()
        self.general.setStyleSheet("color:#c62828;")
        self.general.setWordWrap(True)
        self._live: dict[str, str] = {}

    def __getitem__(self, path: str) -> QLabel:
        return self.labels[path]

    def live(self, path: str, text: str) -> None:
        """A check made as the user types: shown at once, kept over a save."""
        self._live[path] = text
        self._set(path, text)

    def show(
        self, placed: dict[str, FieldError], rest: list[str], fields: dict[str, Field]
    ) -> str:
        """Show a save's errors beside their fields (the live ones stay); bring the first
        into view. Returns the line for the status bar ("" when nothing failed)."""
        for path in self.labels:
            live = self._live.get(path, "")
            self._set(path, error_text(placed[path]) if path in placed else live)
        self.general.setText("\n".join(rest))
        first = next((p for p in fields if p in placed), None)
        if first is None:
            return QCoreApplication.translate("OrderTab", "Not saved: {error}").format(
                error=rest[0]
            ) if rest else ""
        return self.bring_into_view(first, fields[first], error_text(placed[first]))

    def bring_into_view(self, path: str, field: Field, error: str) -> str:
        """Scroll to the field at `path`, put the cursor in it; the status-bar line."""
        self._scroll.ensureWidgetVisible(self.labels[path].parentWidget() or field.editor)
        self._scroll.ensureWidgetVisible(field.editor)
        field.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        name = field_labels()[path].replace("&", "")
        return QCoreApplication.translate("OrderTab", "Not saved: {field} – {error}").format(
            field=name, error=error
        )

    def _set(self, path: str, text: str) -> None:
        label = self.labels[path]
        label.setText(text)
        label.setVisible(bool(text))

