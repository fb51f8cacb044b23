"""The case list: a lazy table model over `Workspace.case_rows()` and the view's proxy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from disputekit.app.workspace import CaseRows, ListedCase, Workspace
from disputekit.domain.case.values.money import format_yuan
from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.domain.deadlines.deadline_attention import judge_cached
from disputekit.domain.deadlines.deadline_types import DeadlineStatus
from disputekit.timeutil import short_datetime
from disputekit.ui.shared.language.i18n import vocab_lang
from disputekit.ui.shared.language.vocab_text import deadline_kind_label
from disputekit.ui.shared.palette import status_colour
from disputekit.ui.shared.table_model import RIGHT_ALIGNED, Index, TitledTable

if TYPE_CHECKING:
    from disputekit.domain.deadlines.calendar import WorkCalendar

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
DEADLINE_STATE_ROLE = Qt.ItemDataRole.UserRole + 4


class Column(IntEnum):
    PLATFORM = 0
    ORDER_NO = 1
    PRODUCT = 2
    AMOUNT = 3
    STATUS = 4
    DEADLINE = 5
    UPDATED = 6
    BUYER = 7
    PHONE = 8


# Left to right as the list shows them: who, how much, what is due next first.
SHOWN_ORDER = (
    Column.BUYER, Column.AMOUNT, Column.DEADLINE, Column.PHONE, Column.PLATFORM,
    Column.ORDER_NO, Column.PRODUCT, Column.STATUS, Column.UPDATED,
)  # fmt: skip


# Each column's order, by its real values (SQL in store.case_list.SORT_KEYS).
_SORT_KEYS = {
    Column.PLATFORM: "platform",
    Column.ORDER_NO: "order_no",
    Column.PRODUCT: "product",
    Column.AMOUNT: "amount_paid",
    Column.STATUS: "status",
    Column.DEADLINE: "next_due_at",
    Column.UPDATED: "updated_at",
    Column.BUYER: "complainant_name",
    Column.PHONE: "complainant_phone",
}


def deadline_state(
    due: datetime | None, now: datetime, calendar: WorkCalendar, kind: str | None = None
) -> DeadlineStatus | None:
    """The state of a case's next (cached) deadline of `kind` at `now` by the one deadline
    rule (a 12315 bar's grace days included); None when the case has no unmet deadline."""
    if due is None:
        return None
    return judge_cached(kind, due, now, calendar)


class CaseListModel(TitledTable):
    """One row per listed case, over lazy `CaseRows`: only the rows a view asks for are
    read. `reload()` re-queries the store (full-text `query`, `status`); sorting re-queries
    it with the column's SQL order."""

    def __init__(
        self, workspace: Workspace, clock: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._clock = clock
        self._rows = workspace.no_rows()
        self._loaded = False
        self.query = ""
        self.status: OrderStatus | None = None
        self._sort: tuple[int, Qt.SortOrder] = (Column.UPDATED, Qt.SortOrder.DescendingOrder)
        self._now = clock()
        self._calendar: WorkCalendar | None = None
        self._states: dict[int, DeadlineStatus | None] = {}

    def reload(self, query: str | None = None) -> None:
        """Re-query the store (optionally with a new search text); deadline colours are
        judged against the clock read now."""
        if query is not None:
            self.query = query
        self.beginResetModel()
        self._set_rows(self._list())
        self._loaded = True
        self.endResetModel()

    def set_status(self, status: OrderStatus | None) -> None:
        """List only cases in `status` (None: all); filtered in SQL, not row by row."""
        self.status = status
        if self._loaded:
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query the store in the order of `column`'s real values (SQL), keeping
        persistent indexes (the selection) on their cases."""
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        if not self._loaded:
            return  # the first reload sorts
        rows = self._list()
        if set(rows.ids) != set(self._rows.ids):
            # The store changed since the last reload: the rows differ, not just their order.
            self.beginResetModel()
            self._set_rows(rows)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._rows.ids
        self._set_rows(rows, keep_clock=True)
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = rows.index_of(old_ids[index.row()])
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def summary(self, row: int) -> ListedCase:
        """The summary shown in `row` (raises `CaseGone` if the case was deleted since the
        last reload)."""
        return self._rows[row]

    def row_of(self, case_id: int) -> int | None:
        """The row showing `case_id`, if listed."""
        return self._rows.index_of(case_id)

    def _list(self) -> CaseRows:
        column, order = self._sort
        return self._workspace.case_rows(
            self.query.strip(),
            self.status,
            sort=_SORT_KEYS[Column(column)],
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def _set_rows(self, rows: CaseRows, keep_clock: bool = False) -> None:
        self._rows = rows
        self._states = {}
        if not keep_clock:
            # The calendar is read again too: its overrides may have changed in the settings.
            self._now, self._calendar = self._clock(), None

    def _state(self, row: int, summary: ListedCase) -> DeadlineStatus | None:
        """The deadline state of `row`, judged on first use and kept until the next reload."""
        if row not in self._states:
            due = summary.next_due_at
            if due is not None and self._calendar is None:
                # The calendar loads the holidays: only when a listed deadline needs it.
                self._calendar = self._workspace.calendar()
            self._states[row] = (
                deadline_state(due, self._now, self._calendar, summary.next_due_kind)
                if self._calendar
                else None
            )
        return self._states[row]

    def retranslate(self) -> None:
        """Headers and status labels follow the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if len(self._rows):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def row_count(self) -> int:
        return len(self._rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Platform"),
            self.tr("Order no."),
            self.tr("Product"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Next deadline"),
            self.tr("Updated"),
            self.tr("Buyer"),
            self.tr("Buyer phone"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == CASE_ID_ROLE:
            return self._rows.ids[index.row()]
        row, col = self._rows.get(index.row()), Column(index.column())
        if row is None:
            return None  # deleted since the last reload, which is coming
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == STATUS_ROLE:
            return row.status.value
        if role == DEADLINE_STATE_ROLE:
            state = self._state(index.row(), row)
            return state.value if state is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.DEADLINE:
            # Only what needs attention is coloured: a list of green dates would hide it. The
            # cached next deadline is the earliest still calling for attention: a platform
            # period the user dismissed (不再提醒) gives way to the one behind it.
            state = self._state(index.row(), row)
            if state in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON):
                return QBrush(status_colour(state))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.AMOUNT:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.DEADLINE and row.next_due_kind:
            state = self._state(index.row(), row)
            notes = {
                DeadlineStatus.OVERDUE: self.tr("Overdue"),
                DeadlineStatus.DUE_SOON: self.tr("Due soon"),
            }
            note = notes.get(state) if state is not None else None
            kind = deadline_kind_label(row.next_due_kind)
            return kind + (f" ({note})" if note else "")
        return None

    def _display(self, row: ListedCase, col: Column) -> str:
        if col == Column.PLATFORM:
            if not row.platform.strip() and not row.order_no.strip():
                return self.tr("(new case, draft)")  # dropped again if left empty
            return row.platform + (f" · {row.shop}" if row.shop else "")
        if col == Column.ORDER_NO:
            return row.order_no
        if col == Column.PRODUCT:
            return row.product
        if col == Column.PHONE:
            return row.complainant_phone  # empty without one: nothing to call
        if row.damaged:  # only the text columns could be read back
            return self.tr("Damaged data") if col == Column.STATUS else "—"
        if col == Column.AMOUNT:
            return format_yuan(row.amount_paid)
        if col == Column.STATUS:
            return row.status.label(vocab_lang())
        if col == Column.DEADLINE:
            if row.next_due_at is None:
                return "—"
            # The deadline by name first: a time alone says nothing about what is due.
            name = deadline_kind_label(row.next_due_kind) if row.next_due_kind else ""
            return f"{name} {short_datetime(row.next_due_at)}".strip()
        if col == Column.BUYER:
            return row.complainant_name or "—"
        return short_datetime(row.updated_at)


class CaseFilterProxy(QSortFilterProxyModel):
    """The view's model: sorting and the status filter are handed to the source model, which
    does both in SQL (filtering row by row here would read every case's row)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_status(self, status: OrderStatus | None) -> None:
        """Show only cases in `status` (None: all)."""
        source = self.sourceModel()
        if isinstance(source, CaseListModel):
            source.set_status(status)
