"""到期提醒: across all cases, overdue first then due soon; a banner at start-up and hourly
where there is no system tray; the overview opens a case on its deadlines tab."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from disputekit.domain.deadline_judge import judge
from disputekit.domain.deadlines import DeadlineStatus
from disputekit.domain.model import Case, Event, Order, Respondent
from disputekit.domain.timeutil import SHANGHAI
from disputekit.domain.vocabulary import EventKind, OrderStatus, PaymentMethod
from disputekit.ui.deadlines.reminders import ReminderService, RemindersWindow, due_rows
from disputekit.ui.shell.tool_windows import ToolWindows


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


def _case(order_no: str, *events: Event, status=OrderStatus.DELIVERED_NOT_CREDITED) -> Case:
    return Case(
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no=order_no,
            ordered_at=at(2026, 11, 1, 9, 0),
            payment_method=PaymentMethod.ALIPAY,
            status=status,
        ),
        events=list(events),
    )


@pytest.fixture
def cases(store):
    """Clock: Wednesday 2026-11-25 10:00. Three cases: due soon, overdue, nothing due."""
    soon = store.cases.create(
        _case("KM-SOON", Event("ev1", at(2026, 11, 25, 9, 0), EventKind.CS_CONTACTED))
    )
    overdue = store.cases.create(
        _case(
            "KM-LATE",
            Event("ev1", at(2026, 11, 10, 9, 0), EventKind.CANCELLED),
            status=OrderStatus.CANCELLED,
        )
    )
    quiet = store.cases.create(_case("KM-QUIET"))
    return soon, overdue, quiet


def test_due_rows_overdue_first_then_due_soon(store, clock, cases):
    soon, overdue, _quiet = cases
    rows = due_rows(store, clock())
    assert [(r.case_id, r.deadline.kind) for r in rows] == [
        (overdue, "refund_due"),  # 3 working days after 11-10: end of 11-13
        (soon, "cs_review_due"),  # 24 h after 11-25 09:00
    ]
    assert rows[0].case_title == "某某卡盟 KM-LATE"


def test_service_falls_back_to_the_banner_and_checks_again_hourly(store, clock, cases, qapp):
    shown: list[tuple[str, str]] = []
    service = ReminderService(store, clock, lambda text, level: shown.append((text, level)))
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("a system tray exists here: the tray path is taken instead")
    assert service.timer.interval() == 60 * 60 * 1000
    found: list[list] = []
    service.checked.connect(found.append)
    assert len(service.check()) == 2
    assert shown[-1][1] == "error"  # something is overdue
    # A day later the hourly tick finds the 24-hour review overdue as well.
    clock.advance(days=1)
    service.timer.timeout.emit()
    assert len(shown) == 2
    calendar = store.calendar()
    assert [judge(r.deadline, clock(), calendar) for r in found[-1]] == [
        DeadlineStatus.OVERDUE,
        DeadlineStatus.OVERDUE,
    ]


def test_nothing_due_shows_nothing(store, clock, qapp):
    store.cases.create(_case("KM-QUIET"))
    shown: list[tuple[str, str]] = []
    service = ReminderService(store, clock, lambda text, level: shown.append((text, level)))
    assert service.check() == []
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
    assert main_window.banner.level == "error"
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
