"""The case list names, colours and sorts by the earliest deadline that still calls for
attention: a platform period dismissed (不再提醒) gives way to the legal deadline behind it.
Friday 2026-11-27 10:00 in Shanghai."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind, OrderStatus
from disputekit.domain.deadlines.deadline_types import DeadlineStatus
from disputekit.ui.cases.case_list_model import CASE_ID_ROLE, Column
from disputekit.ui.deadlines.due_panel import DISMISSED, PLATFORM
from disputekit.ui.shared.palette import status_colour
from tests.app.due_cases import due_case
from tests.domain.factories import at


@pytest.fixture
def ids(store, clock):
    clock.now = at(2026, 11, 27, 10, 0)
    # A customer-service review asked 10-23 (a platform period, due 10-24 09:00, past) in
    # front of a 12315 bar due Sunday 11-29 (legal, due soon).
    barred = due_case("KM-BAR", Event("ev1", at(2026, 10, 23, 9, 0), EventKind.CS_CONTACTED))
    barred.problem_known_at = at(2023, 11, 29, 9, 0)
    barred.complainant.name = "王芳"
    # A refund due 11-13 (a platform period, past, not dismissed).
    late = due_case(
        "KM-LATE",
        Event("ev1", at(2026, 11, 10, 9, 0), EventKind.CANCELLED),
        status=OrderStatus.CANCELLED,
    )
    return store.cases.create(barred), store.cases.create(late)


def _cell(window, case_id, role=Qt.ItemDataRole.DisplayRole):
    model = window.case_list.model
    return model.index(model.row_of(case_id), Column.DEADLINE).data(role)


def _colour(window, case_id):
    brush = _cell(window, case_id, Qt.ItemDataRole.ForegroundRole)
    return brush.color().name() if brush is not None else None


def _listed_ids(window):
    proxy = window.case_list.proxy
    return [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_dismissed_period_gives_way_to_the_legal_deadline_behind_it(ids, main_window, qtbot):
    from disputekit.ui.shell.tool_windows import ToolWindows

    barred, late = ids
    view = main_window.case_list.view
    view.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    assert _cell(main_window, barred) == "客服审核答复期限 2026-10-24 09:00"
    assert _colour(main_window, barred) == status_colour(DeadlineStatus.OVERDUE).name()
    assert _listed_ids(main_window) == [barred, late]

    # 不再提醒 on the review, from the dashboard's 平台自定期限 list.
    dashboard = main_window.findChild(ToolWindows).show_dashboard()
    qtbot.addWidget(dashboard)
    panel = dashboard.due_panel
    panel.select_view(PLATFORM)
    row = next(r for r, due in enumerate(panel.shown()) if due.case_id == barred)
    select = QItemSelectionModel.SelectionFlag
    flags = select.ClearAndSelect | select.Rows
    panel.table.selectionModel().select(panel.model.index(row, 0), flags)
    panel.dismiss_button.click()

    # The list now names the bar, coloured as due soon, and sorts by it (after 11-13).
    qtbot.waitUntil(lambda: _cell(main_window, barred) == "12315投诉时限（3年） 2026-11-29 23:59")
    assert _colour(main_window, barred) == status_colour(DeadlineStatus.DUE_SOON).name()
    assert _cell(main_window, barred, Qt.ItemDataRole.ToolTipRole) == (
        "12315投诉时限（3年） (即将到期)"
    )
    assert _listed_ids(main_window) == [late, barred]
    assert _cell(main_window, late) == "退款到账期限 2026-11-13 23:59"  # not dismissed: kept

    # 恢复提醒: the review is the next deadline again.
    panel.select_view(DISMISSED)
    panel.table.selectionModel().select(panel.model.index(0, 0), flags)
    panel.restore_button.click()
    qtbot.waitUntil(lambda: _cell(main_window, barred) == "客服审核答复期限 2026-10-24 09:00")
    assert _listed_ids(main_window) == [barred, late]


def test_the_store_caches_the_deadline_that_calls_for_attention(store, ids):
    from disputekit.app.deadlines.deadline_dismissals import dismiss_deadline, restore_deadline
    from disputekit.app.deadlines.reminders import due_deadlines

    barred, _late = ids
    review = next(
        d.deadline
        for d in due_deadlines(store, at(2026, 11, 27, 10, 0))
        if d.case_id == barred and d.deadline.kind == "cs_review_due"
    )

    def cached():
        summary = next(s for s in store.cases.list() if s.id == barred)
        return summary.next_due_kind, summary.next_due_at

    assert cached() == ("cs_review_due", at(2026, 10, 24, 9, 0))
    dismiss_deadline(store, barred, review)
    assert cached() == ("complaint_bar_due", at(2026, 11, 29, 23, 59, 59))
    # Saved again (an edit elsewhere), the dismissal still holds.
    store.cases.save(barred, store.cases.get(barred))
    assert cached() == ("complaint_bar_due", at(2026, 11, 29, 23, 59, 59))
    # Recomputed for a calendar change, too.
    store.cases.refresh_digests()
    assert cached() == ("complaint_bar_due", at(2026, 11, 29, 23, 59, 59))
    restore_deadline(store, barred, review)
    assert cached() == ("cs_review_due", at(2026, 10, 24, 9, 0))
