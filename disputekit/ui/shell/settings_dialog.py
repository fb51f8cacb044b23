"""设置: calendar overrides (an extra day off or workday), the volunteer's own details (the
default complainant) and packet defaults; all kept in the data folder (`Workspace`)."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.workspace import PacketDefaults, Workspace
from disputekit.ui.packet.packet_options import BudgetBox

Index = QModelIndex | QPersistentModelIndex
_WEEKDAYS = "一二三四五六日"


class OverridesModel(QAbstractListModel):
    """Calendar overrides, by date: True = extra workday, False = extra day off."""

    def __init__(self, overrides: dict[date, bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.overrides = dict(sorted(overrides.items()))

    def put(self, day: date, working: bool) -> None:
        """Add or replace the override for `day`."""
        self.beginResetModel()
        self.overrides[day] = working
        self.overrides = dict(sorted(self.overrides.items()))
        self.endResetModel()

    def remove(self, row: int) -> None:
        """Drop the override shown in `row`."""
        day = list(self.overrides)[row]
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.overrides[day]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.overrides)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        day, working = list(self.overrides.items())[index.row()]
        kind = self.tr("extra workday") if working else self.tr("extra day off")
        return f"{day.isoformat()}（周{_WEEKDAYS[day.weekday()]}）  {kind}"


class SettingsDialog(QDialog):
    """Edits the settings; `accept()` writes them and refreshes the cached next deadlines."""

    def __init__(self, workspace: Workspace, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        calendar_box = QGroupBox(self.tr("Working-day calendar overrides"))
        cal_layout = QVBoxLayout(calendar_box)
        self.overrides = OverridesModel(workspace.calendar_overrides(), self)
        self.overrides_view = QListView()
        self.overrides_view.setModel(self.overrides)
        self.overrides_view.setMinimumHeight(110)
        cal_layout.addWidget(self.overrides_view)
        row = QHBoxLayout()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("extra day off"), False)
        self.kind_combo.addItem(self.tr("extra workday"), True)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for widget in (self.date_edit, self.kind_combo, self.add_button, self.remove_button):
            row.addWidget(widget)
        cal_layout.addLayout(row)
        layout.addWidget(calendar_box)
        self.add_button.clicked.connect(self._add_override)
        self.remove_button.clicked.connect(self._remove_override)

        own = workspace.default_complainant()
        own_box = QGroupBox(self.tr("My details (default complainant / agent)"))
        form = QFormLayout(own_box)
        self.own_edits: dict[str, QLineEdit] = {}
        for key, text in (
            ("name", self.tr("Name")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Postal address")),
            ("email", self.tr("Email")),
        ):
            edit = QLineEdit(str(own.get(key) or ""))
            self.own_edits[key] = edit
            form.addRow(text, edit)
        layout.addWidget(own_box)

        self.packet_box = BudgetBox(workspace.packet_defaults())
        self.packet_box.setTitle(self.tr("Packet defaults"))
        self.packet_box.draft_check.hide()
        layout.addWidget(self.packet_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_override(self) -> None:
        day = cast(date, self.date_edit.date().toPython())
        self.overrides.put(day, bool(self.kind_combo.currentData()))

    def _remove_override(self) -> None:
        index = self.overrides_view.currentIndex()
        if index.isValid():
            self.overrides.remove(index.row())

    def save(self) -> None:
        """Write every setting; cached next deadlines are recomputed with the new calendar."""
        options = self.packet_box.options()
        self._workspace.save_settings(
            self.overrides.overrides,
            {k: e.text().strip() for k, e in self.own_edits.items()},
            PacketDefaults(options.max_mb, options.max_pages, options.dpi),
        )

    def accept(self) -> None:
        self.save()
        super().accept()
