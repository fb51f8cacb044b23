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
    assert form.fields["order.ordered_at"].editor.edit.text() == "2026-11-20 10:15 (UTC+8)"
    assert not form.is_dirty()
    assert not form.save_button.isEnabled()


def test_typing_saves_every_kind_of_field(form, session, qtbot):
    type_into(qtbot, form, "complainant.name", "张三")
    type_into(qtbot, form, "order.amount_paid", "98.50")
    type_into(qtbot, form, "order.target_account.account", "QQ 12345")
    form.fields["order.status"].editor.set_value(OrderStatus.DELIVERED_NOT_CREDITED.value)
    form.fields["order.ordered_at"].editor.set_value(
        datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI), datetime.now(SHANGHAI)
    )
    form.fields["claims.refund_amount"].editor.setText("98.5")
    form.on_behalf.setChecked(True)
    type_into(qtbot, form, "filed_by.name", "李志愿")
    assert form.is_dirty() and form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = session.workspace.case(session.case_id)
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
    assert session.workspace.case(session.case_id).order.amount_paid == Decimal("12.30")


def test_amount_field_refuses_ambiguous_input_live(form, session, qtbot):
    editor = form.fields["order.amount_paid"].editor
    error = form.errors["order.amount_paid"]
    stored = session.workspace.case(session.case_id).order.amount_paid
    editor.clear()
    qtbot.keyClicks(editor, "49,2")
    assert editor.text() == "49,2"  # kept as typed, never turned into 492
    assert editor.value() is None
    assert error.isVisibleTo(form)  # shown while typing, before any save
    assert error.text() == "“49,2”有歧义：小数点请用“.”（如 49.20），不要用逗号"
    assert not form.save()
    assert session.workspace.case(session.case_id).order.amount_paid == stored
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
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

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


def test_a_draft_saves_without_order_number_platform_or_order_time(form, session):
    # Only the packets need them (their pre-check names them); OCR or a bill fills them later.
    form.fields["respondent.platform"].editor.clear()
    form.fields["order.order_no"].editor.clear()
    form.fields["order.ordered_at"].editor.known.setChecked(False)
    assert form.save() is True, form.general_error.text()
    case = session.workspace.case(session.case_id)
    assert (case.respondent.platform, case.order.order_no) == ("", "")
    assert case.order.ordered_at is None
    assert not any(label.isVisibleTo(form) for label in form.errors.labels.values())


def test_a_failed_save_scrolls_to_the_error_and_names_it_in_the_status_bar(
    services, main_window, qtbot
):
    window = main_window
    window.resize(1366, 705)
    window.request_case(services.store.cases.create(helpers.make_case()))
    window.show_tab("order")
    form = window.tab("order")
    form.scroll_area.verticalScrollBar().setValue(0)
    form.fields["claims.other"].editor.setPlainText("退" * 20_001)
    assert form.save() is False
    error = form.errors["claims.other"]
    assert error.text() == "最多 20000 个字"
    # The error line is inside the visible part of the scroll area.
    viewport = form.scroll_area.viewport()
    top = error.mapTo(viewport, error.rect().topLeft()).y()
    assert top >= 0 and top + error.height() <= viewport.height()
    assert form.fields["claims.other"].editor.hasFocus() or QApplication_focus_in(form)
    assert window.statusBar().currentMessage() == "未保存：其他要求（按原话列出） – 最多 20000 个字"


def QApplication_focus_in(form) -> bool:
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    return focus is not None and form.fields["claims.other"].editor.isAncestorOf(focus)


def test_new_case_starts_with_amount_and_order_time_empty(services, session, qtbot, dialogs):
    from disputekit.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.commands.new_case()
    form = window.tab("order")
    assert form.fields["order.amount_paid"].editor.text() == ""
    assert form.fields["order.ordered_at"].editor.value() is None
    case = services.store.cases.get(window.session.case_id)
    assert case.order.ordered_at is None and case.order.amount_paid == 0
    helpers.type_text(qtbot, form.fields["complainant.name"].editor, "张三")
    assert form.save() is True, form.general_error.text()
    case = services.store.cases.get(window.session.case_id)
    assert case.order.ordered_at is None and case.order.amount_paid == 0
    assert form.fields["order.amount_paid"].editor.text() == ""


def test_the_credit_code_is_checked_as_typed(form, qtbot, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    editor = form.fields["respondent.credit_code"].editor
    error = form.errors["respondent.credit_code"]
    editor.clear()
    helpers.type_text(qtbot, editor, "91330106MA2B3C4D")
    assert error.isVisibleTo(form) and error.text() == "统一社会信用代码应为18位，现为16位"
    editor.setText("91330106MA2B3C4D5E")
    assert error.text() == "校验位不符（按前17位应为 D），可能有字符输错，请核对"
    editor.setText("91330106MA2B3C4D5I")
    assert "I" in error.text() and "不用" in error.text()
    editor.setText("91440300708461136T")  # a real code: its check character matches
    assert not error.isVisibleTo(form)
    editor.setText("9144030070846113")
    assert form.save() is True  # stored as typed; the packets refuse it, the error stays
    assert error.text() == "统一社会信用代码应为18位，现为16位"
    install_language(qapp, ENGLISH)
    try:
        editor.setText("9144030070846113X")
        assert error.text() == "A unified social credit code has 18 characters, this one 17"
    finally:
        install_language(qapp, CHINESE)


def test_overlong_text_is_capped_or_worded_in_the_ui_language(form, session):
    # One-line fields stop at the contract's limit, so a pasted paragraph cannot be saved.
    form.fields["complainant.name"].editor.setText("张" * 250)
    assert form.fields["complainant.name"].editor.text() == "张" * 200
    # The free-text claim is not capped while typing; saving says why in Chinese.
    form.fields["claims.other"].editor.setPlainText("退" * 20_001)
    assert form.save() is False
    assert form.errors["claims.other"].text() == "最多 20000 个字"
    assert session.workspace.case(session.case_id).claims.other != "退" * 20_001


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
    assert session.workspace.case(session.case_id).respondent.platform == saved
    assert form.is_dirty() is (not leaves)


def test_clean_form_does_not_ask(form, session, dialogs):
    assert session.can_leave()
    assert not dialogs.calls


def test_the_shop_s_published_address_is_saved_for_the_jurisdiction(form, session, qtbot):
    from disputekit.domain.legal.jurisdiction import regulator_note

    type_into(qtbot, form, "respondent.shop_address", "广州市天河区某路3号")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = session.workspace.case(session.case_id)
    assert case.respondent.shop_address == "广州市天河区某路3号"
    assert "在平台公示的地址（广州市天河区某路3号）" in regulator_note(case)


def test_ctrl_s_saves_from_any_field(form, session, qtbot):
    editor = form.fields["order.product"].editor
    type_into(qtbot, form, "order.product", "Q币 200")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    assert session.workspace.case(session.case_id).order.product == "Q币 200"


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
    c = session.workspace.case(session.case_id).complainant
    assert (c.gender, c.birth_date, c.id_number) == (
        Gender.FEMALE,
        date(1990, 1, 1),
        "11010519900101123X",
    )


def test_regulator_line_follows_a_language_switch(form, qtbot, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

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


def test_parties_and_claims_for_court_and_minors_are_typed_and_saved(form, session, qtbot):
    from disputekit.domain.case.vocabulary import CourtBasis, GuardianRelation

    for path, text in (
        ("complainant.ethnicity", "汉族"),
        ("complainant.occupation", "学生"),
        ("complainant.employer", "某市第一中学"),
        ("complainant.guardian.name", "王大山"),
        ("complainant.guardian.phone", "13700000000"),
        ("respondent.legal_rep.name", "赵某"),
        ("respondent.legal_rep.title", "执行董事"),
        ("respondent.platform_address", "浙江省杭州市余杭区文一西路969号"),
    ):
        type_into(qtbot, form, path, text)
    form.fields["complainant.guardian.relation"].editor.set_value("other_guardian")
    form.fields["claims.court_at"].editor.set_value("buyer")
    form.fields["claims.fraud_damages"].editor.setChecked(True)
    form.on_behalf.setChecked(True)
    type_into(qtbot, form, "filed_by.name", "李推荐")
    form.fields["filed_by.relation"].editor.set_value("recommended")
    type_into(qtbot, form, "filed_by.recommended_by", "文三路社区居委会")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = session.workspace.case(session.case_id)
    c, r = case.complainant, case.respondent
    assert (c.ethnicity, c.occupation, c.employer) == ("汉族", "学生", "某市第一中学")
    assert c.guardian is not None and c.guardian.name == "王大山"
    assert c.guardian.relation is GuardianRelation.OTHER_GUARDIAN
    assert r.legal_rep is not None and (r.legal_rep.name, r.legal_rep.title) == ("赵某", "执行董事")
    assert r.platform_address == "浙江省杭州市余杭区文一西路969号"
    assert case.claims.fraud_damages and not case.claims.void_purchase
    assert case.claims.court_at is CourtBasis.BUYER
    assert case.filed_by is not None and case.filed_by.recommended_by == "文三路社区居委会"
    assert not form.is_dirty()


def test_untouched_guardian_and_legal_rep_stay_absent(form, session, qtbot):
    type_into(qtbot, form, "complainant.name", "张三")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = session.workspace.case(session.case_id)
    assert case.complainant.name == "张三"
    assert case.complainant.guardian is None and case.respondent.legal_rep is None


def test_fields_a_buyer_cannot_act_on_carry_one_line_of_help(form, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    for path in ("order.instant_delivery", "order.flash_sale"):
        assert form.helps[path].isVisibleTo(form)
        assert form.helps[path].text()
    assert "自动发货" in form.helps["order.instant_delivery"].text()
    assert "秒杀" in form.helps["order.flash_sale"].text()
    install_language(qapp, ENGLISH)
    try:
        assert form.helps["order.flash_sale"].text().startswith("Tick if bought in a flash")
    finally:
        install_language(qapp, CHINESE)


def test_the_capture_fields_and_the_resolution_carry_help(services, session, qtbot):
    from disputekit.ui.evidence.evidence_editor import EvidenceEditor
    from disputekit.ui.packet.packet_options import BudgetBox

    editor = EvidenceEditor(services.now())
    qtbot.addWidget(editor)
    assert "取证人和设备" in editor.capture_help.text()
    budget = BudgetBox(services.workspace.packet_defaults())
    qtbot.addWidget(budget)
    assert "分辨率" in budget.dpi_help.text()


@pytest.fixture
def app_fonts(qapp):
    """The bundled CJK font registered as the app does at start-up (its metrics are what the
    form must fit), the app font put back afterwards."""
    from disputekit.ui.shared.language.fonts import register_fonts

    before = qapp.font()
    assert register_fonts(qapp) is not None
    yield
    qapp.setFont(before)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_problem_is_above_the_fold_at_1366x768(
    language, app_fonts, services, main_window, qtbot, qapp
):
    from disputekit.ui.shared.language.i18n import CHINESE, install_language

    install_language(qapp, language)
    try:
        _problem_above_the_fold(services, main_window, qtbot)
    finally:
        install_language(qapp, CHINESE)


def _problem_above_the_fold(services, main_window, qtbot):
    from disputekit.domain.deadlines.deadline_attention import DueCounts
    from disputekit.ui.deadlines.reminders import counts_text

    window = main_window
    window.resize(1366, 705)  # what a maximised window gets on a 1366×768 laptop
    # With the deadline banner up, as at a start-up with deadlines due.
    window.show_banner(counts_text(DueCounts(due_soon=1, platform_overdue=2)), "warning")
    window.request_case(services.store.cases.create(helpers.make_case()))
    window.show_tab("order")
    form = window.tab("order")
    qtbot.waitUntil(lambda: form.scroll_area.viewport().height() > 0)
    form.scroll_area.verticalScrollBar().setValue(0)
    viewport = form.scroll_area.viewport()
    editor = form.fields["problem"].editor
    bottom = editor.mapTo(viewport, editor.rect().bottomLeft()).y()
    assert 0 < bottom <= viewport.height()


def test_typed_edits_come_back_after_a_crash(services, session, qtbot, tmp_path):
    from disputekit.ui.shared.services import Services, settings_at

    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    form = OrderTab(services, session)
    qtbot.addWidget(form)
    helpers.type_text(qtbot, form.fields["complainant.name"].editor, "张三")
    form.fields["order.amount_paid"].editor.setText("98.50")
    key = f"unsaved_order_form/case-{case_id}"
    qtbot.waitUntil(lambda: services.settings.value(key) is not None)
    # The process dies here: nothing was saved. A new one reads the settings file afresh.
    assert services.store.cases.get(case_id).complainant.name == ""
    again = Services(
        store=services.store,
        clock=services.clock,
        tasks=services.tasks,
        settings=settings_at(tmp_path / "settings.ini"),
    )
    from disputekit.ui.shared.session import CaseSession

    new_session = CaseSession(services.workspace)
    new_session.select(case_id)
    recovered = OrderTab(again, new_session)
    qtbot.addWidget(recovered)
    assert recovered.fields["complainant.name"].editor.text() == "张三"
    assert recovered.fields["order.amount_paid"].editor.text() == "98.50"
    assert recovered.is_dirty() and recovered.save_button.isEnabled()
    assert recovered.state_label.text() == "已恢复上次未保存的修改"
    assert recovered.save() is True
    assert services.store.cases.get(case_id).complainant.name == "张三"
    assert again.settings.value(key) is None


def test_share_consent_is_a_tick_box_saved_with_the_case(form, session, qtbot):
    box = form.fields["complainant.share_consent"].editor
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # a tick box without a text: toggled by the keyboard
    assert box.isChecked() and form.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert session.workspace.case(session.case_id).complainant.share_consent is True
