"""批量操作 in the real main window: three cases selected with the mouse and Ctrl/Shift, an
action run from the menu, its summary waited for, and the result read back from the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EventKind, PacketKind
from disputekit.timeutil import SHANGHAI
from disputekit.ui.cases.bulk.bulk_dialogs import BulkEventDialog, PacketKindDialog
from disputekit.ui.cases.bulk.bulk_menu import BulkActions
from disputekit.ui.cases.bulk.selection import selected_case_ids
from disputekit.ui.shared.tasks import TaskRunner
from disputekit.ui.timeline.event_dialog import to_qdatetime
from tests.support.seller_samples import seller_case


def no_seller() -> Case:
    """A buyer's case with no seller details at all (nor order number)."""
    case = Case()
    case.complainant.name = "赵六"
    return case


@pytest.fixture
def three(services: Any, main_window: Any) -> list[int]:
    store = services.store
    ids = [
        store.cases.create(seller_case(1, name="李小梅", phone="13800000001")),
        store.cases.create(seller_case(2, name="王强")),  # a buyer with no phone
        store.cases.create(no_seller()),
    ]
    main_window.case_list.reload()
    return ids


def bulk(window: Any) -> BulkActions:
    found = window.findChild(BulkActions, "bulkActions")
    assert found is not None
    return found


def click_row(qtbot: Any, window: Any, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier):
    view = window.case_list.view
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def select_three(qtbot: Any, window: Any) -> None:
    click_row(qtbot, window, 0)
    click_row(qtbot, window, 1, Qt.KeyboardModifier.ShiftModifier)
    click_row(qtbot, window, 2, Qt.KeyboardModifier.ControlModifier)


def trigger(window: Any, name: str) -> None:
    menu = window.findChild(QMenu, "menu_bulk")
    assert menu is not None and menu.menuAction() in window.menuBar().actions()
    (action,) = [a for a in menu.actions() if a.objectName() == name]
    assert action.isEnabled()
    action.trigger()


def when_modal(kind: type, answer: Callable[[Any], None]) -> None:
    """Answer the modal dialog of `kind` that the next action opens, as a user would."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            answer(dialog)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def summary_of(qtbot: Any, window: Any) -> Any:
    runner = bulk(window).runner
    qtbot.waitUntil(lambda: runner.summary is not None and runner.summary.isVisible())
    return runner.summary


def rows(summary: Any) -> list[tuple[str, str, str]]:
    model = summary.model
    return [
        tuple(model.index(r, c).data() for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_three_selected_cases_get_the_same_event(qtbot, main_window, services, three):
    select_three(qtbot, main_window)
    assert sorted(selected_case_ids(main_window.case_list)) == sorted(three)
    assert bulk(main_window).bar.isVisible()
    assert bulk(main_window).count_label.text() == "已选择 3 个案件"

    def fill(dialog: BulkEventDialog) -> None:
        assert not dialog.evidence_list.isVisibleTo(dialog)  # exhibits belong to one case
        assert dialog.kind_combo.currentText() == "客服答复"
        dialog.at_edit.setDateTime(to_qdatetime(datetime(2026, 11, 25, 15, 30, tzinfo=SHANGHAI)))
        dialog.note_edit.setPlainText("统一答复：三个工作日内处理")
        dialog.accept()

    when_modal(BulkEventDialog, fill)
    trigger(main_window, "bulkEventAction")
    summary = summary_of(qtbot, main_window)
    assert summary.headline.text().splitlines()[0] == "完成 3 个，跳过 0 个，失败 0 个。"
    assert [r[1] for r in rows(summary)] == ["已完成"] * 3
    for case_id in three:
        last = services.store.cases.get(case_id).events[-1]
        assert last.kind == EventKind.CS_REPLIED and last.note == "统一答复：三个工作日内处理"
        assert last.at == datetime(2026, 11, 25, 15, 30, tzinfo=SHANGHAI)
    assert not summary.open_button.isVisible()  # nothing was written to a folder
    # The three stay selected for the next action.
    assert sorted(selected_case_ids(main_window.case_list)) == sorted(three)


def test_packets_for_three_cases_skip_the_blocked_ones_with_why(
    qtbot, main_window, services, three, dialogs, tmp_path, monkeypatch
):
    out = tmp_path / "packets"
    out.mkdir()
    dialogs.directory = str(out)
    main_window.case_list.view.selectAll()  # Ctrl+A

    def choose(dialog: PacketKindDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PacketKind.APPEAL.value))
        dialog.accept()

    when_modal(PacketKindDialog, choose)
    trigger(main_window, "bulkPacketAction")
    summary = summary_of(qtbot, main_window)
    by_case = {r[0]: r for r in rows(summary)}
    done = [name for name, result, _ in by_case.values() if result == "已完成"]
    assert done, by_case
    for name in done:
        pdf = by_case[name][2]
        assert pdf.startswith("平台申诉材料-KM-0000") and (out / pdf).is_file()
    blocked = by_case["赵六"]  # no seller, no order: the pre-check stops it
    assert blocked[1] == "已跳过" and blocked[2].startswith("预检未通过：")
    opened: list[str] = []
    monkeypatch.setattr(
        "disputekit.ui.cases.bulk.bulk_summary_dialog.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    assert summary.open_button.isVisible()
    summary.open_button.click()
    assert opened == [str(out)]


def test_the_calendar_of_three_cases_is_one_file(qtbot, main_window, three, dialogs, tmp_path):
    path = tmp_path / "期限.ics"
    dialogs.save_file = str(path)
    select_three(qtbot, main_window)
    trigger(main_window, "bulkCalendarAction")
    summary = summary_of(qtbot, main_window)
    assert [r[1] for r in rows(summary)].count("已完成") == 2
    summaries = [str(e["summary"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert any("李小梅 · 某某卡盟 KM-00001" in s for s in summaries)


def test_bundles_and_consent_from_the_list_s_context_menu(
    qtbot, main_window, services, three, dialogs, tmp_path
):
    out = tmp_path / "bundles"
    out.mkdir()
    dialogs.directory = str(out)
    select_three(qtbot, main_window)
    trigger(main_window, "bulkBundleAction")
    summary = summary_of(qtbot, main_window)
    assert sorted(p.name for p in out.iterdir()) == sorted(r[2] for r in rows(summary))
    assert len(list(out.iterdir())) == 3
    trigger(main_window, "bulkConsentAction")
    qtbot.waitUntil(lambda: bulk(main_window).runner.summary is not summary)
    assert all(services.store.cases.get(i).complainant.share_consent for i in three)
    trigger(main_window, "bulkNoConsentAction")
    qtbot.waitUntil(lambda: not services.store.cases.get(three[0]).complainant.share_consent)
    assert not any(services.store.cases.get(i).complainant.share_consent for i in three)


def test_an_unwritable_folder_says_so_and_writes_nothing(
    qtbot, main_window, three, dialogs, tmp_path, monkeypatch
):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.access
    monkeypatch.setattr(
        "disputekit.app.output_paths.os.access",
        lambda p, mode: False if Path(p) == locked else real(p, mode),
    )
    dialogs.directory = str(locked)
    select_three(qtbot, main_window)
    trigger(main_window, "bulkBundleAction")
    assert dialogs.messages("warning") == [f"没有权限写入文件夹 {locked}：请换一个位置"]
    assert list(locked.iterdir()) == []
    assert bulk(main_window).runner.summary is None


def test_off_the_gui_thread_with_a_progress_dialog(qtbot, main_window, services, three):
    services.tasks = TaskRunner()  # the real runner: a worker thread, its own store
    select_three(qtbot, main_window)
    trigger(main_window, "bulkNoConsentAction")
    summary = summary_of(qtbot, main_window)
    assert [r[1] for r in rows(summary)] == ["已跳过"] * 3  # none had consented
    assert rows(summary)[0][2] == "本来就未记录同意"


def test_the_context_menu_offers_the_same_actions(qtbot, main_window, three, monkeypatch):
    select_three(qtbot, main_window)
    actions = bulk(main_window)
    shown: list[QMenu] = []
    monkeypatch.setattr(actions.menu, "popup", lambda *_: shown.append(actions.menu))
    view = main_window.case_list.view
    view.customContextMenuRequested.emit(QPoint(5, 5))  # a right click on the list
    assert shown == [actions.menu]
    assert [a.text() for a in actions.menu.actions() if a.text()] == [
        "添加同一事件…",
        "生成材料到文件夹…",
        "导出案件包到文件夹…",
        "把期限导出到一个日历文件（.ics）…",
        "记录：同意在汇总报告中署名",
        "清除：同意在汇总报告中署名",
    ]
    assert all(a.isEnabled() for a in actions.menu.actions() if a.text())
    view.clearSelection()
    assert not any(a.isEnabled() for a in actions.menu.actions() if a.text())
    assert not actions.bar.isVisible()


def test_cancel_in_the_progress_dialog_stops_between_cases(
    qtbot, main_window, services, three, monkeypatch
):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from disputekit.store.cases.case_repository import CaseRepository

    services.tasks = TaskRunner()  # the real runner: the worker saves, the user clicks 取消
    saved, go_on = threading.Event(), threading.Event()
    real_save = CaseRepository.save

    def save_then_wait(repo: CaseRepository, case_id: int, case: Case) -> None:
        real_save(repo, case_id, case)
        saved.set()
        go_on.wait(10)  # the first case is saved; the worker waits for the click

    monkeypatch.setattr(CaseRepository, "save", save_then_wait)
    select_three(qtbot, main_window)
    order = selected_case_ids(main_window.case_list)
    trigger(main_window, "bulkConsentAction")  # the question is answered 是 by the stub
    qtbot.waitUntil(saved.is_set)
    progress = main_window.findChild(QProgressDialog)
    assert progress is not None
    progress.findChild(QPushButton).click()
    go_on.set()
    summary = summary_of(qtbot, main_window)
    monkeypatch.setattr(CaseRepository, "save", real_save)
    assert summary.headline.text().splitlines() == [
        "完成 1 个，跳过 0 个，失败 0 个。",
        "已取消：2 个案件未处理，保持原样。",
    ]
    consent = [services.store.cases.get(i).complainant.share_consent for i in order]
    assert consent == [True, False, False]
    assert [r[1] for r in rows(summary)] == ["已完成", "未处理", "未处理"]
    names = {"李小梅 · 某某卡盟 KM-00001", "王强 · 某某卡盟 KM-00002", "赵六"}
    assert {r[0] for r in rows(summary)} == names  # the untouched ones named as listed


def test_drafts_for_three_cases_include_the_one_a_final_packet_skips(
    qtbot, main_window, three, dialogs, tmp_path
):
    out = tmp_path / "drafts"
    out.mkdir()
    dialogs.directory = str(out)
    main_window.case_list.view.selectAll()

    def choose(dialog: PacketKindDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PacketKind.APPEAL.value))
        dialog.draft_check.setChecked(True)
        dialog.accept()

    when_modal(PacketKindDialog, choose)
    trigger(main_window, "bulkPacketAction")
    summary = summary_of(qtbot, main_window)
    by_case = {r[0]: r for r in rows(summary)}
    assert {result for _, result, _ in by_case.values()} == {"已完成"}, by_case
    pdf = out / by_case["赵六"][2]  # the case the pre-check stops for a final packet
    assert "草稿" in PdfReader(pdf).pages[0].extract_text()
