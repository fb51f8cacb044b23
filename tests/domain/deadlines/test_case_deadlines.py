"""Deadlines pinned to exact dates of the 2026 official calendar.

National Day 2026: 10月1日–7日 off, 9月20日 (Sun) and 10月10日 (Sat) are make-up workdays;
Mid-Autumn 9月25日–27日 off. Spring Festival 2026: 2月15日–23日 off, 2月14日 and 2月28日
(Saturdays) are workdays.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus, find
from disputekit.domain.deadlines.deadline_judge import judge_due
from disputekit.domain.legal.citations import GUIDE_BASIS
from disputekit.timeutil import SHANGHAI
from tests.domain.factories import at, end_of, ev, make_case
from tests.support.shipped import deadlines_for, next_deadline

CAL = WorkCalendar()
S = DeadlineStatus


def only(case, kind, today=date(2026, 9, 1), cal=CAL):
    found = find(deadlines_for(case, today, cal), kind)
    assert found is not None, kind
    return found


# --- refund_due: working days by payment method ---------------------------------------------


@pytest.mark.parametrize(
    ("payment", "due", "expected_from"),
    [
        # from Tue 9月29日: 9/30 (1), 10/8 (2), 10/9 (3), 10/10 Sat (4), 10/12 (5), 10/13, 10/14
        ("alipay", end_of(2026, 10, 9), end_of(2026, 9, 30)),
        ("wechat_pay", end_of(2026, 10, 9), end_of(2026, 9, 30)),
        ("platform_balance", end_of(2026, 10, 9), end_of(2026, 9, 30)),
        ("bank_card", end_of(2026, 10, 14), end_of(2026, 10, 9)),
        ("other", end_of(2026, 10, 14), end_of(2026, 10, 9)),
    ],
)
def test_refund_due_across_national_day(payment, due, expected_from):
    case = make_case(
        status="cancelled", payment=payment, events=[ev("cancelled", at(2026, 9, 29, 15))]
    )
    d = only(case, "refund_due")
    assert d.due == due
    assert d.expected_from == expected_from
    assert (d.unit, d.from_event, d.estimated) == ("working_days", "ev1", False)
    assert "卡盟取消订单指南" in d.basis and "非法定" in d.basis


def test_refund_rule_names_the_method_and_the_event():
    cancelled = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29))])
    assert only(cancelled, "refund_due").rule.startswith("订单取消后3个工作日内退款")
    assert "支付宝" in only(cancelled, "refund_due").rule
    promised = make_case(events=[ev("refund_promised", at(2026, 9, 29))])
    assert only(promised, "refund_due").rule.startswith("客服承诺退款后3个工作日内")


def test_refund_counts_from_the_latest_cancel_or_promise():
    case = make_case(
        status="cancelled",
        events=[ev("cancelled", at(2026, 9, 18)), ev("refund_promised", at(2026, 9, 19))],
    )
    d = only(case, "refund_due")
    # Sat 9月19日 → 9/20 Sun make-up (1), 9/21 (2), 9/22 (3)
    assert (d.from_event, d.due) == ("ev2", end_of(2026, 9, 22))


def test_no_refund_clock_while_a_once_cancelled_order_is_live_again():
    # A flash-sale order cancelled once and placed again: nothing is being refunded.
    live = make_case(status="pending_delivery", events=[ev("cancelled", at(2026, 11, 20))])
    assert [d.kind for d in deadlines_for(live, date(2026, 11, 26))] == [
        "complaint_bar_due",
        "limitation_due",
    ]


def test_the_event_day_never_counts_whatever_the_hour():
    early = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29, 0, 1))])
    late = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29, 23, 59))])
    assert only(early, "refund_due").due == only(late, "refund_due").due == end_of(2026, 10, 9)


def test_an_event_in_another_zone_counts_from_its_shanghai_date():
    # 17:30 UTC on 9月29日 is 01:30 on 9月30日 in Shanghai: 10/8, 10/9, 10/10 (Sat, 上班)
    utc = datetime(2026, 9, 29, 17, 30, tzinfo=UTC)
    case = make_case(status="cancelled", events=[ev("cancelled", utc)])
    assert only(case, "refund_due").due == end_of(2026, 10, 10)


def test_refund_met_only_by_a_refund_after_the_counting_event():
    before = make_case(
        status="cancelled",
        events=[ev("refund_received", at(2026, 9, 28)), ev("cancelled", at(2026, 9, 29))],
    )
    assert only(before, "refund_due", today=date(2026, 10, 12)).status is S.OVERDUE
    after = make_case(
        status="cancelled",
        events=[ev("cancelled", at(2026, 9, 29)), ev("refund_received", at(2026, 10, 9))],
    )
    assert only(after, "refund_due", today=date(2026, 10, 12)).status is S.MET


# --- the other clocks ------------------------------------------------------------------------


def test_cs_review_is_24_hours_regardless_of_holidays():
    case = make_case(events=[ev("cs_contacted", at(2026, 9, 30, 22, 30))])
    d = only(case, "cs_review_due")
    assert d.due == at(2026, 10, 1, 22, 30)
    assert (d.unit, d.estimated, d.estimate_reason) == ("hours", False, None)


def test_cs_review_due_is_shown_in_shanghai_for_a_utc_event():
    case = make_case(events=[ev("cs_contacted", datetime(2026, 9, 30, 14, 30, tzinfo=UTC))])
    d = only(case, "cs_review_due")
    assert d.due.utcoffset() == timedelta(hours=8)
    assert d.due == at(2026, 10, 1, 22, 30)


@pytest.mark.parametrize("closing", ["cs_replied", "cs_refused", "refund_promised"])
def test_cs_review_met_by_a_reply_or_refusal_after_the_last_contact(closing):
    answered = make_case(
        events=[ev("cs_contacted", at(2026, 9, 28)), ev(closing, at(2026, 9, 28, 15))]
    )
    assert only(answered, "cs_review_due", today=date(2026, 10, 20)).status is S.MET
    again = make_case(
        events=[
            ev("cs_contacted", at(2026, 9, 28)),
            ev(closing, at(2026, 9, 28, 15)),
            ev("cs_contacted", at(2026, 9, 29)),
        ]
    )
    d = only(again, "cs_review_due", today=date(2026, 10, 20))
    assert (d.from_event, d.status) == ("ev3", S.OVERDUE)


def test_appeal_result_due_across_spring_festival():
    # Thu 2月12日 → 2/13 (1), 2/14 Sat 上班 (2), 2/24 (3), 2/25 (4), 2/26 (5)
    case = make_case(
        status="completed", problem="wrong_amount", events=[ev("appeal_filed", at(2026, 2, 12))]
    )
    d = only(case, "appeal_result_due", today=date(2026, 2, 1))
    assert d.due == end_of(2026, 2, 26)
    assert d.unit == "working_days"
    assert d.basis == GUIDE_BASIS


def test_complaint_acceptance_due_across_spring_festival():
    # Fri 2月13日 → 2/14 Sat (1), 2/24 (2) … 2/27 (5), 2/28 Sat 上班 (6), 3/2 Mon (7)
    case = make_case(events=[ev("complaint_filed", at(2026, 2, 13))])
    d = only(case, "complaint_acceptance_due", today=date(2026, 2, 1))
    assert d.due == end_of(2026, 3, 2)
    # Filed before 2026-04-15: the repealed rule's article, marked as such.
    # The note follows the repealed 暂行办法 only; the 实施条例 is in force.
    assert d.basis == (
        "《市场监督管理投诉举报处理暂行办法》第十四条（已废止，仅适用于2026年4月15日前的投诉）；"
        "《中华人民共和国消费者权益保护法实施条例》第四十六条"
    )


@pytest.mark.parametrize("closing", ["complaint_accepted", "complaint_rejected"])
def test_complaint_acceptance_met(closing):
    case = make_case(events=[ev("complaint_filed", at(2026, 2, 13)), ev(closing, at(2026, 2, 25))])
    assert only(case, "complaint_acceptance_due").status is S.MET


def test_a_complaint_accepted_from_2026_04_15_has_only_the_60_day_clock():
    case = make_case(events=[ev("complaint_accepted", at(2026, 8, 3))])
    found = deadlines_for(case, date(2026, 8, 4), CAL)
    assert find(found, "mediation_due_45wd") is None
    d60 = find(found, "mediation_due_60d")
    # 60 days: nominal last day 10月2日 is in 国庆 → 办法第四十五条 moves it to 10月8日.
    assert d60.due == end_of(2026, 10, 8)
    assert d60.unit == "calendar_days"
    assert d60.basis == (
        "《市场监督管理投诉举报处理办法》第二十三条（五）、第四十五条；"
        "《中华人民共和国消费者权益保护法实施条例》第四十六条"
    )
    assert d60.status is S.UPCOMING


def test_a_complaint_accepted_before_2026_04_15_keeps_the_old_45_working_days():
    case = make_case(events=[ev("complaint_accepted", at(2026, 3, 2))])
    found = deadlines_for(case, date(2026, 3, 3), CAL)
    # 实施条例第四十六条 (from 2024-07-01) bound the regulator too: 60 days → 5月1日 (劳动节)
    # → 5月6日.
    d60 = find(found, "mediation_due_60d")
    assert d60.due == end_of(2026, 5, 6)
    assert d60.basis == "《中华人民共和国消费者权益保护法实施条例》第四十六条"
    wd45 = find(found, "mediation_due_45wd")
    # 45 working days from Mon 3月2日: 清明 4/4–6, 劳动节 5/1–5 (4/26 and 5/9 Saturdays worked).
    assert wd45.due == end_of(2026, 5, 8)
    assert wd45.basis == (
        "《市场监督管理投诉举报处理暂行办法》第二十一条（已废止，仅适用于2026年4月15日前的投诉）"
    )
    assert "45个工作日" in wd45.label_zh and "旧规" in wd45.label_zh


def test_mediation_met_by_a_result():
    case = make_case(
        events=[ev("complaint_accepted", at(2026, 8, 3)), ev("mediation_result", at(2026, 9, 1))]
    )
    found = deadlines_for(case, date(2026, 12, 1), CAL)
    assert find(found, "mediation_due_60d").status is S.MET


def test_limitation_moves_past_national_day():
    case = make_case(known_at=at(2023, 10, 1), ordered_at=at(2023, 9, 30))
    d = only(case, "limitation_due")
    assert d.due == end_of(2026, 10, 8)  # 2026-10-01 is a holiday (第二百零三条)
    assert (d.unit, d.from_event, d.estimated) == ("years", None, False)
    assert "《中华人民共和国民法典》第一百八十八条" in d.basis


def test_limitation_defaults_to_the_order_time():
    case = make_case(ordered_at=at(2024, 6, 3))
    d = only(case, "limitation_due")
    assert d.due == end_of(2027, 6, 3)
    assert "下单" in d.rule


def test_a_period_ending_in_an_unknown_year_is_estimated():
    case = make_case(ordered_at=at(2026, 3, 2))
    d = only(case, "limitation_due")
    assert d.due == end_of(2029, 3, 2)  # a Friday by the rule-based calendar
    assert d.estimated is True
    assert "2029年" in d.estimate_reason


def test_overrides_move_working_day_deadlines():
    case = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29))])
    day_off = WorkCalendar({date(2026, 9, 30): False})
    assert only(case, "refund_due", cal=day_off).due == end_of(2026, 10, 10)
    extra_workday = WorkCalendar({date(2026, 10, 3): True})
    assert only(case, "refund_due", cal=extra_workday).due == end_of(2026, 10, 8)


def test_no_events_means_only_the_two_three_year_clocks():
    assert [d.kind for d in deadlines_for(make_case(), date(2026, 9, 28), CAL)] == [
        "complaint_bar_due",
        "limitation_due",
    ]


def test_deadlines_are_sorted_by_due():
    case = make_case(
        events=[
            ev("complaint_filed", at(2026, 9, 1)),
            ev("cs_contacted", at(2026, 9, 2)),
            ev("refund_promised", at(2026, 9, 3)),
        ]
    )
    found = deadlines_for(case, date(2026, 9, 1), CAL)
    assert [d.due for d in found] == sorted(d.due for d in found)
    # cs 9/3 10:00 (hours), refund 9/8 (3 WD from Thu 9/3), acceptance 9/10 (7 WD from 9/1)
    assert [d.kind for d in found] == [
        "cs_review_due",
        "refund_due",
        "complaint_acceptance_due",
        "complaint_bar_due",
        "limitation_due",
    ]


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2026, 9, 29), S.UPCOMING),
        # 9月30日: the next working day is 10月8日 (holiday), and 10/9 is after it
        (date(2026, 9, 30), S.UPCOMING),
        (date(2026, 10, 8), S.DUE_SOON),  # due on the next working day
        (date(2026, 10, 9), S.DUE_SOON),  # due today
        (date(2026, 10, 10), S.OVERDUE),
    ],
)
def test_status_of_a_day_deadline(today, status):
    assert judge_due(end_of(2026, 10, 9), today, CAL) is status


def test_due_soon_reaches_across_a_holiday_to_the_next_working_day():
    assert judge_due(end_of(2026, 10, 8), date(2026, 9, 30), CAL) is S.DUE_SOON
    assert judge_due(end_of(2026, 10, 9), date(2026, 9, 30), CAL) is S.UPCOMING


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2026, 9, 30), S.DUE_SOON),  # due 10月1日, before the next working day 10/8
        (date(2026, 10, 1), S.DUE_SOON),  # due today, whatever the hour now
        (date(2026, 10, 2), S.OVERDUE),
    ],
)
def test_status_of_an_hours_deadline_is_judged_by_its_date(today, status):
    case = make_case(events=[ev("cs_contacted", at(2026, 9, 30, 22, 30))])
    assert only(case, "cs_review_due", today=today).status is status


# --- next_deadline ---------------------------------------------------------------------------


def test_next_deadline_is_the_earliest_unmet_and_needs_no_date():
    case = make_case(
        status="cancelled",
        events=[
            ev("cs_contacted", at(2026, 9, 28)),
            ev("cs_replied", at(2026, 9, 28, 12)),
            ev("cancelled", at(2026, 9, 29)),
        ],
    )
    d = next_deadline(case, CAL)
    assert (d.kind, d.due, d.status) == ("refund_due", end_of(2026, 10, 9), S.UPCOMING)


def test_next_deadline_none_without_dates():
    case = make_case()
    case.order.ordered_at = None
    assert next_deadline(case, CAL) is None


def test_next_deadline_passes_over_a_dismissed_platform_period_never_a_legal_one():
    from disputekit.domain.deadlines import case_deadlines
    from disputekit.domain.deadlines.deadline_attention import dismissal_key
    from disputekit.rules_data import load_rulebook

    case = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29))])
    refund, bar, _limit = deadlines_for(case, date(2026, 10, 8), CAL)
    dismissed = {dismissal_key(refund.kind, refund.due), dismissal_key(bar.kind, bar.due)}
    d = case_deadlines.next_deadline(case, CAL, rules=load_rulebook(), dismissed=dismissed)
    assert (d.kind, d.due) == (bar.kind, bar.due)  # the bar is legal: never passed over
    assert dismissal_key(refund.kind, refund.due) == "refund_due@2026-10-09T23:59:59+08:00"


def test_deadline_json_shape():
    case = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29))])
    refund, _bar, limit = deadlines_for(case, date(2026, 10, 8), CAL)
    assert refund.to_json() == {
        "kind": "refund_due",
        "due": "2026-10-09T23:59:59+08:00",
        "rule": refund.rule,
        "basis": refund.basis,
        "estimated": False,
        "status": "due_soon",
        "from_event": "ev1",
        "expected_from": "2026-09-30T23:59:59+08:00",
    }
    assert "expected_from" not in limit.to_json()


# --- properties ------------------------------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(SHANGHAI)
)
day_clock_events = st.sampled_from(
    ["cancelled", "appeal_filed", "complaint_filed", "complaint_accepted"]
)


@settings(max_examples=60, deadline=None)
@given(moment=moments, kind=day_clock_events)
def test_working_day_deadlines_never_fall_on_a_day_off(moment, kind):
    case = make_case(status="cancelled", events=[ev(kind, moment)])
    for d in deadlines_for(case, date(2024, 1, 1), CAL):
        if d.unit in ("working_days", "calendar_days", "years"):
            assert CAL.is_working_day(d.due.date()), d
            assert d.due.time().isoformat() == "23:59:59"
        assert d.due > moment


@settings(max_examples=60, deadline=None)
@given(moment=moments, kind=day_clock_events, extra=st.integers(0, 120))
def test_adding_a_day_off_never_makes_a_deadline_earlier(moment, kind, extra):
    case = make_case(status="cancelled", events=[ev(kind, moment)])
    day_off = moment.date() + timedelta(days=extra)
    base = {d.kind: d.due for d in deadlines_for(case, date(2024, 1, 1), CAL)}
    fewer = WorkCalendar({day_off: False})
    for d in deadlines_for(case, date(2024, 1, 1), fewer):
        assert d.due >= base[d.kind]
