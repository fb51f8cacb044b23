"""The evidence editor's 来源: known codes shown and picked by their label, free text typed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disputekit.domain.case.vocabulary import EvidenceKind, EvidenceSource
from disputekit.ui.evidence.evidence_tab import EvidenceTab
from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


@pytest.fixture
def tab(services, session, qtbot, dialogs, tmp_path):
    """The evidence tab of a case holding one picture whose source is `official_export`, as
    a bill import records it."""
    case = helpers.make_case()
    case_id = services.store.cases.create(case)
    session.select(case_id)
    widget = EvidenceTab(services, session)
    qtbot.addWidget(widget)
    widget.show()
    bill = helpers.png(tmp_path / "bill.png")
    widget.intake.add_files([bill], EvidenceKind.PAYMENT_RECORD, "official_export")
    widget.view.setCurrentIndex(widget.model.index(0))
    return widget


def stored_source(session) -> str:
    return session.workspace.case(session.case_id).evidence[0].source


def pick(qtbot, combo, label: str) -> None:
    """Open the drop-down and click the entry showing `label`."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(combo.findText(label), 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())


def test_an_official_export_shows_its_label_in_the_ui_language(tab, qapp):
    source = tab.editor.source
    assert source.currentText() == "支付机构官方导出的账单（原始文件）"
    assert source.itemText(0) == "支付机构官方导出的账单（原始文件）"
    install_language(qapp, ENGLISH)
    try:
        assert source.currentText() == "Official bill export (original file)"
        # every code, in the enum's order, in the UI's language
        assert [source.itemText(i) for i in range(source.count())] == [
            s.label("en") for s in EvidenceSource
        ]
    finally:
        install_language(qapp, CHINESE)
    assert source.currentText() == "支付机构官方导出的账单（原始文件）"
    assert source.lineEdit().placeholderText() == "例如：微信截图、支付宝账单导出"


# The offscreen platform cannot raise the drop-down or give it the keyboard; it still works.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_picking_an_entry_stores_its_code_and_undo_restores_the_previous_one(tab, session, qtbot):
    source = tab.editor.source
    pick(qtbot, source, "截图")
    assert stored_source(session) == "screenshot"
    assert source.currentText() == "截图"  # the reloaded item shows the label, not the code
    tab.undo_stack.undo()
    assert stored_source(session) == "official_export"
    assert tab.editor.source.currentText() == "支付机构官方导出的账单（原始文件）"
    tab.undo_stack.redo()
    assert stored_source(session) == "screenshot"


def test_typed_free_text_is_stored_as_typed(tab, session, qtbot):
    source = tab.editor.source
    helpers.type_text(qtbot, source.lineEdit(), "  微信聊天记录截图 ")
    qtbot.keyClick(source.lineEdit(), Qt.Key.Key_Return)
    assert stored_source(session) == "微信聊天记录截图"
    assert source.currentText() == "微信聊天记录截图"
    assert source.count() == len(EvidenceSource)  # Enter does not add the typed text
    tab.undo_stack.undo()
    assert stored_source(session) == "official_export"


def test_typing_a_label_stores_its_code_and_editing_elsewhere_keeps_the_code(tab, session, qtbot):
    source = tab.editor.source
    helpers.type_text(qtbot, source.lineEdit(), "Photo")
    tab.editor.caption.setFocus()  # leaving the field is enough
    qtbot.waitUntil(lambda: stored_source(session) == "photo")
    assert source.currentText() == "拍照"
    tab.editor.caption.setText("收银小票")
    tab.editor.caption.editingFinished.emit()
    assert stored_source(session) == "photo"


def test_free_text_that_reads_like_a_label_is_kept_until_the_user_changes_it(tab, session):
    stored = session.workspace.case(session.case_id)
    stored.evidence[0].source = "截图"
    session.workspace.save_case(session.case_id, stored)
    session.store_changed()
    assert tab.editor.source.currentText() == "截图"
    tab.editor.caption.setText("订单页")
    tab.editor.caption.editingFinished.emit()
    assert stored_source(session) == "截图"
