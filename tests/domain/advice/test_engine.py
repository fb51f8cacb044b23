"""`advise`: steps, message, warnings, eligibility and the JSON shape, over demo-like cases."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disputekit.domain.advice.advice_warnings import (
    CREDIT_SCORE,
    FLASH_SALE,
    FLASH_SALE_USED,
    INSTANT_DELIVERY,
    NOT_LEGAL_ADVICE,
)
from disputekit.domain.advice.channel_rules import Situation
from disputekit.domain.advice.engine import Advice
from disputekit.domain.case.vocabulary import (
    Channel,
    EventKind,
    OrderStatus,
    PaymentMethod,
    Problem,
)
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.legal_texts import load_articles
from tests.domain.factories import ORDER_NO, all_texts, at, ev, make_case
from tests.support.shipped import advise

CAL = WorkCalendar()
TODAY = date(2026, 10, 12)
ARTICLE = "第[〇零一二三四五六七八九十百千]+条"
CITATION = re.compile(rf"《([^》]+)》((?:{ARTICLE})(?:、{ARTICLE})*)?")


def demo_cases():
    """One case per situation the engine knows, like the ones the demo data holds."""
    return {
        "pending": make_case(status="pending_delivery", problem="mistaken_order"),
        "pending_flash": make_case(
            status="pending_delivery", problem="no_longer_needed", flash=True, instant=True
        ),
        "pending_refused": make_case(
            status="pending_delivery",
            problem="wrong_info",
            events=[
                ev("cancel_requested", at(2026, 10, 9, 9, 40)),
                ev("cs_contacted", at(2026, 10, 9, 9, 41)),
                ev("cs_refused", at(2026, 10, 9, 9, 46)),
            ],
        ),
        "not_received": make_case(events=[ev("cs_contacted", at(2026, 10, 12, 9))]),
        "refused": make_case(
            events=[ev("cs_contacted", at(2026, 9, 28)), ev("cs_refused", at(2026, 9, 28, 12))]
        ),
        "wrong_amount": make_case(status="completed", problem="wrong_amount"),
        "auto_renewal": make_case(status="completed", problem="undisclosed_auto_renewal"),
        "goodwill": make_case(status="completed", problem="mistaken_order"),
        "other": make_case(status="completed", problem="other"),
        "appeal_pending": make_case(
            status="completed",
            problem="invalid_goods",
            events=[ev("appeal_filed", at(2026, 10, 9))],
        ),
        "appeal_lost": make_case(
            status="completed",
            problem="wrong_server",
            filed_by=True,
            events=[
                ev("appeal_filed", at(2026, 9, 21)),
                ev("appeal_result", at(2026, 9, 24), outcome="negative"),
            ],
        ),
        "appeal_won": make_case(
            status="completed",
            problem="wrong_amount",
            events=[ev("appeal_result", at(2026, 9, 24), outcome="positive")],
        ),
        "refund_wait": make_case(status="cancelled", events=[ev("cancelled", at(2026, 10, 9))]),
        "refund_chase": make_case(
            status="cancelled", payment="bank_card", events=[ev("cancelled", at(2026, 9, 21))]
        ),
        "refund_done": make_case(
            status="cancelled",
            events=[ev("cancelled", at(2026, 9, 21)), ev("refund_received", at(2026, 9, 23))],
        ),
        "undated": make_case(status="cancelled"),
        "complaint": make_case(events=[ev("complaint_filed", at(2026, 9, 30))]),
        "mediation": make_case(events=[ev("complaint_accepted", at(2026, 9, 30))]),
        "agreed": make_case(events=[ev("mediation_result", at(2026, 10, 9), outcome="positive")]),
        "association": make_case(events=[ev("complaint_rejected", at(2026, 10, 9))]),
        "old": make_case(known_at=at(2023, 1, 5), events=[ev("cs_refused", at(2023, 1, 6))]),
        "refile": make_case(
            events=[
                ev("complaint_filed", at(2026, 9, 21)),
                ev("complaint_rejected", at(2026, 9, 25), note="材料不全：缺少被投诉人地址"),
            ]
        ),
        "mediation_ended": make_case(events=[ev("complaint_accepted", at(2026, 7, 1))]),
        "barred": make_case(
            status="completed",
            problem="wrong_server",
            known_at=at(2023, 1, 5),
            events=[
                ev("appeal_filed", at(2023, 1, 6)),
                ev("appeal_result", at(2023, 1, 9), outcome="negative"),
            ],
        ),
        "cancel_failed": make_case(
            status="pending_delivery",
            problem="no_longer_needed",
            flash=True,
            events=[ev("cancel_requested", at(2026, 10, 11), note="仅支持取消1次")],
        ),
        "delivery_wanted": _wants_delivery(make_case(status="pending_delivery")),
        "handled": make_case(
            events=[
                ev("complaint_filed", at(2026, 9, 1)),
                ev("complaint_accepted", at(2026, 9, 3)),
                ev("mediation_result", at(2026, 9, 20), outcome="negative"),
                ev("refund_promised", at(2026, 9, 25)),
                ev("cs_refused", at(2026, 10, 8)),
            ]
        ),
    }


def _wants_delivery(case):
    case.claims.delivery = True
    case.claims.refund_amount = None
    return case


@pytest.fixture(scope="module")
def advices():
    return {name: advise(case, TODAY, CAL) for name, case in demo_cases().items()}


def test_every_situation_is_covered(advices):
    assert {a.situation for a in advices.values()} == set(Situation)


def test_json_shape(advices):
    data = advices["refund_chase"].to_json()
    assert list(data) == [
        "channel", "reason", "steps", "message", "missing_evidence", "deadlines",
        "eligibility", "warnings",
    ]  # fmt: skip
    assert data["channel"] == "customer_service"
    assert data["missing_evidence"] == [["order_screenshot"], ["payment_record"]]
    refund = data["deadlines"][0]
    assert set(refund) == {
        "kind", "due", "rule", "basis", "estimated", "status", "from_event", "expected_from",
    }  # fmt: skip
    assert (refund["kind"], refund["due"], refund["status"]) == (
        "refund_due",
        # bank card, 7 working days from 9月21日: 9/22–24, (中秋 9/25–27), 9/28–30, 10/8
        "2026-10-08T23:59:59+08:00",
        "overdue",
    )
    assert data["eligibility"] == {"accepted": True, "problems": [], "requirements": []}
    json.dumps(data)  # plain JSON types only
    assert advices["goodwill"].to_json()["eligibility"] is None
    wrong = advices["wrong_amount"].to_json()["missing_evidence"]
    assert ["balance_screenshot", "recharge_record"] in wrong


def test_no_text_puts_a_7_day_return_under_the_ecommerce_law(advices):
    for name, advice in advices.items():
        for text in all_texts(advice):
            assert not ("电子商务法" in text and "七日" in text), (name, text)


def test_every_citation_is_a_shipped_article(advices):
    known = load_articles()
    laws = {law for law, _ in known}
    for advice in advices.values():
        for text in all_texts(advice):
            for law, articles in CITATION.findall(text):
                assert f"《{law}》" in laws, law
                for article in re.findall(ARTICLE, articles):
                    assert (f"《{law}》", article) in known, (law, article)


def test_the_last_warning_says_it_is_not_legal_advice(advices):
    assert all(a.warnings[-1] == NOT_LEGAL_ADVICE for a in advices.values())
    assert all(any("第二十五条" in w for w in a.warnings) for a in advices.values())


def test_self_cancel_steps_and_warnings(advices):
    advice = advices["pending"]
    assert advice.channel is Channel.SELF_CANCEL
    reasons = next(s for s in advice.steps if "取消原因" in s)
    assert all(r in reasons for r in ("误拍/错拍", "不需要了", "信息填写错误"))
    assert "本案宜选“误拍/错拍”" in reasons
    assert CREDIT_SCORE in advice.warnings and INSTANT_DELIVERY not in advice.warnings
    assert FLASH_SALE not in advice.warnings
    assert advice.eligibility is None


def test_instant_and_flash_sale_warnings(advices):
    warnings = advices["pending_flash"].warnings
    assert INSTANT_DELIVERY in warnings and "联系平台客服" in INSTANT_DELIVERY
    assert FLASH_SALE in warnings and FLASH_SALE_USED not in warnings
    used = make_case(
        status="pending_delivery", flash=True, events=[ev("cancelled", at(2026, 9, 1))]
    )
    assert FLASH_SALE_USED in advise(used, TODAY, CAL).warnings


def test_customer_service_steps_give_contact_hours_and_fallbacks(advices):
    steps = "\n".join(advices["not_received"].steps)
    for phrase in ("上午9–11点", "下午2–4点", "在线客服", "微信公众号", "聊天记录"):
        assert phrase in steps
    assert advices["not_received"].eligibility is not None  # 12315 may follow


def test_message_has_the_order_and_asks(advices):
    message = advices["not_received"].message
    assert ORDER_NO in message and "¥98.50" in message and "支付宝" in message
    assert "如贵平台认为该订单已发货" in message
    assert "《中华人民共和国电子商务法》第六十二条" in message


def test_after_a_refusal_the_first_step_and_message_ask_for_delivery_proof(advices):
    advice = advices["refused"]
    assert advice.channel is Channel.PLATFORM_APPEAL
    assert "发货凭证" in advice.steps[0] and "第六十二条" in advice.steps[0]
    assert "卡密生成记录、充值通道日志" in advice.message
    assert "请提供该订单的发货凭证" in advice.message
    assert "依法维权" in advice.message


def test_a_goodwill_message_is_a_request_without_threats_or_proof(advices):
    message = advices["goodwill"].message
    assert "恳请" in message
    assert "发货凭证" not in message and "依法维权" not in message


def test_12315_filing_steps_name_the_authorization(advices):
    advice = advices["appeal_lost"]
    assert advice.channel is Channel.REGULATOR_12315
    assert any("授权委托书" in s for s in advice.steps)
    assert any("授权委托书" in w for w in advice.warnings)
    assert advice.eligibility.needs_authorization


def test_an_expired_limit_is_a_problem_and_a_warning(advices):
    advice = advices["old"]
    assert advice.eligibility.accepted is False
    assert any("12315投诉的三年期限已于2026年1月5日" in w for w in advice.warnings)
    assert any("诉讼时效已于2026年1月5日" in w for w in advice.warnings)


def test_estimated_deadlines_are_warned_about():
    advice = advise(make_case(ordered_at=at(2026, 3, 2)), TODAY, CAL)
    assert any("估算" in w and "2029年" in w for w in advice.warnings)


def test_refund_waiting_gives_the_expected_window(advices):
    steps = advices["refund_wait"].steps  # from Fri 10月9日: 10/10 Sat 上班, 10/12, 10/13
    assert "预计2026年10月10日 23:59至2026年10月13日 23:59之间" in steps[0]


def test_an_injected_renderer_gets_the_template_and_context():
    seen = {}

    def render(name, **ctx):
        seen.update(ctx, template=name)
        return "rendered"

    advice = advise(make_case(), TODAY, CAL, render=render)
    assert advice.message == "rendered"
    assert seen["template"] == "cs_message.zh.txt.j2"
    assert seen["order_no"] == ORDER_NO and seen["proof_request"] == "if_shipped"


# --- any case, any day -----------------------------------------------------------------------

KINDS = [k.value for k in EventKind]


@st.composite
def cases(draw):
    base = at(2026, 1, 5)
    offsets = draw(st.lists(st.integers(0, 24 * 300), max_size=6))
    events = [
        ev(
            draw(st.sampled_from(KINDS)),
            base + timedelta(hours=h),
            outcome=draw(st.sampled_from([None, "positive", "negative"])),
        )
        for h in sorted(offsets)
    ]
    held = ["order_screenshot", "chat_log", "recharge_record"]
    return make_case(
        status=draw(st.sampled_from([s.value for s in OrderStatus])),
        problem=draw(st.sampled_from([p.value for p in Problem])),
        payment=draw(st.sampled_from([m.value for m in PaymentMethod])),
        events=events,
        instant=draw(st.booleans()),
        flash=draw(st.booleans()),
        filed_by=draw(st.booleans()),
        evidence=draw(st.lists(st.sampled_from(held))),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), today=st.dates(date(2026, 1, 1), date(2027, 6, 30)))
def test_any_case_gets_sound_advice(case, today):
    advice = advise(case, today, CAL)
    assert isinstance(advice, Advice)
    json.dumps(advice.to_json())
    assert advice.steps and advice.message.strip()
    for text in all_texts(advice):
        assert not ("电子商务法" in text and "七日" in text), text
    for group in advice.missing_evidence:
        assert not case.evidence_kinds().intersection(group)
    shows_eligibility = Channel.REGULATOR_12315 in (advice.channel, *advice.further_channels)
    assert (advice.eligibility is not None) is shows_eligibility


def test_the_firm_line_names_the_channel_now_and_the_routes_after_it(advices):
    assert "我将通过向12315投诉、消费者协会调解、向人民法院起诉等途径依法维权" in (
        advices["appeal_lost"].message
    )
    assert "我将通过平台订单申诉、向12315投诉" in advices["refused"].message
    assert "2026年9月24日 10:00 申诉结果（不利）" in advices["appeal_lost"].message
