"""Every view judges a deadline the same way at the same instant: the advice (engine and CLI),
the case list's colours, the deadlines tab, reminders and the dashboard figures. The cases
cover an hours clock, a working-day clock, a seller's promise and National Day 2026 with its
make-up Saturday (10-10); the expected states are pinned, not only compared."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from disputekit.app.deadlines.dashboard import compute_stats
from disputekit.app.workspace import Workspace
from disputekit.cli import main
from disputekit.domain.case.model import Case, Event, Order, Respondent
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PaymentMethod
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus, find
from disputekit.timeutil import SHANGHAI
from disputekit.ui.cases.case_list_model import (
    CASE_ID_ROLE,
    DEADLINE_STATE_ROLE,
    CaseListModel,
    Column,
)
from disputekit.ui.deadlines.deadlines_model import SEVERITY_ROLE
from disputekit.ui.deadlines.deadlines_tab import DeadlinesTab
from disputekit.ui.deadlines.reminders import due_rows
from tests.support.shipped import advise

S = DeadlineStatus


def sh(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


def _case(order_no: str, *events: Event) -> Case:
    return Case(
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no=order_no,
            ordered_at=sh(2026, 9, 1, 9, 0),
            payment_method=PaymentMethod.ALIPAY,
            status=OrderStatus.DELIVERED_NOT_CREDITED,
        ),
        events=list(events),
    )


# name: (case, the kind of its earliest unmet deadline)
CASES = {
    # 24 hours after Sunday 09:00: Monday 2026-11-30 09:00.
    "hours": (
        _case("H", Event("e1", sh(2026, 11, 29, 9, 0), EventKind.CS_CONTACTED)),
        "cs_review_due",
    ),
    # 5 working days after Monday 11-23: the end of Monday 11-30.
    "working_days": (
        _case("W", Event("e1", sh(2026, 11, 23, 10, 0), EventKind.APPEAL_FILED)),
        "appeal_result_due",
    ),
    # 24 hours after 9-30 10:40: National Day itself, 10-01 10:40.
    "hours_holiday": (
        _case("HH", Event("e1", sh(2026, 9, 30, 10, 40), EventKind.CS_CONTACTED)),
        "cs_review_due",
    ),
    # 5 working days after 9-30: 10-8, 10-9, 10-10 (make-up), 10-12, 10-13.
    "working_days_holiday": (
        _case("HW", Event("e1", sh(2026, 9, 30, 10, 0), EventKind.APPEAL_FILED)),
        "appeal_result_due",
    ),
    # The seller promised the refund by Sunday 10-11 12:00.
    "promise": (
        _case(
            "P",
            Event(
                "e1",
                sh(2026, 9, 29, 10, 0),
                EventKind.REFUND_PROMISED,
                promised_by=datetime.fromisoformat("2026-10-11T12:00:00+08:00"),
            ),
        ),
        "refund_due",
    ),
}
UP, SOON, LATE = S.UPCOMING, S.DUE_SOON, S.OVERDUE
# instant: states in the order of CASES
EXPECTED = [
    (sh(2026, 9, 30, 12, 0), (UP, UP, SOON, UP, UP)),  # next working day: 10-08
    (sh(2026, 10, 1, 10, 39), (UP, UP, SOON, UP, UP)),
    (sh(2026, 10, 1, 10, 40), (UP, UP, LATE, UP, UP)),  # the hours clock passes at its minute
    (sh(2026, 10, 9, 12, 0), (UP, UP, LATE, UP, UP)),  # Friday; the next working day is Saturday
    (sh(2026, 10, 10, 12, 0), (UP, UP, LATE, UP, SOON)),  # make-up Saturday: through Monday 10-12
    (sh(2026, 10, 11, 13, 0), (UP, UP, LATE, UP, LATE)),
    (sh(2026, 10, 12, 9, 0), (UP, UP, LATE, SOON, LATE)),
    (sh(2026, 10, 13, 23, 0), (UP, UP, LATE, SOON, LATE)),
    (sh(2026, 10, 14, 0, 0), (UP, UP, LATE, LATE, LATE)),
    (sh(2026, 11, 26, 10, 0), (UP, UP, LATE, LATE, LATE)),  # Thursday: through Friday
    # Friday 01:00 in Shanghai, still Thursday in UTC: the day is Shanghai's.
    (datetime(2026, 11, 26, 17, 0, tzinfo=UTC), (SOON, SOON, LATE, LATE, LATE)),
    (sh(2026, 11, 27, 10, 0), (SOON, SOON, LATE, LATE, LATE)),  # Friday: through Monday
    (sh(2026, 11, 28, 23, 0), (SOON, SOON, LATE, LATE, LATE)),
    (sh(2026, 11, 30, 8, 59), (SOON, SOON, LATE, LATE, LATE)),
    (sh(2026, 11, 30, 9, 0), (LATE, SOON, LATE, LATE, LATE)),
    (sh(2026, 12, 1, 0, 0), (LATE, LATE, LATE, LATE, LATE)),
]


@pytest.fixture
def stored(store):
    return {name: store.cases.create(case) for name, (case, _kind) in CASES.items()}


def _list_states(services, clock, now) -> dict[int, str]:
    clock.now = now
    model = CaseListModel(services.workspace, services.clock)
    model.reload()
    return {
        model.index(r, 0).data(CASE_ID_ROLE): model.index(r, Column.DEADLINE).data(
            DEADLINE_STATE_ROLE
        )
        for r in range(model.rowCount())
    }


def _tab_state(tab: DeadlinesTab, kind: str) -> str:
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.row(r).deadline.kind == kind)
    return model.data(model.index(row, 0), SEVERITY_ROLE)


@pytest.mark.parametrize(("now", "expected"), EXPECTED, ids=[n.isoformat() for n, _ in EXPECTED])
def test_all_views_agree(now, expected, services, session, clock, stored, qtbot):
    store, calendar = services.store, services.store.calendar()
    names = list(CASES)
    want = dict(zip(names, expected, strict=True))

    advice = {
        name: find(advise(CASES[name][0], now, calendar).deadlines, CASES[name][1]).status
        for name in names
    }
    assert advice == want

    listed = _list_states(services, clock, now)
    assert {name: listed[stored[name]] for name in names} == want

    tab = DeadlinesTab(services, session)
    qtbot.addWidget(tab)
    tabbed = {}
    for name in names:
        session.select(stored[name])
        tab.refresh()
        tabbed[name] = _tab_state(tab, CASES[name][1])
    assert tabbed == want

    rows = due_rows(Workspace(store), now)
    reminded = {(r.case_id, r.deadline.kind): r.deadline.status for r in rows}
    pressing = {n: s for n, s in want.items() if s in (S.OVERDUE, S.DUE_SOON)}
    assert reminded == {(stored[n], CASES[n][1]): s for n, s in pressing.items()}

    # All five are platform periods: counted apart from legal deadlines, as the banner does.
    counts = compute_stats(store, now).counts
    assert (counts.overdue, counts.due_soon) == (0, 0)
    assert (counts.platform_overdue, counts.platform_due_soon) == (
        sum(s is S.OVERDUE for s in want.values()),
        sum(s is S.DUE_SOON for s in want.values()),
    )


def test_the_cli_agrees_at_the_instant_of_the_issue(store, stored, capsys):
    # An hours deadline due Monday 09:00, judged Friday 10:00: due soon, as everywhere else.
    data_dir = str(store.data_dir)
    for when, status in (("2026-11-27T10:00+08:00", "due_soon"), ("2026-11-30T01:00Z", "overdue")):
        code = main(
            ["--data-dir", data_dir, "advise", str(stored["hours"]), "--now", when, "--json"]
        )
        assert code == 0
        deadlines = json.loads(capsys.readouterr().out)["deadlines"]
        review = next(d for d in deadlines if d["kind"] == "cs_review_due")
        assert (review["due"], review["status"]) == ("2026-11-30T09:00:00+08:00", status)


def test_the_cli_refuses_an_instant_without_offset(store, stored, capsys):
    with pytest.raises(SystemExit):
        main(["--data-dir", str(store.data_dir), "advise", "1", "--now", "2026-11-27T10:00"])
    assert capsys.readouterr().err.endswith(
        "error: argument --now: 「2026-11-27T10:00」不是带时区的日期时间："
        "请写成 YYYY-MM-DDTHH:MM+08:00，例如 2026-11-27T10:00+08:00\n"
    )


def test_the_case_list_judges_without_loading_the_holiday_data():
    # The list paints first; the holiday calendar is read only when a listed case has a due.
    code = "import sys, disputekit.ui.cases.case_list_model\nprint('holidays' in sys.modules)\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_dashboard_window_shows_both_figures_in_the_palette_colours(
    services, clock, stored, qtbot
):
    from disputekit.ui.deadlines.dashboard import Dashboard
    from disputekit.ui.shared import palette

    clock.now = sh(2026, 11, 27, 10, 0)  # Friday: the two Monday deadlines are due soon
    widget = Dashboard(services)
    qtbot.addWidget(widget)
    # All five are platform periods: none is a legal deadline.
    assert widget.overdue_label.text() == "法定期限已逾期：0"
    assert widget.platform_label.text() == "平台自定期限：5"
    assert "color" not in widget.overdue_label.styleSheet()
    assert f"color: {palette.DUE_SOON}" in widget.platform_label.styleSheet()
    bar = _case("BAR")
    bar.problem_known_at = sh(2023, 11, 29, 10, 0)  # the 12315 bar ends Sunday 11-29
    services.store.cases.create(bar)
    widget.refresh()
    assert widget.due_soon_label.text() == "法定期限即将到期：2"  # with the limitation period
    assert f"color: {palette.DUE_SOON}" in widget.due_soon_label.styleSheet()
    clock.now = sh(2026, 12, 1, 10, 0)
    widget.refresh()
    assert widget.overdue_label.text() == "法定期限已逾期：2"
    assert f"color: {palette.OVERDUE}" in widget.overdue_label.styleSheet()


def test_the_case_list_keeps_a_12315_bar_due_soon_through_its_grace_day(
    services, session, clock, store, qtbot
):
    # Known 2023-11-29: the bar's nominal last day is Sunday 2026-11-29; a complaint may still
    # be accepted through Monday 11-30 (办法第四十五条). On Monday the list, the tab and the
    # advice all say due soon, not overdue.
    case = _case("BAR")
    case.problem_known_at = sh(2023, 11, 29, 10, 0)
    case_id = store.cases.create(case)
    now = sh(2026, 11, 30, 10, 0)
    bar = find(advise(case, now, services.store.calendar()).deadlines, "complaint_bar_due")
    assert bar.status is S.DUE_SOON
    assert _list_states(services, clock, now)[case_id] == S.DUE_SOON
    assert _list_states(services, clock, sh(2026, 12, 1, 0, 0))[case_id] == S.OVERDUE
