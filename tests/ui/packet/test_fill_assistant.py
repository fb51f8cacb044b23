"""The 12315 copy assistant driven as a user: 复制 puts the exact text on the clipboard and says
已复制; 已填 moves on to the next open field and updates 已填 n/N; ticks survive closing the
window and reopening the store; a changed amount makes its tick stale; the order is the
editable spec's."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.kinds import fill_sheet
from disputekit.store import Store
from disputekit.ui.packet.packet_tab import PacketBuilderTab
from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import TaskRunner
from tests.ui.packet.test_packet_tab import full_case


def _open_tab(services: Services, session: CaseSession, qtbot) -> PacketBuilderTab:
    tab = PacketBuilderTab(services, session)
    qtbot.addWidget(tab)
    tab.set_kind(PacketKind.COMPLAINT_12315)
    tab.right.setCurrentWidget(tab.fill_sheet)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def case_id(services, session) -> int:
    stored = services.store.cases.create(full_case(services.store))
    session.select(stored)
    return stored


@pytest.fixture
def tab(services, session, case_id, qtbot) -> PacketBuilderTab:
    return _open_tab(services, session, qtbot)


def test_copy_puts_the_exact_value_on_the_clipboard_and_says_copied(tab, qtbot):
    sheet = tab.fill_sheet
    QGuiApplication.clipboard().setText("-")
    button = sheet.copy_buttons["order_no"]
    assert button.text() == "复制"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "KM2026112000123"
    assert button.text() == "已复制"
    assert sheet.current == "order_no"  # the field the user is on is framed
    qtbot.waitUntil(lambda: button.text() == "复制", timeout=5000)  # the confirmation is brief


def test_ticking_updates_the_progress_and_moves_to_the_next_open_field(tab, qtbot):
    sheet = tab.fill_sheet
    keys = list(sheet.ticks)
    assert sheet.progress_label.text() == f"已填 0/{len(keys)}"
    assert sheet.current == keys[0]
    qtbot.mouseClick(sheet.ticks[keys[2]], Qt.MouseButton.LeftButton)  # one further down first
    assert sheet.current == keys[3]
    qtbot.mouseClick(sheet.copy_buttons[keys[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.ticks[keys[0]], Qt.MouseButton.LeftButton)
    assert sheet.progress_label.text() == f"已填 2/{len(keys)}"
    assert sheet.current == keys[1]
    qtbot.waitUntil(lambda: sheet.copy_buttons[keys[1]].hasFocus())
    qtbot.mouseClick(sheet.ticks[keys[1]], Qt.MouseButton.LeftButton)
    assert sheet.current == keys[3]  # keys[2] is done already: skipped
    # 下一项 goes on without ticking; unticking counts the field as open again.
    qtbot.mouseClick(sheet.next_button, Qt.MouseButton.LeftButton)
    assert sheet.current == keys[4]
    qtbot.mouseClick(sheet.ticks[keys[2]], Qt.MouseButton.LeftButton)
    assert not sheet.ticks[keys[2]].isChecked()
    assert sheet.progress_label.text() == f"已填 2/{len(keys)}"


def test_ticks_are_still_there_after_the_window_and_the_store_are_reopened(
    services, session, case_id, qtbot, qapp, tmp_path
):
    tab = _open_tab(services, session, qtbot)
    for key in ("order_no", "amount"):
        qtbot.mouseClick(tab.fill_sheet.ticks[key], Qt.MouseButton.LeftButton)
    tab.close()
    tab.deleteLater()

    store = Store.open(services.workspace.data_dir)  # as the app opens it after a restart
    try:
        again = Services(store, services.clock, TaskRunner(synchronous=True), services.settings)
        reopened_session = CaseSession(again.workspace)
        reopened_session.select(case_id)
        reopened = _open_tab(again, reopened_session, qtbot)
        sheet = reopened.fill_sheet
        ticked = {k for k, box in sheet.ticks.items() if box.checkState() == Qt.CheckState.Checked}
        assert ticked == {"order_no", "amount"}
        assert sheet.progress_label.text() == f"已填 2/{len(sheet.ticks)}"
        assert sheet.current == next(iter(sheet.ticks))  # the first open field
    finally:
        store.close()


def test_changing_the_amount_makes_its_tick_stale_until_ticked_again(tab, session, qtbot):
    sheet = tab.fill_sheet
    for key in ("order_no", "amount"):
        qtbot.mouseClick(sheet.ticks[key], Qt.MouseButton.LeftButton)
    changed = dataclasses.replace(session.case)
    changed.order = dataclasses.replace(changed.order, amount_paid=Decimal("120.00"))
    session.save(changed)
    assert sheet.values["amount"] == "120.00"
    assert sheet.ticks["amount"].checkState() == Qt.CheckState.PartiallyChecked
    assert sheet.rows["amount"].stale.isVisibleTo(sheet)
    assert sheet.rows["amount"].stale.text().startswith("内容已变，需重填")
    assert sheet.ticks["order_no"].checkState() == Qt.CheckState.Checked
    assert not sheet.rows["order_no"].stale.isVisibleTo(sheet)
    total = len(sheet.ticks)
    assert sheet.progress_label.text() == f"已填 1/{total}；1 项内容已变，需重填"
    # Filled in again on the website: one click ticks it for the new text.
    qtbot.mouseClick(sheet.ticks["amount"], Qt.MouseButton.LeftButton)
    assert sheet.ticks["amount"].checkState() == Qt.CheckState.Checked
    assert not sheet.rows["amount"].stale.isVisibleTo(sheet)
    assert sheet.progress_label.text() == f"已填 2/{total}"


def test_an_over_limit_field_is_red_and_says_how_many_to_cut(tab, session):
    changed = dataclasses.replace(session.case)
    changed.events[1].note = "客服拒绝退款，" * 100
    session.save(changed)
    sheet = tab.fill_sheet
    facts = len(sheet.values["facts"])
    assert facts > 500
    label = sheet.count_labels["facts"]
    assert label.text() == f"{facts} / 500 字：超出 {facts - 500} 字，请删减 {facts - 500} 字"
    assert "#c62828" in label.styleSheet()
    assert sheet.count_labels["order_no"].text() == "15 / 50 字"
    assert "#c62828" not in sheet.count_labels["order_no"].styleSheet()
    assert "未经确认" in sheet.count_labels["order_no"].toolTip()
    assert "未经确认" in sheet.note.text()
    assert str(fill_sheet.spec_path()) in sheet.note.text()  # where to edit order and limits


def test_the_order_shown_is_the_order_in_the_spec_file(
    services, session, case_id, qtbot, tmp_path, monkeypatch
):
    spec = fill_sheet.load_spec()
    spec["fields"] = [spec["fields"][-1], *spec["fields"][:-1]]  # 事实描述 first
    path = tmp_path / "fill_sheet_12315.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(fill_sheet, "spec_path", lambda: path)
    tab = _open_tab(services, session, qtbot)
    sheet = tab.fill_sheet
    expected = [f["key"] for f in spec["fields"]]
    assert list(sheet.rows) == expected
    tops = [sheet.rows[k].y() for k in expected]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # top to bottom, in that order
    assert sheet.current == "facts"
    assert str(path) in sheet.note.text()


def test_a_spec_file_edited_wrongly_is_named_in_the_sheet(
    services, session, case_id, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "fill_sheet_12315.json"
    path.write_text('{"fields": [{"key": "shoe_size", "label": "鞋码"}]}', encoding="utf-8")
    monkeypatch.setattr(fill_sheet, "spec_path", lambda: path)
    tab = _open_tab(services, session, qtbot)
    sheet = tab.fill_sheet
    assert sheet.error.isVisibleTo(sheet) and not sheet.rows
    assert "shoe_size" in sheet.error.text() and str(path) in sheet.error.text()
    assert not sheet.next_button.isEnabled()


def test_the_assistant_speaks_english_and_keeps_the_website_s_chinese_labels(tab, qtbot, qapp):
    sheet = tab.fill_sheet
    qtbot.mouseClick(sheet.ticks["order_no"], Qt.MouseButton.LeftButton)
    try:
        install_language(qapp, ENGLISH)
        row = sheet.rows["respondent_name"]
        assert row.name.text() == "被投诉人名称 (Respondent's name)"
        assert (row.copy_button.text(), row.large_button.text()) == ("Copy", "Large type")
        assert row.tick.text() == "Filled"
        assert sheet.count_labels["order_no"].text() == "15 / 50 chars"
        assert sheet.progress_label.text() == f"Filled 1/{len(sheet.ticks)}"
        assert sheet.next_button.text() == "Next field"
        assert "unconfirmed" in sheet.note.text()
    finally:
        install_language(qapp, CHINESE)
    assert sheet.rows["respondent_name"].name.text() == "被投诉人名称"
    assert sheet.progress_label.text() == f"已填 1/{len(sheet.ticks)}"


def test_the_keyboard_alone_copies_ticks_and_moves_on(tab, qtbot):
    sheet = tab.fill_sheet
    first, second = list(sheet.ticks)[:2]
    sheet.focus_field(first)
    qtbot.waitUntil(lambda: sheet.copy_buttons[first].hasFocus())
    QGuiApplication.clipboard().setText("-")
    qtbot.keyClick(sheet.copy_buttons[first], Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == sheet.values[first]
    qtbot.keyClick(sheet.copy_buttons[first], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: sheet.ticks[first].hasFocus())
    qtbot.keyClick(sheet.ticks[first], Qt.Key.Key_Space)
    assert sheet.ticks[first].isChecked()
    qtbot.waitUntil(lambda: sheet.copy_buttons[second].hasFocus())
    assert sheet.current == second


def test_a_tick_the_store_refuses_is_said_and_not_shown_as_done(tab, qtbot, dialogs, monkeypatch):
    import sqlite3

    def refuse(*_args: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(tab._services.store.fill_ticks, "set", refuse)
    sheet = tab.fill_sheet
    qtbot.mouseClick(sheet.ticks["order_no"], Qt.MouseButton.LeftButton)
    (warning,) = dialogs.messages("warning")
    assert warning.startswith("勾选未能保存：") and "只读" in warning
    assert not sheet.ticks["order_no"].isChecked()
    assert sheet.progress_label.text() == f"已填 0/{len(sheet.ticks)}"


def test_ticks_belong_to_their_case(services, session, case_id, qtbot):
    other_case = full_case(services.store)
    other_case.order = dataclasses.replace(other_case.order, order_no="KM-OTHER-2")
    other = services.store.cases.create(other_case)
    tab = _open_tab(services, session, qtbot)
    sheet = tab.fill_sheet
    qtbot.mouseClick(sheet.ticks["order_no"], Qt.MouseButton.LeftButton)
    assert sheet.current != "respondent_name"
    session.select(other)
    assert sheet.values["order_no"] == "KM-OTHER-2"
    assert not any(box.isChecked() for box in sheet.ticks.values())
    assert sheet.progress_label.text() == f"已填 0/{len(sheet.ticks)}"
    assert sheet.current == "respondent_name"  # another case starts from its first field
    session.select(case_id)
    assert [k for k, box in sheet.ticks.items() if box.isChecked()] == ["order_no"]
