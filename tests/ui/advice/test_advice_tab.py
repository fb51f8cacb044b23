"""建议 tab: follows the case, copies the CS message, and jumps to the evidence tab."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from disputekit.domain.case.model import Case, Complainant, Event, Order, Respondent
from disputekit.domain.case.vocabulary import (
    Channel,
    EventKind,
    EvidenceKind,
    OrderStatus,
    PaymentMethod,
    Problem,
)
from disputekit.ui.advice.advice_tab import AdviceTab
from tests.domain.factories import at


def not_credited_case() -> Case:
    return Case(
        complainant=Complainant("张三", "13800000000", "北京市朝阳区某路1号"),
        respondent=Respondent(platform="某某卡盟", company="某某网络科技有限公司", address="杭州"),
        order=Order(
            order_no="KM2026112000123",
            product="腾讯Q币 100元",
            amount_paid=Decimal("98.50"),
            payment_method=PaymentMethod.ALIPAY,
            ordered_at=at(2026, 11, 24, 10, 15),
            status=OrderStatus.DELIVERED_NOT_CREDITED,
            instant_delivery=True,
        ),
        problem=Problem.NOT_RECEIVED,
        events=[Event("ev1", at(2026, 11, 24, 10, 40), EventKind.CS_CONTACTED)],
    )


@pytest.fixture
def tab(services, session, qtbot):
    case_id = services.store.cases.create(not_credited_case())
    session.select(case_id)
    widget = AdviceTab(services, session)
    qtbot.addWidget(widget)
    return widget


def test_guidance_changes_when_an_event_is_added(tab, session, qtbot):
    assert tab.advice.channel is Channel.CUSTOMER_SERVICE
    assert Channel.CUSTOMER_SERVICE.zh in tab.channel_label.text()
    before = tab.steps_label.text()
    refused = Event(session.case.new_event_id(), at(2026, 11, 25, 9, 0), EventKind.CS_REFUSED)
    case = dataclasses.replace(session.case, events=[*session.case.events, refused])
    with qtbot.waitSignal(session.case_changed):
        session.save(case)
    assert tab.advice.channel is Channel.PLATFORM_APPEAL
    assert Channel.PLATFORM_APPEAL.zh in tab.channel_label.text()
    assert tab.steps_label.text() != before
    assert "发货凭证" in tab.steps_label.text()


def test_copy_button_puts_the_cs_message_on_the_clipboard(tab, qtbot):
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == tab.advice.message
    assert "KM2026112000123" in text


def test_missing_evidence_item_asks_for_that_kind_on_the_evidence_tab(tab, session, qtbot):
    assert EvidenceKind.ORDER_SCREENSHOT in tab.evidence_buttons
    asked: list[str] = []
    session.request_tab.connect(asked.append)
    with qtbot.waitSignal(session.request_evidence_kind) as kind_signal:
        qtbot.mouseClick(
            tab.evidence_buttons[EvidenceKind.ORDER_SCREENSHOT], Qt.MouseButton.LeftButton
        )
    assert kind_signal.args == ["order_screenshot"]
    assert asked == ["evidence"]


def test_no_case_shows_the_placeholder_only(tab, session):
    session.select(None)
    assert tab.advice is None
    assert not tab.placeholder.isHidden()
    assert tab.channel_label.isHidden()


def test_case_tabs_follow_a_language_switch(main_window, services, qapp):
    from disputekit.domain.case.vocabulary import EventKind as Kind
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    main_window.request_case(services.store.cases.create(not_credited_case()))
    advice, timeline = main_window.tab("advice"), main_window.tab("timeline")
    titles = [main_window.tabs.tabText(main_window.tab_keys.index(k)) for k in ("advice", "packet")]
    assert titles == ["建议", "材料"]
    assert advice.copy_button.text() == "复制消息"
    assert timeline.quick_buttons[Kind.CS_CONTACTED].text() == "我已联系客服"
    assert advice.channel_label.text() == "现在该做：联系平台客服"
    install_language(qapp, ENGLISH)
    assert advice.copy_button.text() == "Copy message"
    assert advice.channel_label.text() == "Now: Platform customer service"
    assert timeline.quick_buttons[Kind.CS_CONTACTED].text() == "I contacted customer service"
    assert main_window.tab("packet").generate_button.text() == "Generate packet"
    assert main_window.tabs.tabText(main_window.tab_keys.index("deadlines")) == "Deadlines"
    install_language(qapp, CHINESE)
    assert advice.copy_button.text() == "复制消息"


def test_a_phone_another_complainant_uses_is_warned_about(services, session, qtbot):
    mine = services.store.cases.create(not_credited_case())
    other = not_credited_case()
    other.complainant = Complainant("李四", "138 0000 0000", "上海市某路2号")
    other_id = services.store.cases.create(other)
    session.select(mine)
    widget = AdviceTab(services, session)
    qtbot.addWidget(widget)
    warning = next(w for w in widget.advice.warnings if "第十七条（四）" in w)
    assert f"案件#{other_id}（李四）" in warning
    assert f"案件#{other_id}" in widget.warnings_label.text()
    # The whole sentence, to its end.
    assert warning.endswith("不要把自己的联系方式填为投诉人的联系方式。")
    assert "不要把自己的联系方式填为投诉人的联系方式。" in widget.warnings_label.text()


def test_advice_offers_the_packet_of_each_channel_it_names(tab, session, services, qtbot):
    from disputekit.domain.case.vocabulary import PacketKind
    from disputekit.ui.packet.packet_tab import PacketBuilderTab

    packets = PacketBuilderTab(services, session)
    qtbot.addWidget(packets)
    # Customer service now; the ladder goes on to appeal, 12315, 消协 and the court.
    assert set(tab.packet_buttons) >= {PacketKind.CONSUMER_ASSOCIATION, PacketKind.CIVIL_COMPLAINT}
    with qtbot.waitSignal(session.request_tab) as jumped:
        qtbot.mouseClick(tab.packet_buttons[PacketKind.CIVIL_COMPLAINT], Qt.MouseButton.LeftButton)
    assert jumped.args == ["packet"]
    assert packets.kind() is PacketKind.CIVIL_COMPLAINT
    assert "民事起诉状" in tab.packet_buttons[PacketKind.CIVIL_COMPLAINT].text()


def test_english_ui_shows_english_advice_and_keeps_the_message_chinese(main_window, services, qapp):
    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    main_window.request_case(services.store.cases.create(not_credited_case()))
    advice = main_window.tab("advice")
    message = advice.message_edit.toPlainText()
    assert advice.reason_label.text().startswith("平台显示已发货但商品未到账")
    assert "全程截图保存与客服的聊天记录" in advice.steps_label.text()
    assert "不构成法律意见" in advice.warnings_label.text()
    install_language(qapp, ENGLISH)
    try:
        assert advice.reason_label.text() == (
            "The platform shows the order as delivered but nothing arrived; you cannot cancel "
            "yourself, so customer service must review it by hand (usually 1–24 hours)"
        )
        steps = advice.steps_label.text()
        assert "Keep screenshots of the whole chat with customer service" in steps
        assert "全程截图" not in steps
        warnings = advice.warnings_label.text()
        assert "it is not legal advice" in warnings
        # Citations stay Chinese article names in both languages.
        assert "《中华人民共和国消费者权益保护法》第二十五条" in warnings
        # The customer-service message is addressed to a Chinese platform.
        assert advice.message_edit.toPlainText() == message
    finally:
        install_language(qapp, CHINESE)
    assert advice.reason_label.text().startswith("平台显示已发货但商品未到账")
    assert "全程截图保存与客服的聊天记录" in advice.steps_label.text()


def test_no_12315_packet_is_offered_while_12315_handles_the_dispute(services, session, qtbot):
    from disputekit.domain.case.vocabulary import Outcome, PacketKind

    case = not_credited_case()
    case.events += [
        Event("ev2", at(2026, 11, 25, 9, 0), EventKind.CS_REFUSED, outcome=Outcome.NEGATIVE),
        Event("ev3", at(2026, 11, 26, 9, 0), EventKind.COMPLAINT_FILED),
        Event("ev4", at(2026, 11, 27, 9, 0), EventKind.COMPLAINT_ACCEPTED),
    ]
    session.select(services.store.cases.create(case))
    widget = AdviceTab(services, session)
    qtbot.addWidget(widget)
    # In mediation, a second 12315 complaint would be refused (办法第十六条(二)): not offered;
    # the routes after it are.
    assert PacketKind.COMPLAINT_12315 not in widget.packet_buttons
    assert PacketKind.COMPLAINT_12315 not in widget.advice.packets
    assert PacketKind.CIVIL_COMPLAINT in widget.packet_buttons
