"""12315 eligibility: the three-year limit, the fields of 第九条, and 第十条 authorization."""

from __future__ import annotations

from datetime import date

import pytest

from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.legal.eligibility import authorization_note
from tests.domain.factories import at, make_case
from tests.support.shipped import check_12315

CAL = WorkCalendar()


def test_a_complete_case_is_accepted():
    result = check_12315(make_case(), date(2026, 11, 26), CAL)
    assert result.accepted is True
    assert (result.problems, result.missing_fields, result.needs_authorization) == ([], [], False)
    assert result.to_json() == {"accepted": True, "problems": [], "requirements": []}


@pytest.mark.parametrize(
    ("today", "accepted"),
    [
        # known 2023-10-01: three years end 2026-10-01, a holiday → 10月8日 (第二百零三条)
        (date(2026, 10, 8), True),
        (date(2026, 10, 9), False),
    ],
)
def test_more_than_three_years_is_not_accepted(today, accepted):
    case = make_case(known_at=at(2023, 10, 1), ordered_at=at(2023, 9, 1))
    result = check_12315(case, today, CAL)
    assert result.accepted is accepted
    if not accepted:
        (problem,) = result.problems
        # The nominal last day is named; 10月8日 was only the day it might still be accepted.
        assert "超过三年" in problem and "2026年10月1日" in problem
        assert "《市场监督管理投诉举报处理办法》第十六条（四）" in problem
        assert "《中华人民共和国民法典》第一百八十八条" in problem
        assert result.missing_fields == []


def test_the_limit_counts_from_the_order_when_the_known_date_is_missing():
    case = make_case(ordered_at=at(2023, 6, 1))
    assert check_12315(case, date(2026, 6, 1), CAL).accepted  # 2026-06-01 is a Monday
    assert not check_12315(case, date(2026, 6, 2), CAL).accepted


@pytest.mark.parametrize(
    ("override", "path", "label"),
    [
        ({"complainant": {"name": ""}}, "complainant.name", "投诉人姓名"),
        ({"complainant": {"phone": " "}}, "complainant.phone", "投诉人电话号码"),
        ({"complainant": {"address": ""}}, "complainant.address", "投诉人通讯地址"),
        ({"respondent": {"company": "", "platform": ""}}, "respondent.company", "被投诉人名称"),
        ({"respondent": {"address": ""}}, "respondent.address", "被投诉人地址"),
    ],
)
def test_each_missing_field_is_named(override, path, label):
    result = check_12315(make_case(**override), date(2026, 11, 26), CAL)
    assert result.accepted is False
    assert result.missing_fields == [path]
    (problem,) = result.problems
    assert label in problem
    assert "《市场监督管理投诉举报处理办法》第十条" in problem


def test_all_missing_fields_in_one_problem():
    case = make_case(complainant={"name": "", "phone": "", "address": ""})
    result = check_12315(case, date(2026, 11, 26), CAL)
    assert result.missing_fields == ["complainant.name", "complainant.phone", "complainant.address"]
    assert len(result.problems) == 1


def test_the_platform_name_names_the_respondent_when_the_company_is_unknown():
    case = make_case(respondent={"company": ""})
    assert check_12315(case, date(2026, 11, 26), CAL).accepted


def test_filing_for_someone_else_needs_authorization():
    case = make_case(filed_by=True)
    result = check_12315(case, date(2026, 11, 26), CAL)
    assert result.needs_authorization is True
    assert result.accepted is True  # the papers cannot be checked; see the note
    note = authorization_note(case)
    assert "授权委托书" in note and "受托人身份证明" in note and "李四" in note
    assert "《市场监督管理投诉举报处理办法》第十一条" in note
    assert authorization_note(make_case()) is None
    # The JSON and the CLI's 12315 section carry it, not only the warnings.
    assert result.to_json()["requirements"] == [note]
