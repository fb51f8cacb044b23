"""The 按商家 table: one row per seller group (count, total claimed, channels reached,
next deadline)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from disputekit.app.groups.seller_groups import GroupSummary
from disputekit.domain.case.values.money import format_yuan
from disputekit.ui.shared.language.i18n import QT_TRANSLATE_NOOP
from disputekit.ui.shared.language.vocab_text import deadline_kind_label, fmt_dt, label
from disputekit.ui.shared.table_model import RIGHT_ALIGNED, Index, TitledTable

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    SELLER = 0
    COUNT = 1
    TOTAL = 2
    CHANNELS = 3
    NEXT_DUE = 4


HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SellerGroupsModel", "Seller"),
    QT_TRANSLATE_NOOP("SellerGroupsModel", "Cases"),
    QT_TRANSLATE_NOOP("SellerGroupsModel", "Total claimed"),
    QT_TRANSLATE_NOOP("SellerGroupsModel", "Channels reached"),
    QT_TRANSLATE_NOOP("SellerGroupsModel", "Next deadline"),
)


class SellerGroupsModel(TitledTable):
    """The groups `app.seller_groups.list_groups` returns, largest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[GroupSummary] = []

    def set_groups(self, groups: list[GroupSummary]) -> None:
        """Show `groups`."""
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.groups)

    def titles(self) -> list[str]:
        return [QCoreApplication.translate("SellerGroupsModel", title) for title in HEADERS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        group = self.groups[index.row()]
        col = Column(index.column())
        if role == KEY_ROLE:
            return group.key
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.COUNT, Column.TOTAL):
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.SELLER:
            return group.key
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == Column.SELLER:
            return group.seller
        if col == Column.COUNT:
            return str(len(group.case_ids))
        if col == Column.TOTAL:
            return format_yuan(group.total)
        if col == Column.CHANNELS:
            return "、".join(label(c) for c in group.channels) or "—"
        if group.next_due_at is None:
            return "—"
        due = fmt_dt(datetime.fromisoformat(group.next_due_at))
        kind = deadline_kind_label(group.next_due_kind) if group.next_due_kind else ""
        return f"{due} {kind}".strip()
