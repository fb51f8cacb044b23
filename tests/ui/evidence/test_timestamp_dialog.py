"""证据 → 申请可信时间戳…: the dialog says what a stamp proves and what not, saves a request
file, attaches a reply from a throw-away OpenSSL TSA, refuses a foreign one with nothing
stored, and sends only when the user presses 发送 (to a TSA on 127.0.0.1 here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from disputekit.app.cases import add_demo_cases
from disputekit.app.stamps.timestamps import request_timestamp
from disputekit.domain.case.document.case_json import dumps_case
from tests.rfc3161.local_tsa_server import local_tsa
from tests.rfc3161.openssl_tsa import OpenSslTsa


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> OpenSslTsa:
    return OpenSslTsa.make(Path(tmp_path_factory.mktemp("tsa")))


def _open(main_window: Any, qtbot: Any) -> Any:
    ids = add_demo_cases(main_window.services.store)
    main_window.case_list.reload()
    main_window.request_case(ids[0])
    qtbot.waitUntil(lambda: main_window.session.case_id == ids[0])
    action = main_window.commands.timestamp_action
    assert action in main_window.menu("evidence").actions()
    assert main_window.menu("evidence").title() == "证据(&D)"
    assert action.text() == "申请可信时间戳(&T)…" and action.isEnabled()
    action.trigger()
    dialog = main_window.commands.timestamp_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_save_request_then_attach_reply(
    main_window: Any, qtbot: Any, dialogs: Any, tsa: OpenSslTsa, tmp_path: Path
) -> None:
    dialog = _open(main_window, qtbot)
    assert "不证明截图的内容真实" in dialog.intro.text()
    assert dialog.stamps.text() == "本案还没有可信时间戳。"
    assert dialog.tsa.currentText() == ""  # nothing chosen, nothing sent by default
    dialogs.save_file = str(tmp_path / "req.tsq")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    request = (tmp_path / "req.tsq").read_bytes()
    assert "请求覆盖 3 个证据文件" in dialog.message.text()
    assert dialog.stamps.text().startswith("请求 ") and "等待回复" in dialog.stamps.text()
    assert len(main_window.session.case.timestamps) == 1

    (tmp_path / "reply.tsr").write_bytes(tsa.reply(request))
    dialogs.open_file = str(tmp_path / "reply.tsr")
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("已附上时间戳：")
    assert "DisputeKit Test TSA, Test，覆盖 3 个证据文件" in dialog.message.text()
    assert "已盖时间戳：" in dialog.stamps.text()
    stored = main_window.services.store.cases.get(main_window.session.case_id)
    assert stored.timestamps[0].token and main_window.session.case.timestamps[0].token


def test_a_foreign_reply_is_refused_and_nothing_stored(
    main_window: Any, qtbot: Any, dialogs: Any, tsa: OpenSslTsa, tmp_path: Path
) -> None:
    dialog = _open(main_window, qtbot)
    dialogs.save_file = str(tmp_path / "req.tsq")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    store = main_window.services.store
    foreign = tsa.reply(request_timestamp(store, main_window.session.case_id + 1).der)
    (tmp_path / "foreign.tsr").write_bytes(foreign)
    before = dumps_case(store.cases.get(main_window.session.case_id))
    dialogs.open_file = str(tmp_path / "foreign.tsr")
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith(
        "未被接受，未保存任何内容：回复盖章的不是这份请求的证据清单"
    )
    assert dumps_case(store.cases.get(main_window.session.case_id)) == before


def test_send_goes_online_only_on_the_button(
    main_window: Any, qtbot: Any, tsa: OpenSslTsa, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    dialog = _open(main_window, qtbot)
    with local_tsa(tsa.reply) as (url, posted):
        assert posted.requests == []
        dialog.tsa.setEditText("not an address")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert "请先填写时间戳服务的" in dialog.message.text() and posted.requests == []
        dialog.tsa.setEditText(url)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.text().startswith("已附上时间戳："))
    assert len(posted.requests) == 1
    assert main_window.session.case.timestamps[0].token
