"""The traps a buyer met, each closed: an unsaved edit never reaches another view, the filer is
saved with the case, an empty 新建案件 draft leaves no litter, and a re-import is recognised."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.store.bundles.bundle import export_bundle

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def complete_case(platform: str = "星辰卡盟", order_no: str = "KM2026112000123"):
    case = helpers.make_case(platform, order_no)
    case.complainant.name, case.complainant.phone = "王喆", "13800000000"
    case.complainant.address = "北京市朝阳区某路1号"
    case.respondent.company = "某某网络科技有限公司"
    case.claims.other = "退款"
    return case


def test_unsaved_address_is_saved_before_the_packet_tab_reads_the_case(
    main_window, services, dialogs, qtbot
):
    case_id = services.store.cases.create(complete_case())
    main_window.request_case(case_id)
    main_window.show_tab("packet")
    packet = main_window.tab("packet")
    packet.set_kind(PacketKind.COMPLAINT_12315)
    assert any("缺少被投诉人地址" in b.message_zh for b in packet.blockers.blockers)
    main_window.show_tab("order")
    form = main_window.tab("order")
    helpers.type_text(qtbot, form.fields["respondent.address"].editor, "浙江省杭州市某路2号")

    # 取消: the user stays with the edits; the packet tab is not shown.
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    main_window.show_tab("packet")
    assert main_window.current_tab_key() == "order"
    assert form.is_dirty()
    assert dialogs.messages("question") == ["订单表单有未保存的修改。"]

    # 保存并继续: the packet tab checks the address as typed.
    dialogs.question_answer = QMessageBox.StandardButton.Save
    main_window.show_tab("packet")
    assert main_window.current_tab_key() == "packet"
    assert services.store.cases.get(case_id).respondent.address == "浙江省杭州市某路2号"
    assert not any("被投诉人地址" in b.message_zh for b in packet.blockers.blockers)


def test_discarded_edit_is_gone_before_another_tab_reads_the_case(
    main_window, services, dialogs, qtbot
):
    case_id = services.store.cases.create(complete_case())
    main_window.request_case(case_id)
    form = main_window.tab("order")
    helpers.type_text(qtbot, form.fields["respondent.address"].editor, "某地址")
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    main_window.show_tab("advice")
    assert main_window.current_tab_key() == "advice"
    assert form.fields["respondent.address"].editor.text() == ""
    assert not form.is_dirty()


def test_filer_is_saved_with_the_case(main_window, services, dialogs, qtbot):
    services.store.settings.set("default_complainant", {"name": "李志愿", "phone": "139"})
    case_id = services.store.cases.create(complete_case())
    main_window.request_case(case_id)
    form = main_window.tab("order")
    form.on_behalf.setChecked(True)
    # The volunteer's own details are offered, and editable.
    assert form.fields["filed_by.name"].editor.text() == "李志愿"
    helpers.type_text(qtbot, form.fields["filed_by.phone"].editor, "13900000000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = services.store.cases.get(case_id).filed_by
    assert stored is not None
    assert (stored.name, stored.phone) == ("李志愿", "13900000000")
    main_window.show_tab("packet")
    packet = main_window.tab("packet")
    assert packet.filer_label.text() == "由李志愿代为投诉（材料附授权委托书）。"
    assert not hasattr(packet, "filer")  # no second place to edit it, no separate button
    # Unticking and saving removes it from the case.
    main_window.show_tab("order")
    form.on_behalf.setChecked(False)
    assert form.save()
    assert services.store.cases.get(case_id).filed_by is None


def test_packet_jump_puts_the_cursor_in_the_filer_field(main_window, services, qtbot):
    case = complete_case()
    case.respondent.address = "浙江省杭州市某路2号"
    from disputekit.domain.case.model import FiledBy

    case.filed_by = FiledBy(name="李志愿")
    main_window.request_case(services.store.cases.create(case))
    main_window.show_tab("packet")
    packet = main_window.tab("packet")
    packet.set_kind(PacketKind.COMPLAINT_12315)
    paths = [b.field_path for b in packet.blockers.blockers]
    _tab, button = packet.blockers.fix_buttons[paths.index("filed_by.phone")]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert main_window.current_tab_key() == "order"
    phone = main_window.tab("order").fields["filed_by.phone"].editor
    qtbot.waitUntil(phone.hasFocus)


def test_empty_draft_disappears_when_left(main_window, services, dialogs, qtbot):
    other = services.store.cases.create(helpers.make_case("一号卡盟", "N1"))
    main_window.case_list.reload()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    draft = main_window.session.case_id
    assert draft is not None and draft != other
    model = main_window.case_list.model
    assert model.index(model.row_of(draft), 0).data() == "（新案件草稿）"
    main_window.request_case(other)
    assert services.store.cases.ids() == [other]
    assert main_window.case_list.model.row_of(draft) is None


def test_draft_that_was_filled_in_is_kept(main_window, services, dialogs, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    draft = main_window.session.case_id
    form = main_window.tab("order")
    helpers.type_text(qtbot, form.fields["respondent.platform"].editor, "极光卡盟")
    helpers.type_text(qtbot, form.fields["order.order_no"].editor, "JG1")
    dialogs.question_answer = QMessageBox.StandardButton.Save
    assert main_window.close()
    assert services.store.cases.ids() == [draft]
    assert services.store.cases.get(draft).respondent.platform == "极光卡盟"


def test_empty_draft_is_dropped_on_close_and_by_a_second_new_case(
    main_window, services, dialogs, qtbot
):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = main_window.session.case_id
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    second = main_window.session.case_id
    assert first is not None and services.store.cases.ids() == [second]
    assert services.store.cases.count() == 1
    # Typed but discarded: still empty, still dropped.
    helpers.type_text(qtbot, main_window.tab("order").fields["order.product"].editor, "x")
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    assert main_window.close()
    assert services.store.cases.ids() == []


def _bundle_of_stored_case(services, tmp_path):
    case_id = services.store.cases.create(helpers.make_case("导入卡盟", "IMP1"))
    stored = services.store.vault.add_file(helpers.png(tmp_path / "shot.png"))
    services.store.cases.add_evidence(case_id, stored)
    return case_id, export_bundle(services.store, case_id, tmp_path / "case.zip")


def test_reimport_says_already_stored_and_skips(main_window, services, dialogs, tmp_path):
    case_id, bundle = _bundle_of_stored_case(services, tmp_path)
    dialogs.open_file = str(bundle)
    dialogs.question_answer = QMessageBox.StandardButton.No
    main_window.commands.import_action.trigger()
    assert dialogs.messages("question") == [f"已存在为案件 {case_id}。"]
    assert sorted(dialogs.buttons[-1]) == sorted(["跳过", f"更新案件 {case_id}", "导入为副本"])
    assert services.store.cases.ids() == [case_id]
    assert main_window.session.case_id == case_id
    assert main_window.banner.label.text() == f"已跳过 case.zip：已存在为案件 {case_id}。"


def test_reimport_can_update_the_stored_case(main_window, services, dialogs, tmp_path):
    case_id, bundle = _bundle_of_stored_case(services, tmp_path)
    case = services.store.cases.get(case_id)
    case.order.product = "本地改过的商品"
    services.store.cases.save(case_id, case)
    dialogs.open_file = str(bundle)
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    main_window.commands.import_action.trigger()
    assert services.store.cases.ids() == [case_id]
    assert services.store.cases.get(case_id).order.product == "腾讯Q币 100元"
    assert main_window.tab("order").fields["order.product"].editor.text() == "腾讯Q币 100元"


def test_reimport_as_a_copy_on_request(main_window, services, dialogs, tmp_path):
    _stored, bundle = _bundle_of_stored_case(services, tmp_path)
    dialogs.open_file = str(bundle)
    dialogs.question_answer = QMessageBox.StandardButton.Ignore
    main_window.commands.import_action.trigger()
    ids = services.store.cases.ids()
    assert len(ids) == 2 and main_window.session.case_id == ids[1]
    assert services.store.cases.get(ids[1]).order.order_no == "IMP1"


def test_caption_being_typed_reaches_the_packet_tab(main_window, services, tmp_path, qtbot):
    case_id = services.store.cases.create(complete_case())
    stored = services.store.vault.add_file(helpers.png(tmp_path / "shot.png"))
    services.store.cases.add_evidence(case_id, stored)
    main_window.request_case(case_id)
    main_window.show_tab("evidence")
    evidence = main_window.tab("evidence")
    evidence.view.setCurrentIndex(evidence.model.index(0, 0))
    evidence.editor.proves.setFocus()
    evidence.editor.proves.setPlainText("付款 98.50 元")  # still typing: no focus change yet
    main_window.show_tab("packet")
    assert services.store.cases.get(case_id).evidence[0].proves == "付款 98.50 元"
    packet = main_window.tab("packet")
    assert not any("证明目的" in w for w in packet.blockers.warnings)
    # 撤销 takes the committed caption back, as for any evidence edit.
    main_window.show_tab("evidence")
    evidence.undo_stack.undo()
    assert services.store.cases.get(case_id).evidence[0].proves == ""


def test_event_dialog_asks_before_dropping_edits(services, dialogs, qtbot):
    from datetime import datetime

    from PySide6.QtWidgets import QDialog

    from disputekit.domain.case.model import Event
    from disputekit.domain.case.vocabulary import EventKind
    from disputekit.timeutil import SHANGHAI
    from disputekit.ui.timeline.event_dialog import EventDialog

    case = complete_case()
    event = Event("ev1", datetime(2026, 11, 20, 10, 15, tzinfo=SHANGHAI), EventKind.CS_CONTACTED)
    case.events.append(event)
    dialog = EventDialog(case, event)
    qtbot.addWidget(dialog)
    dialog.reject()  # nothing edited: closes without a question
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialogs.calls

    dialog = EventDialog(case, event)
    qtbot.addWidget(dialog)
    dialog.note_edit.setPlainText("客服说请稍等")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    dialog.reject()  # Esc with an edit: asked, and 取消 keeps the dialog open
    assert dialogs.messages("question") == ["这条事件记录有未保存的修改。"]
    assert dialog.result() == 0 and dialog.note_edit.toPlainText() == "客服说请稍等"
    dialogs.question_answer = QMessageBox.StandardButton.Save
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_event().note == "客服说请稍等"
