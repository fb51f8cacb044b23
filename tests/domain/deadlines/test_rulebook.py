"""The 2026 rulebook: dated 12315 rules, the two three-year clocks and the ladder's gaps,
pinned to exact dates of the official 2026 calendar."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disputekit.domain.advice.channel_rules import Situation
from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.case.vocabulary import Channel
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import find
from disputekit.domain.deadlines.rulebook import RulebookError, parse_rulebook
from disputekit.domain.legal.jurisdiction import regulator_note
from disputekit.resources import asset
from disputekit.rules_data import load_rulebook
from tests.domain.factories import all_texts, at, end_of, ev, make_case
from tests.support.shipped import advise, deadlines_for

CAL = WorkCalendar()
REPEALED = "投诉举报处理暂行办法"


def _kinds(case, today):
    return {d.kind: d for d in deadlines_for(case, today, CAL)}


# --- the rules by date ------------------------------------------------------------------------


def test_the_transition_day_picks_the_rule():
    before = make_case(
        ordered_at=at(2026, 4, 1),
        events=[ev("complaint_filed", at(2026, 4, 7)), ev("complaint_accepted", at(2026, 4, 14))],
    )
    found = _kinds(before, date(2026, 4, 16))
    # 实施条例第四十六条 as well: 60 days from 4月14日 end on Sat 6月13日 → Mon 6月15日.
    assert found["mediation_due_60d"].due == end_of(2026, 6, 15)
    regulations = "《中华人民共和国消费者权益保护法实施条例》第四十六条"
    assert found["mediation_due_60d"].basis == regulations
    # 45 working days from Tue 4月14日 (劳动节 5/1–5 off, 5/9 Sat worked; 端午 6/19 after it).
    assert found["mediation_due_45wd"].due == end_of(2026, 6, 18)
    assert "暂行办法》第二十一条" in found["mediation_due_45wd"].basis

    on = make_case(
        ordered_at=at(2026, 4, 1),
        events=[ev("complaint_filed", at(2026, 4, 8)), ev("complaint_accepted", at(2026, 4, 15))],
    )
    found = _kinds(on, date(2026, 4, 16))
    assert "mediation_due_45wd" not in found
    # 60 days from 4月15日 end on Sun 6月14日 → 办法第四十五条: the next day, Mon 6月15日.
    assert found["mediation_due_60d"].due == end_of(2026, 6, 15)
    assert found["mediation_due_60d"].basis.startswith(
        "《市场监督管理投诉举报处理办法》第二十三条（五）"
    )


def test_acceptance_within_7_working_days_under_the_new_rule():
    case = make_case(events=[ev("complaint_filed", at(2026, 9, 29))])
    d = _kinds(case, date(2026, 9, 30))["complaint_acceptance_due"]
    # Tue 9月29日: 9/30 (1), 国庆 10/1–7 off, 10/8 (2), 10/9 (3), 10/10 Sat worked (4),
    # 10/12 Mon (5), 10/13 (6), 10/14 (7)
    assert d.due == end_of(2026, 10, 14)
    assert d.basis.startswith("《市场监督管理投诉举报处理办法》第十五条")
    assert REPEALED not in d.basis


def test_done_when_accepted_2026_10_27():
    case = make_case(
        ordered_at=at(2026, 10, 10),
        events=[
            ev("complaint_filed", at(2026, 10, 20)),
            ev("complaint_accepted", at(2026, 10, 27)),
        ],
    )
    advice = advise(case, date(2026, 11, 27), CAL, render=lambda *a, **k: "")
    d60 = find(advice.deadlines, "mediation_due_60d")
    # 12月26日 is a Saturday → Mon 12月28日.
    assert d60.due == end_of(2026, 12, 28)
    assert "《市场监督管理投诉举报处理办法》第二十三条" in d60.basis
    assert find(advice.deadlines, "mediation_due_45wd") is None
    assert not any("45个工作日" in t for t in all_texts(advice))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    offset=st.integers(min_value=0, max_value=600),
    steps=st.lists(
        st.sampled_from(
            [
                "cs_contacted",
                "cs_refused",
                "appeal_filed",
                "complaint_filed",
                "complaint_accepted",
                "complaint_rejected",
                "mediation_result",
                "refund_promised",
            ]
        ),
        max_size=5,
    ),
    problem=st.sampled_from(["not_received", "wrong_amount", "other", "wrong_info"]),
    volunteer=st.booleans(),
)
def test_no_output_after_2026_04_15_names_the_repealed_rules(offset, steps, problem, volunteer):
    start = at(2026, 4, 15) + timedelta(days=offset)
    events = [ev(kind, start + timedelta(days=2 * i + 1)) for i, kind in enumerate(steps)]
    case = make_case(
        ordered_at=start, problem=problem, status="completed", events=events, filed_by=volunteer
    )
    today = (start + timedelta(days=2 * len(steps) + 90)).date()
    advice = advise(case, today, CAL)
    text = json.dumps(advice.to_json(), ensure_ascii=False) + "".join(all_texts(advice))
    # The packet's words too: facts, 授权委托书, fill sheet and the pre-check.
    from disputekit.domain.case.vocabulary import PacketKind
    from disputekit.packet.kinds.fill_sheet import fill_sheet_fields
    from disputekit.packet.kinds.narrative import facts_context, render_paragraphs
    from disputekit.packet.preflight import precheck_warnings, preflight

    for kind in (PacketKind.APPEAL, PacketKind.COMPLAINT_12315):
        context = facts_context(case, today, kind, {})
        for template in ("facts.j2", "claims.j2", "closing.j2", "authorization.j2"):
            text += "".join(render_paragraphs(template, context))
        text += "".join(b.message_zh for b in preflight(case, kind, today, CAL))
        text += "".join(precheck_warnings(case, kind))
    text += "".join(f.value for f in fill_sheet_fields(case, today))
    assert REPEALED not in text


# --- the two three-year clocks ----------------------------------------------------------------


def test_a_demand_restarts_the_limitation_but_not_the_12315_bar():
    case = make_case(
        known_at=at(2026, 5, 6),
        events=[ev("cs_contacted", at(2026, 6, 1)), ev("refund_promised", at(2026, 11, 2))],
    )
    found = _kinds(case, date(2026, 11, 3))
    bar = found["complaint_bar_due"]
    # Three years from 2026-05-06 → 2029-05-06 (a Sunday in the rule-based 2029): file by
    # then; 5月7日 only as the day it may still be accepted (办法第四十五条).
    assert bar.due == end_of(2029, 5, 6)
    assert bar.grace_until == end_of(2029, 5, 7)
    assert bar.basis.startswith("《市场监督管理投诉举报处理办法》第十六条（四）")
    limit = found["limitation_due"]
    assert limit.due == end_of(2029, 11, 2)
    assert limit.from_event == "ev2"
    assert "第一百九十五条" in limit.basis and "承诺退款" in limit.rule
    assert "2026年11月2日" in limit.rule


def test_only_demands_and_promises_restart_the_limitation():
    case = make_case(
        known_at=at(2026, 5, 6),
        events=[ev("cs_contacted", at(2026, 6, 1)), ev("cs_refused", at(2026, 6, 2))],
    )
    limit = _kinds(case, date(2026, 6, 3))["limitation_due"]
    assert (limit.from_event, limit.due) == ("ev1", end_of(2029, 6, 1))
    assert "联系客服" in limit.rule and "诉讼时效制度若干问题的规定》第八条" in limit.basis


def test_a_time_barred_case_is_sent_to_the_association_not_12315():
    case = make_case(
        status="completed",
        problem="wrong_amount",
        known_at=at(2023, 3, 1),
        events=[
            ev("appeal_filed", at(2023, 3, 2)),
            ev("appeal_result", at(2023, 3, 6), outcome="negative"),
        ],
    )
    advice = advise(case, date(2026, 11, 27), CAL)
    assert advice.situation is Situation.BARRED
    assert advice.channel is Channel.CONSUMER_ASSOCIATION
    assert advice.further_channels == [Channel.LITIGATION]
    assert "《市场监督管理投诉举报处理办法》第十六条" in advice.reason
    assert advice.eligibility is not None and not advice.eligibility.accepted
    assert "第十六条（四）" in advice.eligibility.problems[0]
    text = "".join(all_texts(advice))
    assert "向12315投诉" not in advice.message
    # The court limitation is another clock: nothing calls the court route closed.
    assert "不能起诉" not in text and "无法起诉" not in text
    assert "诉讼时效另行计算" in text
    # The limitation ran from the appeal of 2023-03-02 and has passed too: said, not "closed".
    assert any("诉讼时效已于2026年3月2日 23:59届满" in step for step in advice.steps)


def test_past_the_bar_12315_leaves_every_later_route():
    case = make_case(known_at=at(2023, 3, 1), events=[ev("cs_contacted", at(2026, 11, 20))])
    advice = advise(case, date(2026, 11, 27), CAL)
    assert Channel.REGULATOR_12315 not in advice.further_channels
    # The limitation had run out (2026-03-01 is a Sunday → 3月2日) before the demand of
    # 11月20日, which does not revive it (民法典第一百九十二条).
    limit = find(advice.deadlines, "limitation_due")
    assert limit.due == end_of(2026, 3, 2) and limit.from_event is None


# --- ladder gaps ------------------------------------------------------------------------------


@pytest.mark.parametrize("problem", ["other", "wrong_info"])
def test_a_refusal_on_a_completed_order_moves_on_to_the_appeal(problem):
    case = make_case(
        status="completed",
        problem=problem,
        events=[ev("cs_contacted", at(2026, 10, 9)), ev("cs_refused", at(2026, 10, 9, 12))],
    )
    advice = advise(case, date(2026, 10, 10), CAL)
    assert advice.channel is Channel.PLATFORM_APPEAL
    assert advice.situation is Situation.APPEAL_COMPLETED


def test_a_rejection_for_missing_materials_only_is_refiled():
    case = make_case(
        respondent={"address": ""},
        events=[
            ev("complaint_filed", at(2026, 10, 9)),
            ev("complaint_rejected", at(2026, 10, 12), note="材料不全"),
        ],
    )
    advice = advise(case, date(2026, 10, 13), CAL)
    assert (advice.channel, advice.situation) == (
        Channel.REGULATOR_12315,
        Situation.REGULATOR_REFILE,
    )
    assert "补齐" in advice.steps[1]  # after the bar's last day
    assert any("被投诉人地址" in s for s in advice.steps)
    other = make_case(events=[ev("complaint_rejected", at(2026, 10, 12), note="不属于消费争议")])
    assert advise(other, date(2026, 10, 13), CAL).channel is Channel.CONSUMER_ASSOCIATION
    by_reason = make_case(events=[ev("complaint_rejected", at(2026, 10, 12))])
    by_reason.events[0].reason = "missing_materials"
    assert advise(by_reason, date(2026, 10, 13), CAL).situation is Situation.REGULATOR_REFILE


def test_a_promise_with_a_date_sets_the_refund_deadline():
    case = make_case(events=[ev("refund_promised", at(2026, 9, 29))])
    case.events[0].promised_by = at(2026, 10, 12, 18)
    d = _kinds(case, date(2026, 9, 30))["refund_due"]
    assert d.due == at(2026, 10, 12, 18)
    assert d.basis.startswith("商家承诺")
    assert d.expected_from is None
    case.events[0].promised_by = None
    assert _kinds(case, date(2026, 9, 30))["refund_due"].basis != d.basis


# --- 第十七条(四) and 第十三条 ---------------------------------------------------------------


def test_the_filer_s_own_phone_on_the_complaint_is_warned_about():
    case = make_case(filed_by=True, complainant={"phone": "139-0000-0000"})
    advice = advise(case, date(2026, 10, 1), CAL)
    warning = next(w for w in advice.warnings if "第十七条（四）" in w)
    assert "受托人" in warning and "第十一条" in warning


def test_a_shared_phone_on_another_case_is_warned_about():
    shared = (SharedContact("phone", "13800000000", "案件#7", "王五"),)
    advice = advise(make_case(), date(2026, 10, 1), CAL, shared_contacts=shared)
    assert any("案件#7（王五）" in w and "第十七条（四）" in w for w in advice.warnings)
    assert not any("第十七条" in w for w in advise(make_case(), date(2026, 10, 1), CAL).warnings)


def test_the_regulator_follows_the_respondent_fields():
    platform = make_case()
    assert regulator_note(platform) == (
        "管辖：投诉由某某网络科技有限公司住所地（杭州市某区某路2号）县级市场监督管理部门处理"
        "（《市场监督管理投诉举报处理办法》第十三条）"
    )
    shop = make_case(respondent={"shop": "星星游戏店"})
    shop.respondent.shop_address = "广州市天河区某路3号"
    note = regulator_note(shop)
    assert "在平台公示的地址（广州市天河区某路3号）" in note and "某某卡盟住所地" in note
    unpublished = make_case(respondent={"shop": "星星游戏店"})
    assert "未填写其在平台公示的地址" in regulator_note(unpublished)


# --- the data itself --------------------------------------------------------------------------


def test_every_rule_cites_a_shipped_article():
    from disputekit.legal_texts import load_articles

    articles = load_articles()
    for rule in load_rulebook().rules:
        for citation in rule.articles:
            assert (citation.law, citation.article) in articles, (rule.kind, citation)


def test_bad_rules_data_is_named():
    data = json.loads(asset("legal", "rules_12315.json").read_text("utf-8"))
    data["rules"][0]["unit"] = "fortnights"
    with pytest.raises(RulebookError, match=r"rules\[0\]\.unit"):
        parse_rulebook(data)
    data = json.loads(asset("legal", "rules_12315.json").read_text("utf-8"))
    data["rules"][0]["effective_until"] = "2026-04-15"
    with pytest.raises(RulebookError, match="in force on one day"):
        parse_rulebook(data)
    with pytest.raises(RulebookError, match="format"):
        parse_rulebook({"rules": []})


def test_a_cancelled_unrefunded_order_is_told_as_non_performance():
    case = make_case(
        status="cancelled",
        problem="no_longer_needed",
        events=[
            ev("cancelled", at(2026, 11, 10, 10, 6)),
            ev("cs_contacted", at(2026, 11, 20)),
        ],
    )
    advice = advise(case, date(2026, 11, 27), CAL)
    assert "该订单已于2026年11月10日 10:06取消，但货款至今未退还。" in advice.message
    assert "不再需要" not in advice.message and "不需要了" not in advice.message
    goodwill = advise(make_case(status="completed", problem="no_longer_needed"), date(2026, 11, 27))
    assert "不再需要" not in goodwill.message
