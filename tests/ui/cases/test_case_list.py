"""The case list: model contents and roles, sorting by real values, status filter, search,
deadline colours by the injected clock, and the empty state."""

from __future__ import annotations

import importlib
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disputekit.domain.case.vocabulary import DeadlineKind, OrderStatus
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.store.cases.case_list import PAGE_SIZE, CaseList
from disputekit.timeutil import SHANGHAI
from disputekit.ui.cases.case_list_model import (
    CASE_ID_ROLE,
    DEADLINE_STATE_ROLE,
    CaseListModel,
    Column,
    deadline_state,
)
from disputekit.ui.cases.case_list_panel import CaseListPanel
from disputekit.ui.shared.palette import status_colour

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def add(store, platform, order_no, amount, status=OrderStatus.PENDING_DELIVERY, product="点卡"):
    case = helpers.make_case(platform, order_no)
    case.order.amount_paid = Decimal(amount)
    case.order.status = status
    case.order.product = product
    return store.cases.create(case)


@pytest.fixture
def panel(services, qtbot):
    add(services.store, "甲卡盟", "A1", "99.00")
    add(services.store, "乙卡盟", "B2", "1000.00", OrderStatus.COMPLETED, product="话费充值")
    add(services.store, "丙卡盟", "C3", "5.50", OrderStatus.CANCELLED)
    widget = CaseListPanel(services)
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def column(proxy, col):
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_rows_show_zh_labels_and_money(panel):
    model = panel.model
    row = model.row_of(model.summary(0).id)
    assert model.rowCount() == 3
    texts = {model.index(r, Column.ORDER_NO).data(): r for r in range(3)}
    b = texts["B2"]
    assert model.index(b, Column.AMOUNT).data() == "¥1,000.00"
    assert model.index(b, Column.STATUS).data() == "已完成"
    assert model.index(b, Column.PLATFORM).data() == "乙卡盟"
    assert model.index(row, 0).data(CASE_ID_ROLE) == model.summary(row).id
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "订单状态"


def test_sort_by_amount_uses_decimal_values_not_text(panel):
    panel.view.sortByColumn(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert column(panel.proxy, Column.AMOUNT) == ["¥5.50", "¥99.00", "¥1,000.00"]
    panel.view.sortByColumn(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column(panel.proxy, Column.AMOUNT) == ["¥1,000.00", "¥99.00", "¥5.50"]


def test_status_filter(panel):
    index = panel.status_filter.findData(OrderStatus.COMPLETED.value)
    panel.status_filter.setCurrentIndex(index)
    assert column(panel.proxy, Column.ORDER_NO) == ["B2"]
    panel.status_filter.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 3


def test_search_is_debounced_and_full_text(panel, qtbot):
    helpers.type_text(qtbot, panel.search, "话费")
    assert panel.proxy.rowCount() == 3  # not yet: the timer has not fired
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert column(panel.proxy, Column.ORDER_NO) == ["B2"]


def test_empty_state_offers_new_and_demo(services, qtbot):
    widget = CaseListPanel(services)
    qtbot.addWidget(widget)
    widget.reload()
    assert widget.pages.currentIndex() == 1
    assert widget.demo_button.text() == "载入示例案件"
    with qtbot.waitSignal(widget.demo_requested):
        widget.demo_button.click()


def test_deadline_colours_follow_the_clock(services, clock):
    cal = services.store.calendar()
    now = datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI)  # a Wednesday
    S = DeadlineStatus
    assert deadline_state(datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI), now, cal) is S.OVERDUE
    # Due soon: up to the end of the next working day (Thursday).
    assert deadline_state(datetime(2026, 11, 26, 23, 0, tzinfo=SHANGHAI), now, cal) is S.DUE_SOON
    assert deadline_state(datetime(2026, 11, 27, 9, 0, tzinfo=SHANGHAI), now, cal) is S.UPCOMING
    friday = datetime(2026, 11, 27, 12, 0, tzinfo=SHANGHAI)
    # Over a weekend the next working day is Monday.
    monday = datetime(2026, 11, 30, 18, 0, tzinfo=SHANGHAI)
    assert deadline_state(monday, friday, cal) is S.DUE_SOON
    tuesday = datetime(2026, 12, 1, 0, 0, tzinfo=SHANGHAI)
    assert deadline_state(tuesday, friday, cal) is S.UPCOMING
    assert deadline_state(None, now, cal) is None


def test_deadline_column_is_coloured(services, clock):
    case_id = add(services.store, "甲卡盟", "A1", "99.00")
    due = datetime(2026, 11, 24, 18, 0, tzinfo=SHANGHAI)
    services.store.db.execute(
        "UPDATE cases SET next_due_at = ?, next_due_kind = 'appeal_result_due' WHERE id = ?",
        [due.isoformat(timespec="microseconds"), case_id],
    )
    model = CaseListModel(services.workspace, services.clock)
    model.reload()
    cell = model.index(model.row_of(case_id), Column.DEADLINE)
    assert cell.data() == "平台申诉处理期限 2026-11-24 18:00"
    overdue = status_colour(DeadlineStatus.OVERDUE)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == overdue
    assert cell.data(DEADLINE_STATE_ROLE) == DeadlineStatus.OVERDUE
    # The kind in the tooltip is its label, never the raw id.
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "平台申诉处理期限 (已逾期)"
    clock.now = datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    assert cell.data(DEADLINE_STATE_ROLE) == DeadlineStatus.OVERDUE  # judged at the last reload
    model.reload()
    cell = model.index(0, Column.DEADLINE)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == status_colour(
        DeadlineStatus.DUE_SOON
    )
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "平台申诉处理期限 (即将到期)"


def test_case_list_models(panel, qtmodeltester):
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_sorting_keeps_the_shown_case_selected(panel):
    b2 = next(r for r in range(3) if panel.model.index(r, Column.ORDER_NO).data() == "B2")
    case_id = panel.model.index(b2, 0).data(CASE_ID_ROLE)
    panel.show_case(case_id)
    for col in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            panel.view.sortByColumn(col, order)
            assert panel.view.currentIndex().data(CASE_ID_ROLE) == case_id, (col, order)
            assert panel.view.currentIndex().siblingAtColumn(Column.ORDER_NO).data() == "B2"
    panel.view.sortByColumn(Column.ORDER_NO, Qt.SortOrder.DescendingOrder)
    assert column(panel.proxy, Column.ORDER_NO) == ["C3", "B2", "A1"]


def test_a_long_list_reads_only_the_rows_shown(services, qtbot, monkeypatch):
    cases = []
    for n in range(1000):
        case = helpers.make_case("甲卡盟", f"A{n:04d}")
        case.order.amount_paid = Decimal(n % 7) + Decimal("0.50")
        cases.append(case)
    services.store.cases.create_many(cases)
    pages: list[int] = []
    read = CaseList._read

    def spy(self, page):
        rows = read(self, page)
        pages.append(len(rows))
        return rows

    monkeypatch.setattr(CaseList, "_read", spy)
    widget = CaseListPanel(services)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: len(pages) > 0)  # painted
    qtbot.wait(50)
    assert widget.proxy.rowCount() == 1000
    assert pages == [PAGE_SIZE]  # one page covers the screen
    widget.view.sortByColumn(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert widget.proxy.index(0, Column.AMOUNT).data() == "¥6.50"
    assert widget.proxy.index(999, Column.AMOUNT).data() == "¥0.50"
    assert len(pages) == 3  # re-sorted in SQL: the first page, and the last one asked for
    index = widget.status_filter.findData(OrderStatus.COMPLETED.value)
    widget.status_filter.setCurrentIndex(index)
    assert widget.proxy.rowCount() == 0  # filtered in SQL, not by reading every row
    assert len(pages) == 3


def _buyer_case(store, name, phone, transaction_no, shop):
    case = helpers.make_case("丁卡盟", "D4")
    case.complainant.name, case.complainant.phone = name, phone
    case.order.transaction_no = transaction_no
    case.respondent.shop = shop
    return store.cases.create(case)


@pytest.mark.parametrize(
    "query",
    ["李小梅", "13912345678", "2345678", "2026112022001456789", "22001456", "D4", "星辰点卡"],
)
def test_search_finds_what_a_volunteer_is_given(services, qtbot, query):
    add(services.store, "甲卡盟", "A1", "99.00")
    wanted = _buyer_case(services.store, "李小梅", "13912345678", "2026112022001456789", "星辰点卡")
    widget = CaseListPanel(services)
    qtbot.addWidget(widget)
    widget.reload()
    helpers.type_text(qtbot, widget.search, query)
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 1)
    assert widget.proxy.index(0, 0).data(CASE_ID_ROLE) == wanted
    assert not widget.no_match.isVisibleTo(widget)


def test_a_search_that_finds_nothing_says_so(panel, qtbot):
    helpers.type_text(qtbot, panel.search, "13800009999")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
    assert panel.no_match.isVisibleTo(panel)
    assert panel.no_match.text() == "没有找到与“13800009999”相符的案件。"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3)
    assert not panel.no_match.isVisibleTo(panel)


def test_cases_stored_before_phones_were_searchable_are_found_after_reopening(tmp_path):
    from disputekit.store import Store

    with Store.open(tmp_path / "d") as store:
        case_id = _buyer_case(store, "李小梅", "13912345678", "2026112022001456789", "星辰点卡")
        # The index as an older version wrote it: no phone, no transaction number.
        for table in ("case_fts", "case_chars"):
            store.db.conn.execute(f"UPDATE {table} SET names = '', order_no = '' WHERE rowid = ?",
                                  [case_id])  # fmt: skip
        assert CaseList.select(store.db, ["13912345678"]).ids == ()
    with Store.open(tmp_path / "d") as store:
        assert CaseList.select(store.db, ["13912345678"]).ids == (case_id,)
        assert CaseList.select(store.db, ["22001456789"]).ids == (case_id,)


def test_the_list_shows_buyer_amount_and_the_next_deadline_by_name_first(services, qtbot, clock):
    case = helpers.make_case("甲卡盟", "A1")
    case.complainant.name = "李小梅"
    case.order.amount_paid = Decimal("98.50")
    services.store.cases.create(case)
    widget = CaseListPanel(services)
    qtbot.addWidget(widget)
    widget.resize(460, 600)
    widget.show()
    widget.reload()
    header = widget.view.horizontalHeader()
    first = [header.logicalIndex(v) for v in range(4)]
    assert first == [Column.BUYER, Column.AMOUNT, Column.DEADLINE, Column.PHONE]
    assert widget.model.index(0, Column.BUYER).data() == "李小梅"
    deadline = widget.model.index(0, Column.DEADLINE).data()
    assert deadline.split(" ")[0] in {k.zh for k in DeadlineKind}
    # The three are on screen in a list 460 pixels wide (the 1366×768 window's share).
    right = header.sectionViewportPosition(Column.DEADLINE) + header.sectionSize(Column.DEADLINE)
    assert right <= widget.view.viewport().width()


def test_columns_are_chosen_from_the_header_and_remembered(services, qtbot):
    widget = CaseListPanel(services)
    qtbot.addWidget(widget)
    menu = widget.columns.menu()
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions)[:4] == [
        widget.model.headerData(c, Qt.Orientation.Horizontal)
        for c in (Column.BUYER, Column.AMOUNT, Column.DEADLINE, Column.PHONE)
    ]
    assert len(actions) == len(Column)
    actions["商品"].setChecked(False)
    assert widget.view.horizontalHeader().isSectionHidden(Column.PRODUCT)
    again = CaseListPanel(services)
    qtbot.addWidget(again)
    assert again.view.horizontalHeader().isSectionHidden(Column.PRODUCT)
    assert not again.view.horizontalHeader().isSectionHidden(Column.BUYER)


def test_at_1366x768_the_list_opens_on_buyer_amount_and_deadline(services, main_window, qtbot):
    case = helpers.make_case("甲卡盟", "A1")
    case.complainant.name = "李小梅"
    case_id = services.store.cases.create(case)
    main_window.resize(1366, 705)
    main_window.splitter.give_list_30_percent(1366)  # a first start at that size
    main_window.case_list.reload()
    main_window.request_case(case_id)
    view = main_window.case_list.view
    assert view.horizontalScrollBar().value() == 0  # selecting a case does not scroll it aside
    header = view.horizontalHeader()
    for column in (Column.BUYER, Column.AMOUNT, Column.DEADLINE):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= view.viewport().width()
