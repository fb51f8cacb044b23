"""期限 tab: a platform period is dismissed (不再提醒) and reminded of again (恢复提醒) from the
case's own deadlines, as from the dashboard; a legal deadline offers neither. The banner, the
dashboard and the case list count anew. Friday 2026-11-27 10:00 in Shanghai."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from disputekit.app.deadlines.deadline_dismissals import dismissed_deadlines
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.domain.deadlines.deadline_types import DeadlineStatus
from disputekit.ui.cases.case_list_model import Column
from disputekit.ui.deadlines.deadlines_model import COL_COUNTDOWN, COL_DUE, COL_LABEL
from disputekit.ui.deadlines.due_panel import DISMISSED, PLATFORM
from disputekit.ui.shared.palette import dismissed_colour, status_colour
from tests.app.due_cases import due_case
from tests.domain.factories import at

PLATFORM_PAST = "1 个平台自定期限已过（非法定期限）"


@pytest.fixture
def case_id(store, clock):
    clock.now = at(2026, 11, 27, 10, 0)
    # A customer-service review asked 10-23 (a platform period, due 10-24 09:00, past) and a
    # 12315 bar due Sunday 11-29 (legal, due soon).
    case = due_case("KM-BAR", Event("ev1", at(2026, 10, 23, 9, 0), EventKind.CS_CONTACTED))
    case.problem_known_at = at(2023, 11, 29, 9, 0)
    return store.cases.create(case)


@pytest.fixture
def window(case_id, main_window, qtbot):
    main_window.case_list.reload()
    assert main_window.request_case(case_id)
    main_window.show_tab("deadlines")
    return main_window


def _row(tab, kind):
    return next(r for r in range(tab.model.rowCount()) if tab.model.row(r).deadline.kind == kind)


def _cell(tab, row, col, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(row, col).data(role)


def _colour(tab, row, col):
    return _cell(tab, row, col, Qt.ItemDataRole.ForegroundRole).color().name()


def _click(qtbot, tab, row):
    table = tab.table
    rect = table.visualRect(tab.model.index(row, COL_LABEL))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _banner(window):
    return window.banner.label.text() if window.banner.isVisible() else ""


def _list_cell(window, case_id):
    model = window.case_list.model
    return model.index(model.row_of(case_id), Column.DEADLINE).data()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_platform_period_is_dismissed_and_reminded_again_from_the_deadlines_tab(
    window, case_id, store, qtbot
):
    from disputekit.ui.shell.tool_windows import ToolWindows

    tray = QSystemTrayIcon.isSystemTrayAvailable()
    tab = window.tab("deadlines")
    parts = window.findChild(ToolWindows)
    dashboard = parts.show_dashboard()
    qtbot.addWidget(dashboard)
    reminders = parts.show_reminders()
    qtbot.addWidget(reminders)
    qtbot.waitUntil(lambda: reminders.model.rowCount() == 2)  # the bar and the review
    assert dashboard.platform_label.text() == "平台自定期限：1"
    if not tray:
        qtbot.waitUntil(lambda: PLATFORM_PAST in _banner(window))
    assert not tab.dismiss_button.isEnabled() and not tab.restore_button.isEnabled()

    # A legal deadline offers neither.
    bar = _row(tab, "complaint_bar_due")
    _click(qtbot, tab, bar)
    assert tab.table.selectionModel().isRowSelected(bar)
    assert not tab.dismiss_button.isEnabled() and not tab.restore_button.isEnabled()

    # The review, a platform period: 不再提醒.
    review = _row(tab, "cs_review_due")
    assert _cell(tab, review, COL_COUNTDOWN) == "已逾期 34 天"
    assert _colour(tab, review, COL_COUNTDOWN) == status_colour(DeadlineStatus.OVERDUE).name()
    _click(qtbot, tab, review)
    assert tab.dismiss_button.isEnabled() and not tab.restore_button.isEnabled()
    tab.dismiss_button.click()

    review = _row(tab, "cs_review_due")
    assert _cell(tab, review, COL_COUNTDOWN) == "已不再提醒 · 已逾期 34 天"
    for col in (COL_LABEL, COL_DUE, COL_COUNTDOWN):
        assert _colour(tab, review, col) == dismissed_colour().name()
    assert "恢复提醒" in _cell(tab, review, COL_COUNTDOWN, Qt.ItemDataRole.ToolTipRole)
    # Still selected: it can be reminded of again at once.
    assert not tab.dismiss_button.isEnabled() and tab.restore_button.isEnabled()
    assert {key for _case, key in dismissed_deadlines(store)} == {
        "cs_review_due@2026-10-24T09:00:00+08:00"
    }
    # The dashboard, the banner and the case list count anew.
    qtbot.waitUntil(lambda: dashboard.platform_label.text() == "平台自定期限：0")
    qtbot.waitUntil(lambda: reminders.model.rowCount() == 1)
    assert reminders.model.row(0).deadline.kind == "complaint_bar_due"
    dashboard.due_panel.select_view(DISMISSED)
    assert [d.case_id for d in dashboard.due_panel.shown()] == [case_id]
    if not tray:
        qtbot.waitUntil(lambda: PLATFORM_PAST not in _banner(window))
        assert _banner(window) == "1 个法定期限将在一个工作日内到期。见 查看 → 到期提醒。"
    assert _list_cell(window, case_id) == "12315投诉时限（3年） 2026-11-29 23:59"

    # 恢复提醒: counted and coloured again, everywhere.
    tab.restore_button.click()
    review = _row(tab, "cs_review_due")
    assert _cell(tab, review, COL_COUNTDOWN) == "已逾期 34 天"
    assert _colour(tab, review, COL_COUNTDOWN) == status_colour(DeadlineStatus.OVERDUE).name()
    assert tab.dismiss_button.isEnabled() and not tab.restore_button.isEnabled()
    assert dismissed_deadlines(store) == set()
    qtbot.waitUntil(lambda: dashboard.platform_label.text() == "平台自定期限：1")
    qtbot.waitUntil(lambda: reminders.model.rowCount() == 2)
    if not tray:
        qtbot.waitUntil(lambda: PLATFORM_PAST in _banner(window))
    assert _list_cell(window, case_id) == "客服审核答复期限 2026-10-24 09:00"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_dismissal_on_the_dashboard_greys_the_open_case_deadline(window, case_id, qtbot, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language
    from disputekit.ui.shell.tool_windows import ToolWindows

    tab = window.tab("deadlines")
    dashboard = window.findChild(ToolWindows).show_dashboard()
    qtbot.addWidget(dashboard)
    panel = dashboard.due_panel
    panel.select_view(PLATFORM)
    _click(qtbot, panel, 0)
    assert panel.dismiss_button.isEnabled()  # a click on a cell picks the whole row
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: tab.model.row(_row(tab, "cs_review_due")).dismissed)
    review = _row(tab, "cs_review_due")
    assert _colour(tab, review, COL_LABEL) == dismissed_colour().name()
    install_language(qapp, ENGLISH)
    try:
        qtbot.waitUntil(lambda: tab.restore_button.text() == "Remind again")
        assert tab.dismiss_button.text() == "Don't remind again"
        assert _cell(tab, review, COL_COUNTDOWN) == "Dismissed · Overdue by 34 day(s)"
    finally:
        install_language(qapp, CHINESE)
