"""Which court a 民事起诉状 names (互联网法院规定第二条第（一）项), and the 原告 identity fields."""

from __future__ import annotations

from datetime import date

import pytest

from disputekit.domain.case.document.case_json import CaseFormatError, dumps_case, loads_case
from disputekit.domain.case.vocabulary import CourtBasis, Gender
from disputekit.domain.legal.court import choose_court
from disputekit.messages import Msg, render


def _court(address: str, basis: CourtBasis = CourtBasis.DEFENDANT):
    from disputekit.divisions_data import load_divisions

    return choose_court(load_divisions().read(address), address, basis)


@pytest.mark.parametrize(
    ("address", "court"),
    [
        ("北京市朝阳区望京街10号", "北京互联网法院"),
        ("广东省广州市天河区体育西路1号", "广州互联网法院"),
        ("浙江省杭州市滨江区网商路599号", "杭州互联网法院"),
        ("广州市越秀区北京路88号", "广州互联网法院"),
        # A city named in a street is not where the address is.
        ("上海市黄浦区北京东路1号", "上海市黄浦区人民法院"),
        ("南京市鼓楼区广州路8号", "南京市鼓楼区人民法院"),
        ("江苏省昆山市前进西路1号", "江苏省昆山市人民法院"),
        ("广东省深圳市南山区科技园", "深圳市南山区人民法院"),
        # Unknown stays unknown: no district read, or one that names no single place.
        ("浙江省宁波市杭州湾新区滨海二路1号", None),
        ("朝阳区某路1号", None),
        ("北京路1号", None),
        ("", None),
    ],
)
def test_court_by_parsed_divisions(address, court):
    choice = _court(address)
    assert choice.name == court
    assert choice.addressee == (court or "________人民法院")
    if court and "互联网" in court:
        assert "第二条第（一）项" in render(choice.note, "zh")


def test_the_buyer_may_choose_their_own_domicile():
    choice = _court("上海市黄浦区北京东路1号", CourtBasis.BUYER)
    assert choice.name == "上海市黄浦区人民法院"
    assert render(choice.note, "zh").startswith("原告住所地（合同履行地）在上海市黄浦区")


@pytest.mark.parametrize(
    ("address", "english"),
    [
        ("广州市越秀区北京路88号", "in Guangzhou. This is a dispute"),
        ("广东省深圳市南山区科技园", "outside the cities of the Beijing, Guangzhou and Hangzhou"),
        ("", "is not filled in"),
    ],
)
def test_the_court_note_is_a_message_with_english(address, english):
    note = _court(address).note
    assert isinstance(note, Msg)
    shown = render(note, "en")
    assert english in shown


def _doc(**complainant: object) -> str:
    import json

    base = {
        "format": "disputekit.case/1",
        "complainant": {"name": "张三", **complainant},
        "respondent": {"platform": "某卡盟"},
        "order": {
            "order_no": "KM1",
            "product": "Q币",
            "amount_paid": "10.00",
            "payment_method": "alipay",
            "status": "completed",
            "ordered_at": "2026-11-20T10:00:00+08:00",
        },
        "problem": "not_received",
    }
    return json.dumps(base, ensure_ascii=False)


def test_identity_round_trips_and_is_left_out_when_unknown():
    case = loads_case(_doc(id_number="33010619900101123x", gender="male", birth_date="1990-01-01"))
    c = case.complainant
    assert (c.id_number, c.gender, c.birth_date) == (
        "33010619900101123X",
        Gender.MALE,
        date(1990, 1, 1),
    )
    again = loads_case(dumps_case(case)).complainant
    assert (again.id_number, again.gender, again.birth_date) == (
        c.id_number,
        c.gender,
        c.birth_date,
    )
    plain = dumps_case(loads_case(_doc()))
    assert "id_number" not in plain and "gender" not in plain and "birth_date" not in plain


def test_bad_identity_values_name_their_paths():
    with pytest.raises(CaseFormatError) as info:
        loads_case(_doc(id_number="12345", gender="x", birth_date="1990-13-01"))
    paths = {e.path for e in info.value.errors}
    assert {"complainant.id_number", "complainant.gender", "complainant.birth_date"} <= paths


def test_id_number_checksum_birth_date_and_gender():
    from disputekit.domain.case.values.id_number import check_character, id_number_problems

    assert check_character("11010519491231002") == "X"  # the standard's own example
    good = "33010619900101123X"
    assert id_number_problems(good, Gender.MALE, date(1990, 1, 1)) == []
    assert id_number_problems(good.lower(), None, None) == []
    assert [f for f, _ in id_number_problems("330106199001011230", Gender.MALE, None)] == [
        "id_number"
    ]
    assert [f for f, _ in id_number_problems("3301061990", None, None)] == ["id_number"]
    problems = dict(id_number_problems(good, Gender.FEMALE, date(1990, 1, 2)))
    assert "19900101" in problems["birth_date"]
    assert "男" in problems["gender"]
