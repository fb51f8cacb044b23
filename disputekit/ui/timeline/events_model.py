"""The case's events as a table model, in time order (Vorta's archive_table_model shape)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import Outcome
from disputekit.domain.case.withheld import exhibit_numbers
from disputekit.ui.shared.language.vocab_text import fmt_dt, label

Index = QModelIndex | QPersistentModelIndex

COL_AT, COL_KIND, COL_OUTCOME, COL_NOTE, COL_EVIDENCE = range(5)
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_OUTCOME_COLOURS = {Outcome.POSITIVE: QColor("#2e7d32"), Outcome.NEGATIVE: QColor("#c62828")}


class EventsModel(QAbstractTableModel):
    """Read-only view of `case.events_in_order()`; `set_case` resets it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._events: list[Event] = []

    def set_case(self, case: Case | None) -> None:
        """Show the events of `case` (None: nothing)."""
        self.beginResetModel()
        self._case = case
        self._events = case.events_in_order() if case is not None else []
        self.endResetModel()

    def relabel(self) -> None:
        """Headers and labels again (the language changed); the rows stay."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._events) - 1, 4))

    def event_at(self, row: int) -> Event:
        """The event shown in `row`."""
        return self._events[row]

    def row_of(self, event_id: str) -> int:
        """The row showing the event with this id, or -1."""
        return next((r for r, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("When"),
            self.tr("What happened"),
            self.tr("Outcome"),
            self.tr("Note"),
            self.tr("Exhibits"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        col = index.column()
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_OUTCOME:
            return _OUTCOME_COLOURS.get(event.outcome) if event.outcome else None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NOTE:
            return event.note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_AT:
            return fmt_dt(event.at)
        if col == COL_KIND:
            return label(event.kind)
        if col == COL_OUTCOME:
            return label(event.outcome)
        if col == COL_NOTE:
            return event.note.replace("\n", " ")
        return self._exhibit_text(event)

    def _exhibit_text(self, event: Event) -> str:
        # Exhibit numbers as the packet numbers them: position in the case's evidence list.
        if self._case is None:
            return ""
        order = exhibit_numbers(self._case)
        known = {item.id for item in self._case.evidence}
        return ", ".join(
            self.tr("Exhibit {n}").format(n=order[eid]) if eid in order else self.tr("withheld")
            for eid in event.evidence
            if eid in known
        )
