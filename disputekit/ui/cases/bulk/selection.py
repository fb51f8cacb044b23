"""The cases selected in the case list (Ctrl/Shift-click, Ctrl+A), in the order shown, and
selecting them again after the list was read anew."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from disputekit.ui.cases.case_list_model import CASE_ID_ROLE
from disputekit.ui.cases.case_list_panel import CaseListPanel


def selected_case_ids(panel: CaseListPanel) -> list[int]:
    """The ids of the selected rows, top to bottom."""
    rows = sorted(panel.view.selectionModel().selectedRows(), key=lambda i: i.row())
    ids = [panel.proxy.data(index, CASE_ID_ROLE) for index in rows]
    return [int(i) for i in ids if i is not None]


def reselect(panel: CaseListPanel, case_ids: list[int]) -> None:
    """Select the rows of `case_ids` again (those still listed), keeping the current row."""
    selection = panel.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for case_id in case_ids:
        row = panel.model.row_of(case_id)
        if row is None:
            continue
        index = panel.proxy.mapFromSource(panel.model.index(row, 0))
        if index.isValid():
            selection.select(index, flags)


def case_names(panel: CaseListPanel, case_ids: list[int]) -> dict[int, str]:
    """How the list names each case (the buyer, the platform and order number), for the
    summary's rows of cases a cancel left untouched."""
    names: dict[int, str] = {}
    for case_id in case_ids:
        row = panel.model.row_of(case_id)
        if row is None:
            continue
        summary = panel.model.summary(row)
        title = " ".join(p for p in (summary.platform, summary.order_no) if p.strip())
        name = summary.complainant_name.strip()
        text = f"{name} · {title}" if name and title else name or title
        if text:
            names[case_id] = text
    return names
