"""The case list's columns: shown in `SHOWN_ORDER` (buyer, amount, next deadline first), and
chosen by the user from the header's context menu; the choice is kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu

from disputekit.ui.cases.case_list_model import SHOWN_ORDER, Column

HIDDEN_KEY = "case_list/hidden_columns"


def in_shown_order(header: QHeaderView) -> None:
    """Put a case table's sections in `SHOWN_ORDER`: who, how much, what is due first."""
    for visual, column in enumerate(SHOWN_ORDER):
        header.moveSection(header.visualIndex(column), visual)


class ColumnChooser:
    """Puts the header's sections in `SHOWN_ORDER`, hides those the user turned off, and
    offers every column, ticked when shown, on a right click on the header."""

    def __init__(self, header: QHeaderView, settings: QSettings) -> None:
        self.header, self._settings = header, settings
        in_shown_order(header)
        for column in self.hidden():
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)

    def hidden(self) -> set[Column]:
        """The columns the user turned off (as stored)."""
        raw = self._settings.value(HIDDEN_KEY, "")
        # As written here: one string "A,B"; edited by hand without quotes Qt reads a list.
        names = raw if isinstance(raw, list) else str(raw).split(",") if raw else []
        return {Column[n] for n in (str(n).strip() for n in names) if n in Column.__members__}

    def set_shown(self, column: Column, shown: bool) -> None:
        """Show or hide `column` and keep the choice; the last shown column stays."""
        visible = [c for c in Column if not self.header.isSectionHidden(c)]
        if not shown and visible == [column]:
            return
        self.header.setSectionHidden(column, not shown)
        off = [c.name for c in Column if self.header.isSectionHidden(c)]
        self._settings.setValue(HIDDEN_KEY, ",".join(off))

    def menu(self) -> QMenu:
        """The menu of every column, in the order shown, ticked when shown."""
        menu = QMenu(self.header)
        menu.setTitle(QCoreApplication.translate("CaseListPanel", "Columns"))
        model = self.header.model()
        for visual in range(self.header.count()):
            column = Column(self.header.logicalIndex(visual))
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else column.name
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
        return menu

    def _menu_at(self, pos: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(pos))
