"""The dashboard and the banner count deadlines one way: legal deadlines and the platform's
own periods apart, a platform period dismissed (不再提醒) from the dashboard's 平台自定期限 list
and undone from 已不再提醒, the dismissal kept in the store. Friday 2026-11-27 10:00."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QSystemTrayIcon

from disputekit.app.deadlines.deadline_dismissals import dismissed_deadlines
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.domain.deadlines.deadline_types import DeadlineStatus
from disputekit.ui.deadlines.dashboard import Dashboard
from disputekit.ui.deadlines.deadlines_model import COL_CASE, COL_COUNTDOWN
from disputekit.ui.deadlines.due_panel import DISMISSED, LEGAL, PLATFORM
from disputekit.ui.deadlines.reminders import ReminderService
from tests.app.due_cases import due_case
from tests.domain.factories import at


@pytest.fixture
def ids(store, clock):
    clock.now = at(2026, 11, 27, 10, 0)
    review = due_case("KM-CS", Event("ev1", at(2026, 10, 23, 9, 0), EventKind.CS_CONTACTED))
    review.complainant.name = "李小梅"
    barred = due_case("KM-BAR")
    barred.problem_known_at = at(2023, 11, 29, 9, 0)
    return store.cases.create(review), store.cases.create(barred)


def _texts(panel, column):
    model = panel.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _select_all(panel):
    table = panel.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in range(panel.model.rowCount()):
        table.selectionModel().select(panel.model.index(r, 0), flags)


def test_dashboard_and_banner_count_alike_and_a_platform_period_is_dismissed(
    services, store, ids, qtbot
):
    review, barred = ids
    window = Dashboard(services)
    qtbot.addWidget(window)
    # The bar (Sunday 11-29) and the limitation period are legal and due soon; the review
    # asked on 10-23 is a platform period, long past.
    assert window.overdue_label.text() == "法定期限已逾期：0"
    assert window.due_soon_label.text() == "法定期限即将到期：2"
    assert window.platform_label.text() == "平台自定期限：1"
    panel = window.due_panel
    assert _texts(panel, COL_CASE) == [f"买家 #{barred} · 某某卡盟 KM-BAR"] * 2
    assert not panel.dismiss_button.isEnabled()  # a legal deadline is not dismissable
    _select_all(panel)
    assert not panel.dismiss_button.isEnabled()

    # The banner counts the same deadlines, in the same words.
    shown: list[tuple[str, str]] = []
    service = ReminderService(
        services.workspace, services.clock, lambda t, level: shown.append((t(), level))
    )
    if not QSystemTrayIcon.isSystemTrayAvailable():
        service.check()
        assert shown[-1] == (
            "2 个法定期限将在一个工作日内到期；1 个平台自定期限已过（非法定期限）。"
            "见 查看 → 到期提醒。",
            "warning",
        )

    panel.select_view(PLATFORM)
    assert _texts(panel, COL_CASE) == ["李小梅 · 某某卡盟 KM-CS"]
    # Due 10-24 09:00: 34 days and an hour ago, in days.
    assert _texts(panel, COL_COUNTDOWN) == ["已逾期 34 天"]
    _select_all(panel)
    assert panel.dismiss_button.isEnabled()
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: window.platform_label.text() == "平台自定期限：0")
    assert {case_id for case_id, _key in dismissed_deadlines(store)} == {review}
    assert panel.model.rowCount() == 0
    assert window.due_soon_label.text() == "法定期限即将到期：2"  # legal ones unchanged

    panel.select_view(DISMISSED)
    assert _texts(panel, COL_CASE) == ["李小梅 · 某某卡盟 KM-CS"]
    assert not panel.restore_button.isHidden() and panel.dismiss_button.isHidden()
    _select_all(panel)
    panel.restore_button.click()
    qtbot.waitUntil(lambda: window.platform_label.text() == "平台自定期限：1")
    assert dismissed_deadlines(store) == set()
    panel.select_view(LEGAL)
    assert panel.model.rowCount() == 2


def test_the_case_list_stops_colouring_a_dismissed_platform_period(services, store, ids, qtbot):
    from disputekit.app.deadlines.deadline_dismissals import dismiss_deadline, restore_deadline
    from disputekit.app.deadlines.reminders import due_deadlines
    from disputekit.ui.cases.case_list_model import CaseListModel, Column
    from disputekit.ui.shared.palette import status_colour

    review, _barred = ids

    def colour():
        model = CaseListModel(services.workspace, services.clock)
        model.reload()
        brush = model.index(model.row_of(review), Column.DEADLINE).data(
            Qt.ItemDataRole.ForegroundRole
        )
        return brush.color().name() if brush is not None else None

    overdue = status_colour(DeadlineStatus.OVERDUE).name()
    assert colour() == overdue
    period = next(d for d in due_deadlines(store, services.clock()) if d.case_id == review)
    dismiss_deadline(store, review, period.deadline)
    assert colour() is None
    restore_deadline(store, review, period.deadline)
    assert colour() == overdue


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_dismissing_from_the_dashboard_recounts_the_banner(ids, main_window, qtbot):
    from disputekit.ui.shell.tool_windows import ToolWindows

    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("a system tray exists here: the tray path is taken instead")
    parts = main_window.findChild(ToolWindows)
    qtbot.waitUntil(lambda: main_window.banner.isVisible())
    assert main_window.banner.label.text() == (
        "2 个法定期限将在一个工作日内到期；1 个平台自定期限已过（非法定期限）。见 查看 → 到期提醒。"
    )
    dashboard = parts.show_dashboard()
    qtbot.addWidget(dashboard)
    panel = dashboard.due_panel
    panel.select_view(PLATFORM)
    _select_all(panel)
    panel.dismiss_button.click()
    qtbot.waitUntil(
        lambda: (
            main_window.banner.label.text()
            == "2 个法定期限将在一个工作日内到期。见 查看 → 到期提醒。"
        )
    )
    panel.select_view(DISMISSED)
    _select_all(panel)
    panel.restore_button.click()
    qtbot.waitUntil(lambda: "1 个平台自定期限已过" in main_window.banner.label.text())
