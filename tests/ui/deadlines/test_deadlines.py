"""期限 tab: countdowns, colours that follow the injected clock, and the .ics export."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from disputekit.domain.case.model import Case, Event, Order, Respondent
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PaymentMethod, Problem
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.ui.deadlines.deadlines_model import COL_COUNTDOWN, COL_LABEL, SEVERITY_ROLE
from disputekit.ui.deadlines.deadlines_tab import DeadlinesTab
from disputekit.ui.shared.palette import status_colour
from tests.domain.factories import at


@pytest.fixture
def setup(services, session, clock, qtbot):
    case = Case(
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no="KM9",
            payment_method=PaymentMethod.BANK_CARD,
            ordered_at=at(2026, 9, 28, 9, 0),
            status=OrderStatus.CANCELLED,
        ),
        problem=Problem.MISTAKEN_ORDER,
        events=[
            # Cancelled on 9-29: 7 working days for a bank card, across National Day 2026
            # (10-1..10-7 off, 10-10 a make-up workday): 9-30, 10-8, 10-9, 10-10, 10-12,
            # 10-13, 10-14 → end of 2026-10-14.
            Event("ev1", at(2026, 9, 29, 15, 0), EventKind.CANCELLED),
            Event("ev2", at(2026, 9, 30, 10, 40), EventKind.CS_CONTACTED),
        ],
    )
    clock.now = at(2026, 9, 30, 12, 0)
    session.select(services.store.cases.create(case))
    tab = DeadlinesTab(services, session)
    qtbot.addWidget(tab)
    return tab, clock


def _row(tab: DeadlinesTab, kind: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.row(r).deadline.kind == kind)


def _cell(tab: DeadlinesTab, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(row, col), role)


def test_hour_deadline_turns_red_when_the_clock_passes_it(setup):
    tab, clock = setup
    row = _row(tab, "cs_review_due")
    assert _cell(tab, row, COL_COUNTDOWN) == "剩余 22 小时"
    assert _cell(tab, row, 0, SEVERITY_ROLE) == DeadlineStatus.DUE_SOON
    clock.now = at(2026, 10, 1, 10, 41)  # one minute past 24 h after the contact
    tab.refresh()
    row = _row(tab, "cs_review_due")
    assert _cell(tab, row, 0, SEVERITY_ROLE) == DeadlineStatus.OVERDUE
    brush = _cell(tab, row, COL_LABEL, Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == status_colour(DeadlineStatus.OVERDUE)
    assert _cell(tab, row, COL_COUNTDOWN) == "已逾期 0 小时"


def test_working_day_countdown_skips_national_day(setup):
    tab, clock = setup
    row = _row(tab, "refund_due")
    assert tab.model.row(row).deadline.due == at(2026, 10, 14, 23, 59, 59)
    # From 9-30: 10-8, 10-9, 10-10 (make-up Saturday), 10-12, 10-13, 10-14.
    assert _cell(tab, row, COL_COUNTDOWN) == "剩余 6 个工作日"
    assert _cell(tab, row, 0, SEVERITY_ROLE) == DeadlineStatus.UPCOMING
    clock.now = at(2026, 10, 13, 9, 0)
    tab.refresh()
    row = _row(tab, "refund_due")
    assert _cell(tab, row, COL_COUNTDOWN) == "剩余 1 个工作日"
    assert _cell(tab, row, 0, SEVERITY_ROLE) == DeadlineStatus.DUE_SOON
    clock.now = at(2026, 10, 15, 0, 0)
    tab.refresh()
    row = _row(tab, "refund_due")
    assert _cell(tab, row, COL_COUNTDOWN) == "已逾期 1 个工作日"
    assert _cell(tab, row, 0, SEVERITY_ROLE) == DeadlineStatus.OVERDUE


def test_ics_export_parses_back_with_the_right_dates(setup, tmp_path):
    tab, _ = setup
    path = tab.export_ics(tmp_path / "d.ics")
    events = {str(e["uid"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    case_id = tab._session.case_id
    refund = events[f"case{case_id}-refund_due@disputekit"]
    assert refund.decoded("dtstart") == date(2026, 10, 14)
    review = events[f"case{case_id}-cs_review_due@disputekit"]
    assert review.decoded("dtend") == at(2026, 10, 1, 10, 40)
    assert "某某卡盟 KM9" in str(review["summary"])
    bar = events[f"case{case_id}-complaint_bar_due@disputekit"]
    # 3 years after 2026-09-28 is 2029-09-28, a Friday; 2029's schedule is not published.
    assert bar.decoded("dtstart") == date(2029, 9, 28)
    assert "（估算）" in str(bar["summary"])
    limitation = events[f"case{case_id}-limitation_due@disputekit"]
    # The limitation restarted with the contact of 2026-10-01 (民法典第一百九十五条): its
    # three years end in the (rule-based) 2029 National Day holiday, so on 10-04.
    assert limitation.decoded("dtstart") == date(2029, 10, 4)


def test_model_tester(setup, qtmodeltester):
    tab, _ = setup
    qtmodeltester.check(tab.model)


def test_ics_export_to_an_unwritable_place_says_so(setup, dialogs, tmp_path):
    tab, _ = setup
    dialogs.save_file = str(tmp_path / "no-such-folder" / "d.ics")
    tab.export_button.click()
    (warning,) = dialogs.messages("warning")
    assert "无法写入" in warning and "d.ics" in warning
    assert warning.endswith("：找不到该文件或文件夹")


def test_a_refused_export_says_why_in_the_ui_language(setup, dialogs, tmp_path, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    tab, _ = setup
    blocker = tmp_path / "file"
    blocker.write_text("")
    dialogs.save_file = str(blocker / "d.ics")
    install_language(qapp, ENGLISH)
    try:
        tab.export_button.click()
    finally:
        install_language(qapp, CHINESE)
    (warning,) = dialogs.messages("warning")
    assert warning == f"Could not write {blocker / 'd.ics'}: Not a directory"
    tab.export_button.click()
    chinese = dialogs.messages("warning")[1]
    assert chinese == f"无法写入 {blocker / 'd.ics'}：路径中有一部分不是文件夹"


def test_rules_and_labels_follow_the_ui_language(setup, qapp):
    from disputekit.ui.deadlines.deadlines_model import COL_BASIS, COL_RULE
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    tab, _ = setup
    row = _row(tab, "refund_due")
    assert _cell(tab, row, COL_LABEL) == "退款到账期限"
    assert (
        _cell(tab, row, COL_RULE) == "订单取消后7个工作日内退款到账（银行卡；指南所述3–7个工作日）"
    )
    install_language(qapp, ENGLISH)
    try:
        assert _cell(tab, row, COL_LABEL) == "Refund due"
        assert _cell(tab, row, COL_RULE) == (
            "After the order was cancelled, the refund arrives within 7 working days (Bank card; "
            "the guide says 3–7 working days)"
        )
        assert _cell(tab, row, COL_BASIS).endswith("platform practice, not a legal deadline")
    finally:
        install_language(qapp, CHINESE)
    assert _cell(tab, row, COL_BASIS) == "卡盟取消订单指南：平台惯例，非法定期限"


def test_an_hour_deadline_long_past_counts_in_days(setup):
    tab, clock = setup
    # The 24 h reply period ended 10-01 10:40. Under two days past it: in hours.
    clock.now = at(2026, 10, 3, 10, 39, 59)
    tab.refresh()
    assert _cell(tab, _row(tab, "cs_review_due"), COL_COUNTDOWN) == "已逾期 47 小时"
    clock.now = at(2026, 10, 3, 10, 40)  # exactly 48 h: two days, in days
    tab.refresh()
    assert _cell(tab, _row(tab, "cs_review_due"), COL_COUNTDOWN) == "已逾期 2 天"
    clock.now = at(2026, 11, 5, 14, 40)  # 844 hours past it
    tab.refresh()
    assert _cell(tab, _row(tab, "cs_review_due"), COL_COUNTDOWN) == "已逾期 35 天"


@pytest.mark.parametrize(
    ("hours", "zh", "en"),
    [
        (47, "剩余 47 小时", "47 h left"),
        (48, "剩余 2 天", "2 day(s) left"),
        (-47, "已逾期 47 小时", "Overdue by 47 h"),
        (-48, "已逾期 2 天", "Overdue by 2 day(s)"),
        (-71, "已逾期 2 天", "Overdue by 2 day(s)"),
        (-72, "已逾期 3 天", "Overdue by 3 day(s)"),
    ],
)
def test_two_days_either_way_is_the_boundary_of_days(setup, qapp, hours, zh, en):
    from dataclasses import replace
    from datetime import timedelta

    from disputekit.domain.deadlines.calendar import WorkCalendar
    from disputekit.ui.deadlines.countdown import countdown
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    tab, _clock = setup
    now = at(2026, 11, 2, 10, 0)
    review = replace(tab.model.row(_row(tab, "cs_review_due")).deadline)
    moved = replace(review, due=now + timedelta(hours=hours))
    assert countdown(moved, now, WorkCalendar()).text == zh
    install_language(qapp, ENGLISH)
    try:
        assert countdown(moved, now, WorkCalendar()).text == en
    finally:
        install_language(qapp, CHINESE)
