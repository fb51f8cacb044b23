"""The order form: typing and saving, validation beside fields, money/date editors, guard."""

from __future__ import annotations

import importlib
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.timeutil import SHANGHAI
from disputekit.ui.cases.order_form import OrderTab

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


@pytest.fixture
def form(services, session, qtbot, dialogs):
    session.select(services.store.cases.create(helpers.make_case()))
    widget = OrderTab(services, session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(qtbot, form, path, text):
    editor = form.fields[path].editor
    editor.clear()
    helpers.type_text(qtbot, editor, text)


def test_loaded_case_is_shown_and_clean(form):
    assert form.fields["respondent.platform"].editor.text() == "星辰卡盟"
    assert form.fields["order.ordered_at"].editor.text() == "2026-11-20 10:15 (UTC+8)"
    assert not form.is_dirty()
    assert not form.save_button.isEnabled()


def test_typing_saves_every_kind_of_field(form, session, qtbot):
    type_into(qtbot, form, "complainant.name", "张三")
    type_into(qtbot, form, "order.amount_paid", "98.50")
    type_into(qtbot, form, "order.target_account.account", "QQ 12345")
    form.fields["order.status"].editor.set_value(OrderStatus.DELIVERED_NOT_CREDITED.value)
    form.fields["order.ordered_at"].editor.set_value(datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI))
    form.fields["claims.refund_amount"].editor.setText("98.5")
    form.on_behalf.setChecked(True)
    type_into(qtbot, form, "filed_by.name", "李志愿")
    assert form.is_dirty() and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = session.store.cases.get(session.case_id)
    assert case.complainant.name == "张三"
    assert case.order.amount_paid == Decimal("98.50")
    assert case.order.target_account.account == "QQ 12345"
    assert case.order.status == OrderStatus.DELIVERED_NOT_CREDITED
    assert case.order.ordered_at == datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI)
    assert case.claims.refund_amount == Decimal("98.50")
    assert case.filed_by is not None and case.filed_by.name == "李志愿"
    assert not form.is_dirty()


def commit_text(editor, text):
    """Text as a Chinese input method delivers it (full-width forms arrive as committed text)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def test_amount_field_normalises_full_width_input(form, session, qtbot):
    editor = form.fields["order.amount_paid"].editor
    editor.clear()
    commit_text(editor, "４９．５０")
    assert editor.text() == "49.50"
    assert editor.value() == Decimal("49.50")
    editor.clear()
    commit_text(editor, "１２。３")  # the IME full stop
    assert editor.text() == "12.3"
    assert not form.errors["order.amount_paid"].isVisibleTo(form)
    assert form.save()
    assert session.store.cases.get(session.case_id).order.amount_paid == Decimal("12.30")


def test_amount_field_refuses_ambiguous_input_live(form, session, qtbot):
    editor = form.fields["order.amount_paid"].editor
    error = form.errors["order.amount_paid"]
    stored = session.store.cases.get(session.case_id).order.amount_paid
    editor.clear()
    qtbot.keyClicks(editor, "49,2")
    assert editor.text() == "49,2"  # kept as typed, never turned into 492
    assert editor.value() is None
    assert error.isVisibleTo(form)  # shown while typing, before any save
    assert error.text() == "“49,2”有歧义：小数点请用“.”（如 49.20），不要用逗号"
    assert not form.save()
    assert session.store.cases.get(session.case_id).order.amount_paid == stored
    editor.setText("49.2")
    assert not error.isVisibleTo(form)
    for text, message in (
        ("12.345", "最多两位小数（分），如 98.50"),
        ("abc", "不是金额：请填写元，如 98.50"),
        ("999999999", "金额过大"),
    ):
        editor.setText(text)
        assert error.text() == message


def test_amount_field_message_follows_the_ui_language(form, qtbot, qapp):
    from disputekit.ui.shared.i18n import CHINESE, ENGLISH, install_language

    editor = form.fields["order.amount_paid"].editor
    install_language(qapp, ENGLISH)
    try:
        editor.setText("49,2")
        assert "ambiguous" in form.errors["order.amount_paid"].text()
    finally:
        install_language(qapp, CHINESE)


def test_quantity_takes_full_width_digits(form):
    spin = form.fields["order.quantity"].editor
    spin.lineEdit().selectAll()
    commit_text(spin.lineEdit(), "１２")
    assert spin.value() == 12


def test_required_fields_show_messages_beside_them(form, session, qtbot):
    form.fields["respondent.platform"].editor.clear()
    form.fields["order.order_no"].editor.clear()
    assert form.save() is False
    assert form.errors["respondent.platform"].text() == "必填"
    assert form.errors["order.order_no"].isVisibleTo(form)
    assert not form.errors["complainant.name"].isVisibleTo(form)
    assert session.store.cases.get(session.case_id).respondent.platform == "星辰卡盟"


def test_overlong_text_is_capped_or_worded_in_the_ui_language(form, session):
    # One-line fields stop at the contract's limit, so a pasted paragraph cannot be saved.
    form.fields["complainant.name"].editor.setText("张" * 250)
    assert form.fields["complainant.name"].editor.text() == "张" * 200
    # The free-text claim is not capped while typing; saving says why in Chinese.
    form.fields["claims.other"].editor.setPlainText("退" * 20_001)
    assert form.save() is False
    assert form.errors["claims.other"].text() == "最多 20000 个字"
    assert session.store.cases.get(session.case_id).claims.other != "退" * 20_001


def test_on_behalf_checkbox_reveals_filer_fields(form):
    name = form.fields["filed_by.name"].editor
    assert not name.isVisibleTo(form)
    form.on_behalf.setChecked(True)
    assert name.isVisibleTo(form)


def test_revert_drops_edits(form, qtbot):
    type_into(qtbot, form, "order.product", "别的商品")
    form.revert_button.click()
    assert form.fields["order.product"].editor.text() == "腾讯Q币 100元"
    assert not form.is_dirty()


@pytest.mark.parametrize(
    ("answer", "leaves", "saved"),
    [
        (QMessageBox.StandardButton.Save, True, "新平台"),
        (QMessageBox.StandardButton.Discard, True, "星辰卡盟"),
        (QMessageBox.StandardButton.Cancel, False, "星辰卡盟"),
    ],
)
def test_unsaved_changes_guard(form, session, dialogs, qtbot, answer, leaves, saved):
    type_into(qtbot, form, "respondent.platform", "新平台")
    dialogs.question_answer = answer
    assert session.can_leave() is leaves
    assert dialogs.messages("question") == ["订单表单有未保存的修改。"]
    assert sorted(dialogs.buttons[-1]) == sorted(["保存并继续", "放弃修改", "取消"])
    assert session.store.cases.get(session.case_id).respondent.platform == saved
    assert form.is_dirty() is (not leaves)


def test_clean_form_does_not_ask(form, session, dialogs):
    assert session.can_leave()
    assert not dialogs.calls


def test_the_shop_s_published_address_is_saved_for_the_jurisdiction(form, session, qtbot):
    from disputekit.domain.legal.jurisdiction import regulator_note

    type_into(qtbot, form, "respondent.shop_address", "广州市天河区某路3号")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = session.store.cases.get(session.case_id)
    assert case.respondent.extra["shop_address"] == "广州市天河区某路3号"
    assert "在平台公示的地址（广州市天河区某路3号）" in regulator_note(case)


def test_ctrl_s_saves_from_any_field(form, session, qtbot):
    editor = form.fields["order.product"].editor
    type_into(qtbot, form, "order.product", "Q币 200")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    assert session.store.cases.get(session.case_id).order.product == "Q币 200"


def test_seller_help_and_regulator_line_follow_the_fields_as_typed(form, qtbot):
    help_box = form.respondent_help
    assert "国家企业信用信息公示系统" in help_box.where.text()
    assert "营业执照" in help_box.where.text()
    assert "（被投诉人地址未填写，请先查明）" in help_box.regulator.text()
    type_into(qtbot, form, "respondent.address", "浙江省杭州市某路2号")
    assert "住所地（浙江省杭州市某路2号）县级市场监督管理部门" in help_box.regulator.text()
    type_into(qtbot, form, "respondent.shop_address", "广州市天河区某路3号")
    assert "在平台公示的地址（广州市天河区某路3号）" in help_box.regulator.text()
    assert "第十三条" in help_box.regulator.text()


def test_plaintiff_identity_is_optional_and_saved_when_given(form, session, qtbot):
    from datetime import date

    from disputekit.domain.case.vocabulary import Gender

    assert form.fields["complainant.gender"].editor.value() is None
    form.fields["complainant.gender"].editor.set_value(Gender.FEMALE.value)
    type_into(qtbot, form, "complainant.birth_date", "1990-13-01")
    type_into(qtbot, form, "complainant.id_number", "11010519900101123X")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["complainant.birth_date"].isVisible()  # no such month: not saved
    type_into(qtbot, form, "complainant.birth_date", "1990-01-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    c = session.store.cases.get(session.case_id).complainant
    assert (c.gender, c.birth_date, c.id_number) == (
        Gender.FEMALE,
        date(1990, 1, 1),
        "11010519900101123X",
    )


def test_regulator_line_follows_a_language_switch(form, qtbot, qapp):
    from disputekit.ui.shared.i18n import CHINESE, ENGLISH, install_language

    help_box = form.respondent_help
    type_into(qtbot, form, "respondent.address", "浙江省杭州市某路2号")
    form.show()
    install_language(qapp, ENGLISH)
    try:
        text = help_box.regulator.text()
        assert text.startswith("Jurisdiction: ")
        assert "county-level market regulator" in text
        assert "(浙江省杭州市某路2号)" in text
        assert "《市场监督管理投诉举报处理办法》第十三条" in text
    finally:
        install_language(qapp, CHINESE)
    assert "住所地（浙江省杭州市某路2号）县级市场监督管理部门" in help_box.regulator.text()


def test_each_editor_shows_what_it_takes(form):
    # An empty date field shows the format it takes; other text fields show nothing.
    assert form.fields["complainant.birth_date"].editor.placeholderText() == "YYYY-MM-DD"
    assert form.fields["complainant.email"].editor.placeholderText() == ""
    assert form.fields["complainant.id_number"].editor.maxLength() == 18


def test_share_consent_is_a_tick_box_saved_with_the_case(form, session, qtbot):
    box = form.fields["complainant.share_consent"].editor
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # a tick box without a text: toggled by the keyboard
    assert box.isChecked() and form.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert session.store.cases.get(session.case_id).complainant.share_consent is True
