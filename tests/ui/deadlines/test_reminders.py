"""到期提醒 in the GUI: rows titled for the window, a banner at start-up and hourly where there
is no system tray; the overview opens a case on its deadlines tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from disputekit.app.workspace import Workspace
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.ui.deadlines.reminders import ReminderService, RemindersWindow, due_rows
from disputekit.ui.shell.tool_windows import ToolWindows
from tests.app.due_cases import due_case, store_due_cases

# Which deadlines are due, in which order and when is pinned in
# tests/app/test_reminders_and_dashboard.py; these tests check what the window, the banner and
# the hourly timer make of it. The clock fixture stands at the same Wednesday 10:00.


@pytest.fixture
def cases(store):
    """Three cases: due soon, overdue, nothing due."""
    return store_due_cases(store)


def test_due_rows_are_titled_by_buyer_platform_and_order_number(services, store, clock, cases):
    _soon, overdue, _quiet = cases
    rows = due_rows(Workspace(store), clock())
    # No name given: the buyer is named by the case's number.
    assert (rows[0].case_id, rows[0].case_title) == (overdue, f"买家 #{overdue} · 某某卡盟 KM-LATE")


def test_service_falls_back_to_the_banner_and_checks_again_hourly(store, clock, cases, qapp):
    shown: list[tuple[str, str]] = []
    service = ReminderService(
        Workspace(store), clock, lambda text, level: shown.append((text(), level))
    )
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("a system tray exists here: the tray path is taken instead")
    assert service.timer.interval() == 60 * 60 * 1000
    found: list[list] = []
    service.checked.connect(found.append)
    assert len(service.check()) == 2
    # Only platform periods are past (a refund's arrival): a warning; red is for a legal one.
    assert shown[-1][1] == "warning"
    clock.advance(days=1)
    service.timer.timeout.emit()  # the hourly tick checks and tells again
    assert (len(shown), len(found)) == (2, 2)


def test_nothing_due_shows_nothing(store, clock, qapp):
    store.cases.create(due_case("KM-QUIET"))
    shown: list[tuple[str, str]] = []
    service = ReminderService(
        Workspace(store), clock, lambda text, level: shown.append((text(), level))
    )
    service.check()
    assert shown == []


# The offscreen platform cannot raise windows; raising is what a user wants on a real desktop.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_overview_window_colours_and_opens_the_case(cases, main_window, qtbot):
    _soon, overdue, _quiet = cases
    parts = main_window.findChild(ToolWindows)
    assert parts is not None
    # The cases existed before the window: its start-up check, run once the event loop
    # turned, put the banner up.
    qtbot.waitUntil(lambda: main_window.banner.isVisible())
    assert main_window.banner.level == "warning"  # platform periods only
    window = parts.show_reminders()
    qtbot.addWidget(window)
    assert isinstance(window, RemindersWindow)
    assert [window.model.severity(r) for r in range(window.model.rowCount())] == [
        DeadlineStatus.OVERDUE,
        DeadlineStatus.DUE_SOON,
    ]
    with qtbot.waitSignal(main_window.session.current_changed):
        window.open_case.emit(overdue)
    assert main_window.session.case_id == overdue
    assert main_window.tab_keys[main_window.tabs.currentIndex()] == "deadlines"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_window_reads_due_cases_off_the_gui_thread(
    cases, services, dialogs, qtbot, monkeypatch
):
    """With thousands of cases due, decoding them on the GUI thread froze the window for
    seconds after it was shown: the check reads them in the task runner instead."""
    import threading

    from disputekit.store.cases.case_repository import CaseRepository
    from disputekit.ui.shared.tasks import TaskRunner
    from disputekit.ui.shell.main_window import MainWindow

    decoded_on: list[bool] = []
    real_get = CaseRepository.get

    def counting_get(self, case_id):
        decoded_on.append(threading.current_thread() is threading.main_thread())
        return real_get(self, case_id)

    monkeypatch.setattr(CaseRepository, "get", counting_get)
    services.tasks = TaskRunner()  # a real worker thread, as in the app
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.add_late_parts()
    parts = window.findChild(ToolWindows)
    assert parts is not None
    decoded_on.clear()  # what the case list and the first tab read is not the check's
    with qtbot.waitSignal(parts.reminder.checked) as found:
        parts.reminder.timer.timeout.emit()  # the hourly tick
        # The GUI thread returns at once: nothing was decoded on it.
        assert decoded_on.count(True) == 0
    assert len(found.args[0]) == 2
    assert decoded_on and not any(decoded_on)  # the due cases were read, in the worker
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert window.banner.level == "warning"
    # The overview window, opened from the menu, fills in the same way.
    decoded_on.clear()
    overview = parts.show_reminders()
    qtbot.addWidget(overview)
    assert decoded_on.count(True) == 0
    qtbot.waitUntil(lambda: overview.model.rowCount() == 2)
    assert decoded_on and not any(decoded_on)
    services.tasks.wait_all()


def test_each_due_row_names_the_buyer(store, clock, cases):
    _soon, overdue, _quiet = cases
    case = store.cases.get(overdue)
    case.complainant.name = "李小梅"
    store.cases.save(overdue, case)
    rows = {r.case_id: r.case_title for r in due_rows(Workspace(store), clock())}
    assert rows[overdue] == "李小梅 · 某某卡盟 KM-LATE"


def test_the_banner_follows_a_language_switch(store, clock, cases, main_window, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    service = ReminderService(Workspace(store), clock, main_window.show_banner)
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("a system tray exists here: the tray path is taken instead")
    service.check()
    assert "平台自定期限" in main_window.banner.label.text()
    install_language(qapp, ENGLISH)
    try:
        assert main_window.banner.label.text() == (
            "1 platform period(s) past (not legal deadlines); 1 platform period(s) due within a "
            "working day. See View → Deadline reminders."
        )
    finally:
        install_language(qapp, CHINESE)
    assert main_window.banner.label.text() == (
        "1 个平台自定期限已过（非法定期限）；1 个平台自定期限将在一个工作日内到期。"
        "见 查看 → 到期提醒。"
    )
