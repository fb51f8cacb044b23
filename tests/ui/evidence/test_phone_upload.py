"""从手机添加…: the dialog driven as a user would, the phone played by HTTP requests to
127.0.0.1, what arrives read back from the store and the evidence tab."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.evidence.evidence_tab import EvidenceTab
from disputekit.ui.phone import phone_upload_dialog
from tests.app.upload_client import png, request, upload

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


@pytest.fixture
def tab(services, session, qtbot, dialogs, monkeypatch):
    # The machine's LAN address is never used in a test: the dialog listens on loopback.
    monkeypatch.setattr(phone_upload_dialog, "default_bind", lambda: "127.0.0.1")
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    widget = EvidenceTab(services, session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(tab, qtbot):
    tab.next_kind.set_value(EvidenceKind.CHAT_LOG.value)
    qtbot.mouseClick(tab.phone_button, Qt.MouseButton.LeftButton)
    opened = tab.phone_button.dialog
    assert opened is not None and opened.isVisible()
    yield opened
    if opened.session is not None:
        opened.session.close()


def _row_texts(dialog) -> list[list[str]]:
    table = dialog.batches
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_dialog_shows_a_qr_code_of_its_address_and_says_how_to_connect(dialog):
    import zxingcpp

    address = dialog.address.text()
    assert address.startswith("http://127.0.0.1:") and address == dialog.session.address
    image = dialog.qr.pixmap().toImage()
    path = Path(dialog.session._staging).parent / "qr-test.png"
    image.save(str(path))
    try:
        (found,) = zxingcpp.read_barcodes(Image.open(path))
    finally:
        path.unlink()
    assert found.text == address
    assert "普通 HTTP" in dialog.plain_http.text() and "公共 Wi-Fi" in dialog.plain_http.text()
    assert "防火墙" in dialog.help.text() and "AP 隔离" in dialog.help.text()
    assert dialog.remaining.text() == "还可接收 10:00"
    assert dialog.windowTitle() == "从手机添加"
    # The default address came out as loopback here: the dialog says a phone cannot use it.
    assert "没有局域网地址" in dialog.error.text() and dialog.error.isVisibleTo(dialog)


def test_copy_link_puts_the_address_on_the_clipboard(dialog, qtbot):
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.session.address


def test_a_batch_is_shown_and_added_with_one_click(dialog, tab, session, services, qtbot):
    data = png("red")
    status, answer = upload(dialog.session.address, "聊天.png", data)
    assert status == 200 and answer["state"] == "waiting"
    qtbot.waitUntil(lambda: dialog.batches.rowCount() == 1 and dialog.accept_button.isEnabled())
    (row,) = _row_texts(dialog)
    assert row[0].endswith("127.0.0.1") and row[1] == "1" and row[3] == "等待你确认加入"
    assert session.case.evidence == []
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(session.case.evidence) == 1)
    qtbot.waitUntil(lambda: _row_texts(dialog)[0][3] == "已加入案件：e1")
    assert tab.model.rowCount() == 1
    (item,) = services.store.cases.get(session.case_id).evidence
    assert item.kind is EvidenceKind.CHAT_LOG and item.original_name == "聊天.png"
    assert item.received is not None and item.received.at == services.clock()
    assert not dialog.accept_button.isEnabled()
    tab.view.setCurrentIndex(tab.model.index(0))
    qtbot.waitUntil(lambda: "从手机（127.0.0.1）接收" in tab.editor.facts.text())
    assert tab.editor.facts.text().endswith("手机上的文件名：聊天.png")


def test_auto_accept_adds_as_files_arrive_and_is_remembered(dialog, session, services, qtbot):
    dialog.auto_accept.click()
    status, answer = upload(dialog.session.address, "a.png", png("blue"))
    assert status == 200 and answer["evidence_id"] == "e1"
    qtbot.waitUntil(lambda: len(session.case.evidence) == 1)
    assert services.settings.value(phone_upload_dialog.AUTO_ACCEPT_KEY, type=bool) is True


def test_a_declined_batch_leaves_nothing(dialog, session, qtbot):
    upload(dialog.session.address, "a.png", png("green"))
    qtbot.waitUntil(lambda: dialog.decline_button.isEnabled())
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    assert _row_texts(dialog)[0][3] == "已拒绝，收到的文件已删除"
    assert session.case.evidence == []
    assert not any(p.is_file() for p in dialog.session._staging.rglob("*"))


def test_refusals_are_listed(dialog, qtbot):
    status, _ = upload(dialog.session.address, "notes.png", b"just some text")
    assert status == 415
    qtbot.waitUntil(lambda: dialog.problems.count() == 1)
    assert "「notes.png」不是图片、PDF 或录屏视频" in dialog.problems.item(0).text()


def test_closing_the_dialog_closes_the_port(dialog, session, qtbot):
    address = dialog.session.address
    upload(address, "a.png", png("red"))
    staging = dialog.session._staging
    dialog.close()
    with pytest.raises(OSError):
        request(address, "GET", "")
    assert not staging.exists() and session.case.evidence == []


def test_the_time_runs_out(dialog, clock, qtbot):
    clock.advance(minutes=10, seconds=1)
    qtbot.waitUntil(lambda: dialog.session.closed, timeout=5000)
    assert dialog.remaining.text() == "接收已结束，端口已关闭。"
    assert not dialog.copy_button.isEnabled()
    with pytest.raises(OSError):
        request(dialog.address.text(), "GET", "")


def test_without_a_case_the_button_opens_nothing(services, qtbot, dialogs):
    from disputekit.ui.shared.session import CaseSession

    widget = EvidenceTab(services, CaseSession(services.workspace))
    qtbot.addWidget(widget)
    assert widget.phone_button.open_dialog() is None
