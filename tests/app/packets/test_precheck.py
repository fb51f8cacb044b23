"""The packet pre-check: blockers from the preflight and the one list of 第十条 fields, the bar
once, missing evidence as the advice names it, blank rows not repeating a blocker."""

from __future__ import annotations

from datetime import date

import pytest

from disputekit.app.packets.precheck import precheck, recommended_evidence
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.legal.eligibility import REQUIRED_FIELDS
from disputekit.packet.preflight import preflight
from tests.domain.factories import at, ev, make_case
from tests.support.shipped import advise, check_12315

CAL = WorkCalendar()
TODAY = date(2026, 11, 26)
COMPLAINT = PacketKind.COMPLAINT_12315


def test_a_complete_case_has_no_blocker() -> None:
    case = make_case(events=[ev("cs_contacted", at(2026, 9, 29))])
    check = precheck(case, COMPLAINT, TODAY, CAL)
    assert check.blockers == [] and not check.blocks
    assert precheck(make_case(), COMPLAINT, TODAY, CAL).blocks  # no event: no 第十条 facts


def test_every_required_field_blocks_once_in_form_order() -> None:
    case = make_case(
        complainant={"name": "", "phone": "", "address": ""},
        respondent={"platform": "", "company": "", "address": ""},
    )
    check = precheck(case, COMPLAINT, TODAY, CAL)
    article_9 = [b for b in check.blockers if b.code == "article_9_missing"]
    assert [b.field_path for b in article_9[:5]] == [path for path, _ in REQUIRED_FIELDS]
    assert [b.message_zh.split("（")[0] for b in article_9[:5]] == [
        "缺少投诉人姓名",
        "缺少投诉人电话号码",
        "缺少投诉人通讯地址",
        "缺少被投诉人名称",
        "缺少被投诉人地址",
    ]
    # The 12315 check names the same fields from the same list.
    assert check_12315(case, TODAY, CAL).missing_fields == [path for path, _ in REQUIRED_FIELDS]
    # A required field already red is not repeated as an amber blank row.
    assert not {r.field_path for r in check.blank_rows} & {p for p, _ in REQUIRED_FIELDS}


def test_the_platform_name_is_enough_to_name_the_respondent() -> None:
    case = make_case(respondent={"company": ""})
    paths = [b.field_path for b in precheck(case, COMPLAINT, TODAY, CAL).blockers]
    assert "respondent.company" not in paths


def test_past_the_bar_blocks_once_with_a_jump_to_the_known_date() -> None:
    case = make_case(known_at=at(2023, 10, 1), ordered_at=at(2023, 9, 1))
    check = precheck(case, COMPLAINT, date(2026, 10, 9), CAL)
    barred = [b for b in check.blockers if "超过三年" in b.message_zh]
    bar = ("complaint_bar_passed", "problem_known_at")
    assert [(b.code, b.field_path) for b in barred] == [bar]
    # The nominal last day (10月1日, 国庆); 10月8日 was only the day it might still be taken.
    assert "2026年10月1日" in barred[0].message_zh
    # The same reason the 12315 check gives, so nothing is lost by not running it again.
    assert barred[0].message_zh in check_12315(case, date(2026, 10, 9), CAL).problems


def test_a_platform_appeal_needs_no_article_9_fields() -> None:
    case = make_case(complainant={"address": ""})
    check = precheck(case, PacketKind.APPEAL, TODAY, CAL)
    assert check.blockers == preflight(case, PacketKind.APPEAL, TODAY, CAL) == []


def test_missing_evidence_is_what_the_advice_names() -> None:
    case = make_case()
    expected = advise(case, TODAY, CAL).missing_evidence
    assert expected  # the default case lacks screenshots
    assert recommended_evidence(case, TODAY, CAL) == expected
    assert precheck(case, COMPLAINT, TODAY, CAL).missing_evidence == expected
    done = make_case(evidence=[str(k[0]) for k in expected])
    assert recommended_evidence(done, TODAY, CAL) == []
    assert all(isinstance(k, EvidenceKind) for group in expected for k in group)


def _codes(check: object) -> list[tuple[str, str | None]]:
    return [(b.code, b.field_path) for b in check.blockers]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "kind", [COMPLAINT, PacketKind.CONSUMER_ASSOCIATION, PacketKind.CIVIL_COMPLAINT]
)
def test_an_amount_or_order_time_nobody_entered_blocks_the_authority_packets(kind) -> None:
    case = make_case(amount="0.00", events=[ev("cs_contacted", at(2026, 9, 29))])
    case.order.ordered_at = None
    check = precheck(case, kind, TODAY, CAL)
    assert ("amount_missing", "order.amount_paid") in _codes(check)
    assert ("ordered_at_missing", "order.ordered_at") in _codes(check)
    assert "实付金额为 ¥0.00：请填写实际支付的金额" in [b.message_zh for b in check.blockers]


def test_the_appeal_only_warns_about_them() -> None:
    case = make_case(amount="0.00", events=[ev("cs_contacted", at(2026, 9, 29))])
    case.order.ordered_at = None
    check = precheck(case, PacketKind.APPEAL, TODAY, CAL)
    assert not [c for c in _codes(check) if c[0] in ("amount_missing", "ordered_at_missing")]
    assert [(w.code, w.field_path) for w in check.warnings] == [
        ("amount_missing", "order.amount_paid"),
        ("ordered_at_missing", "order.ordered_at"),
    ]


@pytest.mark.parametrize(
    ("code", "blocks"),
    [
        ("", False),  # not given: the blank row says so
        ("91440300708461136T", False),
        ("9144030070846113", True),  # 16 characters
        ("91440300708461136Q", True),  # check character wrong
        ("91440300708461136I", True),  # I is not in the alphabet
    ],
)
def test_a_malformed_credit_code_blocks_12315_association_and_court(code, blocks) -> None:
    case = make_case(respondent={"credit_code": code}, events=[ev("cs_contacted", at(2026, 9, 29))])
    for kind in (COMPLAINT, PacketKind.CONSUMER_ASSOCIATION, PacketKind.CIVIL_COMPLAINT):
        found = ("credit_code_invalid", "respondent.credit_code") in _codes(
            precheck(case, kind, TODAY, CAL)
        )
        assert found is blocks, kind
    assert ("credit_code_invalid", "respondent.credit_code") not in _codes(
        precheck(case, PacketKind.APPEAL, TODAY, CAL)
    )


def test_an_event_whose_only_evidence_is_withheld_is_warned_about() -> None:
    case = make_case(
        evidence=["chat_log", "chat_log"],
        events=[
            ev("cs_contacted", at(2026, 9, 29)),
            ev("cs_refused", at(2026, 9, 30)),
        ],
    )
    case.events[0].evidence, case.events[1].evidence = ["e1"], ["e1", "e2"]
    case.evidence[0].withheld = True
    check = precheck(case, COMPLAINT, TODAY, CAL)
    assert [(w.code, w.field_path) for w in check.warnings] == [
        ("withheld_only", "events[0].evidence")
    ]
    assert "不外发" in check.warnings[0].message_zh
