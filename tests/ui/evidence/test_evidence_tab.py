"""The evidence tab: drop, paste, edit, remove with undo, and the model."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage

from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.evidence.evidence_tab import EvidenceTab

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


@pytest.fixture
def tab(services, session, qtbot, dialogs):
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    widget = EvidenceTab(services, session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    return event


def test_drop_two_images_and_a_bad_file(tab, session, tmp_path):
    good = [helpers.png(tmp_path / "a.png"), helpers.png(tmp_path / "b.png", color=(0, 90, 200))]
    bad = tmp_path / "notes.png"
    bad.write_text("not an image at all", encoding="utf-8")
    event = drop(tab, [*good, bad])
    assert event.isAccepted()
    assert tab.model.rowCount() == 2
    assert [e.sha256 for e in session.case.evidence] == [helpers.sha256(p) for p in good]
    for row in range(2):
        icon = tab.model.data(tab.model.index(row), Qt.ItemDataRole.DecorationRole)
        assert not icon.isNull()
    assert tab.problems.count() == 1
    assert tab.problems.item(0).text().startswith("notes.png: ")
    assert tab.problems.isVisibleTo(tab)


def test_dropping_the_same_file_twice_adds_it_once(tab, session, tmp_path):
    image = helpers.png(tmp_path / "a.png")
    drop(tab, [image])
    drop(tab, [image])
    assert len(session.case.evidence) == 1


def test_paste_clipboard_image_with_ctrl_v(tab, session, qtbot):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    tab.next_kind.set_value(EvidenceKind.CHAT_LOG.value)
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(session.case.evidence) == 1
    item = session.case.evidence[0]
    assert item.kind == EvidenceKind.CHAT_LOG
    assert item.original_name.endswith(".png")
    stored = session.workspace.evidence_file(item.sha256)
    assert (stored.format, stored.width, stored.height) == ("PNG", 64, 48)


def test_editor_changes_are_saved(tab, session, tmp_path, qtbot):
    drop(tab, [helpers.png(tmp_path / "a.png")])
    tab.view.setCurrentIndex(tab.model.index(0))
    tab.editor.caption.setText("订单页显示已发货")
    tab.editor.caption.editingFinished.emit()
    tab.editor.kind.set_value(EvidenceKind.ORDER_SCREENSHOT.value)
    stored = session.workspace.case(session.case_id).evidence[0]
    assert stored.caption == "订单页显示已发货"
    assert stored.kind == EvidenceKind.ORDER_SCREENSHOT
    assert tab.selected_id() == stored.id  # the selection survives the reload


def test_who_captured_it_and_on_which_device_are_saved(tab, session, tmp_path):
    drop(tab, [helpers.png(tmp_path / "a.png")])
    tab.view.setCurrentIndex(tab.model.index(0))
    tab.editor.captured_by.setText("李四（志愿者）")
    tab.editor.captured_by.editingFinished.emit()
    tab.editor.device.setText("华为 P40")
    tab.editor.device.editingFinished.emit()
    stored = session.workspace.case(session.case_id).evidence[0]
    assert (stored.captured_by, stored.device, stored.extra) == ("李四（志愿者）", "华为 P40", {})
    tab.editor.device.setText("")
    tab.editor.device.editingFinished.emit()
    assert session.workspace.case(session.case_id).evidence[0].device == ""


def test_remove_with_undo_and_redo(tab, session, tmp_path):
    drop(tab, [helpers.png(tmp_path / "a.png"), helpers.png(tmp_path / "b.png", color=(1, 2, 3))])
    first = session.case.evidence[0]
    tab.view.setCurrentIndex(tab.model.index(0))
    tab.remove_selected()
    assert [e.id for e in session.workspace.case(session.case_id).evidence] == ["e2"]
    assert session.workspace.file_is_intact(first.sha256)  # the file stays in the vault
    tab.undo_stack.undo()
    restored = session.workspace.case(session.case_id).evidence
    assert [e.id for e in restored] == ["e1", "e2"]
    assert restored[0] == first
    tab.undo_stack.redo()
    assert tab.model.rowCount() == 1


def test_evidence_model(tab, tmp_path, qtmodeltester):
    drop(tab, [helpers.png(tmp_path / "a.png"), helpers.png(tmp_path / "b.png", color=(1, 2, 3))])
    qtmodeltester.check(tab.model)


def test_intake_in_a_worker_thread_keeps_the_window_alive(tab, session, services, qtbot, tmp_path):
    from disputekit.ui.shared.tasks import TaskRunner

    services.tasks = TaskRunner()  # the real thread pool
    tab.intake._services = services
    files = [helpers.png(tmp_path / f"{i:03d}.png", color=(i, 0, 0)) for i in range(100)]
    with qtbot.waitSignal(tab.intake.finished, timeout=60_000) as blocker:
        tab.add_paths(files)
        assert len(session.case.evidence) == 0  # returned at once; the worker is still busy
    assert len(blocker.args[0].added) == 100
    assert tab.model.rowCount() == 100


def test_cancelled_intake_stops_early(tab, session, tmp_path, monkeypatch):
    from disputekit.ui.shared.tasks import ProgressReporter

    files = [helpers.png(tmp_path / f"{i}.png", color=(i, 1, 1)) for i in range(5)]
    report = ProgressReporter.__call__

    def press_cancel_after_two(self, done, total, text=""):
        report(self, done, total, text)
        if done == 2:
            self._cancel.set()  # what the progress dialog's Cancel button does

    monkeypatch.setattr(ProgressReporter, "__call__", press_cancel_after_two)
    tab.add_paths(files)
    assert [e.original_name for e in session.case.evidence] == ["0.png", "1.png"]


def test_undo_from_the_edit_menu(main_window, services, tmp_path):
    case_id = services.store.cases.create(helpers.make_case())
    main_window.case_list.reload()
    main_window.request_case(case_id)
    main_window.show_tab("evidence")
    tab = main_window.tab("evidence")
    drop(tab, [helpers.png(tmp_path / "a.png")])
    tab.view.setCurrentIndex(tab.model.index(0))
    tab.remove_action.trigger()
    assert tab.model.rowCount() == 0
    assert main_window.commands.undo_action.isEnabled()
    main_window.commands.undo_action.trigger()
    assert tab.model.rowCount() == 1
    assert len(services.store.cases.get(case_id).evidence) == 1


def _encrypted_pdf(path: Path, user_password: str) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    with path.open("wb") as f:
        writer.write(f)
    return path


def test_encrypted_bills_in_a_batch_never_drop_the_other_files(tab, session, tmp_path):
    first = helpers.png(tmp_path / "a.png")
    owner_only = _encrypted_pdf(tmp_path / "owner-only.pdf", "")
    locked = _encrypted_pdf(tmp_path / "locked.pdf", "secret")
    last = helpers.png(tmp_path / "b.png", color=(0, 90, 200))
    drop(tab, [first, owner_only, locked, last])
    names = [e.original_name for e in session.case.evidence]
    assert names == ["a.png", "owner-only.pdf", "b.png"]
    assert tab.problems.count() == 1
    message = tab.problems.item(0).text()
    assert message.startswith("locked.pdf: ") and "密码" in message


def test_an_unforeseen_failure_refuses_one_file_only(tab, session, tmp_path, monkeypatch):
    # The vault imports the checker when it takes a file in (Pillow stays out of start-up).
    from disputekit.store.vault import image_check

    real = image_check.check_bytes

    def explode_on_c(data, path, **kw):
        if Path(path).name == "c.png":
            raise RuntimeError("decoder crashed")
        return real(data, path, **kw)

    monkeypatch.setattr(image_check, "check_bytes", explode_on_c)
    files = [
        helpers.png(tmp_path / f"{n}.png", color=(i * 40, 90, 200)) for i, n in enumerate("abc")
    ]
    drop(tab, files)
    assert [e.original_name for e in session.case.evidence] == ["a.png", "b.png"]
    assert tab.problems.count() == 1
    assert "c.png" in tab.problems.item(0).text()
    assert "decoder crashed" in tab.problems.item(0).text()


def test_a_withheld_original_is_marked_in_the_list(tab, services, session, tmp_path):
    from disputekit.store.pdf.redact_pixels import parse_box
    from disputekit.store.pdf.redaction import redact_evidence

    drop(tab, [helpers.png(tmp_path / "a.png")])
    original = session.case.evidence[0].id
    redact_evidence(services.store, session.case_id, original, [parse_box("0,0,5,5")])
    session.store_changed()
    texts = [tab.model.data(tab.model.index(row)) for row in range(tab.model.rowCount())]
    assert "不外发" in texts[0] and "不外发" not in texts[1]
    tip = tab.model.data(tab.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "打码副本" in tip


def test_the_photo_s_own_device_and_time_are_shown(tab, tmp_path):
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Xiaomi", "Xiaomi 13"
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 10:15:00"
    photo = tmp_path / "p.jpg"
    Image.new("RGB", (60, 120), "white").save(photo, "JPEG", exif=exif)
    drop(tab, [photo])
    tab.view.setCurrentIndex(tab.model.index(0))
    assert "文件自带信息：Xiaomi 13 · 2026年11月20日 10:15（设备时间）" in tab.editor.facts.text()
