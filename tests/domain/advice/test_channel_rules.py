"""Each channel transition of issue 3, on exact dates."""

from __future__ import annotations

from datetime import date

import pytest

from disputekit.domain.advice.channel_rules import Situation, choose_channel, is_negative
from disputekit.domain.case.vocabulary import Channel
from disputekit.domain.deadlines.calendar import WorkCalendar
from tests.domain.factories import at, ev, make_case
from tests.support.shipped import deadlines_for

CAL = WorkCalendar()
C = Channel


def choose(case, today=date(2026, 9, 29)):
    return choose_channel(case, deadlines_for(case, today, CAL))


def test_pending_delivery_cancels_itself():
    choice = choose(make_case(status="pending_delivery", problem="mistaken_order"))
    assert (choice.channel, choice.situation) == (C.SELF_CANCEL, Situation.CANCEL_SELF)
    assert choice.further == (C.CUSTOMER_SERVICE,)
    assert not choice.may_reach_12315


def test_delivered_not_credited_goes_to_customer_service():
    choice = choose(make_case())
    assert choice.channel is C.CUSTOMER_SERVICE
    assert choice.situation is Situation.CS_NOT_RECEIVED
    assert choice.further[0] is C.PLATFORM_APPEAL and choice.may_reach_12315


def test_a_refusal_turns_it_into_an_appeal_with_a_proof_request():
    case = make_case(
        events=[ev("cs_contacted", at(2026, 9, 28)), ev("cs_refused", at(2026, 9, 28, 11))]
    )
    choice = choose(case)
    assert (choice.channel, choice.situation) == (C.PLATFORM_APPEAL, Situation.APPEAL_AFTER_CS)
    assert "发货凭证" in choice.reason
    assert "《中华人民共和国电子商务法》第六十二条" in choice.reason


def test_a_negative_reply_counts_as_a_refusal():
    case = make_case(
        events=[
            ev("cs_contacted", at(2026, 9, 28)),
            ev("cs_replied", at(2026, 9, 28, 11), outcome="negative"),
        ]
    )
    assert choose(case).channel is C.PLATFORM_APPEAL


@pytest.mark.parametrize(
    ("today", "channel"),
    [
        (date(2026, 9, 28), C.CUSTOMER_SERVICE),  # contacted today
        (date(2026, 9, 29), C.CUSTOMER_SERVICE),  # review due today (9/29 10:00)
        (date(2026, 9, 30), C.PLATFORM_APPEAL),  # the review day has passed unanswered
    ],
)
def test_a_stalled_review_turns_it_into_an_appeal(today, channel):
    case = make_case(events=[ev("cs_contacted", at(2026, 9, 28))])
    assert choose(case, today).channel is channel


def test_a_reply_after_the_last_contact_keeps_customer_service():
    case = make_case(
        events=[ev("cs_contacted", at(2026, 9, 28)), ev("cs_replied", at(2026, 9, 28, 16))]
    )
    assert choose(case, date(2026, 10, 20)).channel is C.CUSTOMER_SERVICE


@pytest.mark.parametrize(
    "problem", ["wrong_amount", "wrong_server", "invalid_goods", "undisclosed_auto_renewal"]
)
def test_completed_with_a_fault_goes_to_appeal(problem):
    choice = choose(make_case(status="completed", problem=problem))
    assert (choice.channel, choice.situation) == (C.PLATFORM_APPEAL, Situation.APPEAL_COMPLETED)
    cites_renewal = "《中华人民共和国消费者权益保护法实施条例》第十条" in choice.reason
    assert cites_renewal is (problem == "undisclosed_auto_renewal")


@pytest.mark.parametrize("problem", ["mistaken_order", "no_longer_needed"])
def test_completed_by_own_choice_is_a_goodwill_request(problem):
    choice = choose(make_case(status="completed", problem=problem))
    assert (choice.channel, choice.situation) == (C.CUSTOMER_SERVICE, Situation.CS_GOODWILL)
    assert "《中华人民共和国消费者权益保护法》第二十五条" in choice.reason
    assert "《网络购买商品七日无理由退货暂行办法》第六条" in choice.reason
    assert choice.further == () and not choice.may_reach_12315


def test_completed_but_not_received_follows_the_not_received_path():
    assert choose(make_case(status="completed")).situation is Situation.CS_NOT_RECEIVED


@pytest.mark.parametrize(
    ("outcome", "note", "channel"),
    [
        ("negative", "", C.REGULATOR_12315),
        (None, "申诉被驳回", C.REGULATOR_12315),
        ("positive", "", C.PLATFORM_APPEAL),
        (None, "平台同意补发", C.PLATFORM_APPEAL),
        ("positive", "驳回了我的部分请求", C.PLATFORM_APPEAL),  # the outcome wins over words
    ],
)
def test_appeal_result(outcome, note, channel):
    case = make_case(
        status="completed",
        problem="wrong_amount",
        events=[
            ev("appeal_filed", at(2026, 9, 21)),
            ev("appeal_result", at(2026, 9, 24), outcome=outcome, note=note),
        ],
    )
    choice = choose(case)
    assert choice.channel is channel
    if channel is C.REGULATOR_12315:
        assert choice.situation is Situation.REGULATOR_FILE
        assert choice.further == (C.CONSUMER_ASSOCIATION, C.LITIGATION)


@pytest.mark.parametrize(
    ("today", "channel"),
    [
        (date(2026, 2, 26), C.PLATFORM_APPEAL),  # result due 2月26日 (Spring Festival between)
        (date(2026, 2, 27), C.REGULATOR_12315),
    ],
)
def test_a_stalled_appeal_goes_to_12315(today, channel):
    case = make_case(
        status="completed", problem="invalid_goods", events=[ev("appeal_filed", at(2026, 2, 12))]
    )
    assert choose(case, today).channel is channel


def test_after_a_complaint_stay_with_12315_and_wait():
    case = make_case(
        events=[ev("appeal_filed", at(2026, 2, 2)), ev("complaint_filed", at(2026, 2, 13))]
    )
    choice = choose(case, date(2026, 3, 2))
    assert (choice.channel, choice.situation) == (C.REGULATOR_12315, Situation.REGULATOR_WAITING)
    assert "查询" not in choice.reason
    overdue = choose(case, date(2026, 3, 3))
    assert overdue.channel is C.REGULATOR_12315 and "查询" in overdue.reason


def test_accepted_complaint_waits_for_mediation_until_60_days():
    case = make_case(events=[ev("complaint_accepted", at(2026, 8, 3))])
    assert choose(case, date(2026, 10, 8)).situation is Situation.REGULATOR_MEDIATION
    late = choose(case, date(2026, 10, 9))
    assert (late.channel, late.situation) == (C.CONSUMER_ASSOCIATION, Situation.MEDIATION_ENDED)
    assert "《市场监督管理投诉举报处理办法》第二十三条（五）" in late.reason
    assert late.further == (C.LITIGATION,)


def test_an_acceptance_of_2024_07_to_2026_04_ends_mediation_at_the_earlier_clock():
    # Accepted Mon 3月2日: 60 days (实施条例第四十六条) end on 5月1日, 劳动节 → Wed 5月6日,
    # before the 45 working days (暂行办法第二十一条) of 5月8日.
    case = make_case(events=[ev("complaint_accepted", at(2026, 3, 2))])
    assert choose(case, date(2026, 5, 6)).situation is Situation.REGULATOR_MEDIATION
    late = choose(case, date(2026, 5, 7))
    assert late.situation is Situation.MEDIATION_ENDED
    assert "《中华人民共和国消费者权益保护法实施条例》第四十六条" in late.reason


@pytest.mark.parametrize(
    "events",
    [
        [ev("complaint_filed", at(2026, 9, 1)), ev("complaint_rejected", at(2026, 9, 8))],
        [
            ev("complaint_filed", at(2026, 9, 1)),
            ev("complaint_accepted", at(2026, 9, 8)),
            ev("mediation_result", at(2026, 9, 22), outcome="negative"),
        ],
    ],
)
def test_rejection_or_failed_mediation_goes_to_the_consumer_association(events):
    choice = choose(make_case(events=events))
    assert (choice.channel, choice.further) == (C.CONSUMER_ASSOCIATION, (C.LITIGATION,))
    assert "《中华人民共和国消费者权益保护法》第三十九条" in choice.reason


def test_successful_mediation_follows_up_performance():
    case = make_case(
        events=[
            ev("complaint_accepted", at(2026, 9, 8)),
            ev("mediation_result", at(2026, 9, 22), outcome="positive"),
        ]
    )
    assert choose(case).situation is Situation.MEDIATION_AGREED


def cancelled(*more):
    return make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29)), *more])


def test_cancelled_waits_for_the_refund_until_due():
    choice = choose(cancelled(), date(2026, 10, 9))
    assert (choice.channel, choice.situation) == (C.CUSTOMER_SERVICE, Situation.REFUND_WAITING)


def test_an_overdue_refund_is_chased_with_customer_service():
    choice = choose(cancelled(), date(2026, 10, 10))
    assert (choice.channel, choice.situation) == (C.CUSTOMER_SERVICE, Situation.REFUND_CHASE)


def test_a_refused_refund_chase_goes_to_12315():
    case = cancelled(ev("cs_contacted", at(2026, 10, 12)), ev("cs_refused", at(2026, 10, 12, 14)))
    choice = choose(case, date(2026, 10, 12))
    assert (choice.channel, choice.situation) == (C.REGULATOR_12315, Situation.REGULATOR_FILE)


def test_a_stalled_refund_chase_goes_to_12315():
    case = cancelled(ev("cs_contacted", at(2026, 10, 12)))
    assert choose(case, date(2026, 10, 13)).channel is C.CUSTOMER_SERVICE  # review due today
    assert choose(case, date(2026, 10, 14)).channel is C.REGULATOR_12315


def test_a_refusal_before_the_cancel_does_not_count_for_the_refund():
    case = make_case(
        status="cancelled",
        events=[ev("cs_refused", at(2026, 9, 28)), ev("cancelled", at(2026, 9, 29))],
    )
    assert choose(case, date(2026, 10, 12)).situation is Situation.REFUND_CHASE


def test_a_received_refund_closes_the_case():
    case = cancelled(ev("refund_received", at(2026, 10, 8)))
    choice = choose(case, date(2026, 10, 20))
    assert (choice.situation, choice.further) == (Situation.REFUND_DONE, ())


def test_a_refund_promise_after_an_appeal_hands_over_to_the_refund_rules():
    case = make_case(
        status="completed",
        problem="wrong_amount",
        events=[
            ev("appeal_filed", at(2026, 9, 21)),
            ev("appeal_result", at(2026, 9, 24), outcome="positive"),
            ev("refund_promised", at(2026, 9, 24, 12)),
        ],
    )
    assert choose(case, date(2026, 9, 28)).situation is Situation.REFUND_WAITING


def test_cancelled_without_a_cancel_event_asks_for_the_date():
    choice = choose(make_case(status="cancelled"))
    assert choice.situation is Situation.CANCELLED_UNDATED


def test_is_negative():
    assert is_negative(ev("appeal_result", at(2026, 9, 1), outcome="negative"))
    assert not is_negative(ev("appeal_result", at(2026, 9, 1), note="已通过"))
    assert is_negative(ev("appeal_result", at(2026, 9, 1), note="申诉失败"))
