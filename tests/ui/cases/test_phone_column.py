"""The case list's buyer phone column, in the real main window: shown after the buyer, amount
and next deadline (those three fit at 1366×768), sorted by the phone, empty without one, found
by search, and hidden for good from the header menu (a choice stored before the column existed
still holds)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from disputekit.ui.cases.case_columns import HIDDEN_KEY
from disputekit.ui.cases.case_list_model import CASE_ID_ROLE, SHOWN_ORDER, Column
from disputekit.ui.shared.services import Services, settings_at
from disputekit.ui.shell.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def _add(store, order_no: str, name: str, phone: str) -> int:
    case = helpers.make_case("甲卡盟", order_no)
    case.complainant.name, case.complainant.phone = name, phone
    return store.cases.create(case)


def _shown(window) -> dict[int, str]:
    """Case id -> the phone cell, as the list shows it."""
    proxy = window.case_list.proxy
    return {
        proxy.index(r, 0).data(CASE_ID_ROLE): proxy.index(r, Column.PHONE).data()
        for r in range(proxy.rowCount())
    }


def _reopen(services: Services, tmp_path: Path, qtbot) -> MainWindow:
    services.settings.sync()
    again = Services(
        store=services.store,
        clock=services.clock,
        tasks=services.tasks,
        settings=settings_at(tmp_path / "settings.ini"),
    )
    window = MainWindow(again)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.case_list.loaded)
    return window


def test_the_phone_is_shown_after_the_next_deadline_and_empty_without_one(services, main_window):
    li = _add(services.store, "A1", "李小梅", "13912345678")
    wang = _add(services.store, "B2", "王强", "")
    main_window.case_list.reload()
    header = main_window.case_list.view.horizontalHeader()
    # Who, how much and what is due first (all on screen at 1366×768), then the phone.
    assert SHOWN_ORDER[:4] == (Column.BUYER, Column.AMOUNT, Column.DEADLINE, Column.PHONE)
    assert header.visualIndex(Column.PHONE) == header.visualIndex(Column.DEADLINE) + 1
    assert not header.isSectionHidden(Column.PHONE)
    assert header.model().headerData(Column.PHONE, Qt.Orientation.Horizontal) == "买家电话"
    assert _shown(main_window) == {li: "13912345678", wang: ""}
    # The whole number fits its cell: nothing is elided at the default width.
    metrics = main_window.case_list.view.fontMetrics()
    assert metrics.horizontalAdvance("13912345678") < header.sectionSize(Column.PHONE)


def test_clicking_the_phone_header_sorts_by_phone(services, main_window, qtbot):
    a = _add(services.store, "A1", "甲", "13912345678")
    b = _add(services.store, "B2", "乙", "")
    c = _add(services.store, "C3", "丙", "13800001111")
    d = _add(services.store, "D4", "丁", "137 0000 2222")
    main_window.case_list.reload()
    view = main_window.case_list.view
    header = view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(Column.PHONE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == Column.PHONE
    by_phone = [d, c, a]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        by_phone.reverse()
    proxy = view.model()
    listed = [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())]
    assert listed == [*by_phone, b]  # no phone: last either way
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    listed = [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())]
    assert listed == [*reversed(by_phone), b]


def test_searching_a_phone_shows_that_case_with_its_phone(services, main_window, qtbot):
    _add(services.store, "A1", "甲", "13800001111")
    wanted = _add(services.store, "B2", "李小梅", "13912345678")
    panel = main_window.case_list
    panel.reload()
    helpers.type_text(qtbot, panel.search, "13912345678")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert _shown(main_window) == {wanted: "13912345678"}


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_hiding_the_phone_from_the_header_menu_holds_after_reopening(
    services, main_window, qtbot, tmp_path
):
    _add(services.store, "A1", "李小梅", "13912345678")
    header = main_window.case_list.view.horizontalHeader()
    picked: list[str] = []

    def untick_phone() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        (action,) = [a for a in menu.actions() if a.text() == "买家电话"]
        picked.append(action.text())
        action.trigger()
        menu.close()

    QTimer.singleShot(0, untick_phone)
    header.customContextMenuRequested.emit(QPoint(10, header.height() // 2))
    assert picked == ["买家电话"]
    assert header.isSectionHidden(Column.PHONE)
    main_window.close()
    window = _reopen(services, tmp_path, qtbot)
    header = window.case_list.view.horizontalHeader()
    assert header.isSectionHidden(Column.PHONE)
    assert not header.isSectionHidden(Column.BUYER)
    # And the menu offers it back, unticked.
    (action,) = [a for a in window.case_list.columns.menu().actions() if a.text() == "买家电话"]
    assert not action.isChecked()


def test_columns_hidden_before_the_phone_column_existed_stay_hidden(
    services, qtbot, tmp_path, dialogs
):
    # As the list stored the choice before it had a phone column.
    services.settings.setValue(HIDDEN_KEY, "PRODUCT,ORDER_NO")
    window = _reopen(services, tmp_path, qtbot)
    header = window.case_list.view.horizontalHeader()
    hidden = {c for c in Column if header.isSectionHidden(c)}
    assert hidden == {Column.PRODUCT, Column.ORDER_NO}
    assert header.visualIndex(Column.PHONE) == header.visualIndex(Column.DEADLINE) + 1


def test_a_hidden_list_written_by_hand_is_read_too(services, qtbot, tmp_path, dialogs):
    # Unquoted in the INI file, Qt reads the names back as a list, not one string.
    services.settings.sync()
    ini = tmp_path / "settings.ini"
    ini.write_text("[case_list]\nhidden_columns=PRODUCT, PHONE\n", encoding="utf-8")
    window = _reopen(services, tmp_path, qtbot)
    header = window.case_list.view.horizontalHeader()
    assert {c for c in Column if header.isSectionHidden(c)} == {Column.PRODUCT, Column.PHONE}
