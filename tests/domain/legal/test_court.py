"""Which court a 民事起诉状 names (互联网法院规定第二条第（一）项), and the 原告 identity fields."""

from __future__ import annotations

import re
from datetime import date

import pytest

from disputekit.domain.case.case_json import CaseFormatError, dumps_case, loads_case
from disputekit.domain.case.vocabulary import Gender
from disputekit.domain.legal.court import choose_court
from disputekit.messages import Msg, render


@pytest.mark.parametrize(
    ("address", "court"),
    [
        ("北京市朝阳区望京街10号", "北京互联网法院"),
        ("广东省广州市天河区体育西路1号", "广州互联网法院"),
        ("浙江省杭州市滨江区网商路599号", "杭州互联网法院"),
        ("广州市越秀区北京路88号", "广州互联网法院"),  # the first city named is where it is
        ("浙江省宁波市杭州湾新区滨海二路1号", None),  # 杭州湾 is not Hangzhou
        ("广东省深圳市南山区科技园", None),
        ("", None),
    ],
)
def test_court_by_defendant_address(address, court):
    choice = choose_court(address)
    assert choice.name == court
    if court:
        assert choice.addressee == court
        assert "第二条第（一）项" in choice.note
    else:
        assert choice.addressee == "________人民法院"
        assert ("基层人民法院" in choice.note) or ("尚未填写被告住所" in choice.note)


@pytest.mark.parametrize(
    ("address", "english"),
    [
        ("广州市越秀区北京路88号", "domiciled in Guangzhou, and this is a dispute"),
        ("广东省深圳市南山区科技园", "domiciled outside Beijing, Guangzhou, Hangzhou: sue in"),
        ("", "The defendant's address is not filled in"),
    ],
)
def test_the_court_note_is_a_message_with_english(address, english):
    note = choose_court(address).note
    assert isinstance(note, Msg)
    shown = render(note, "en")
    assert english in shown
    # Only the citation stays Chinese, as everywhere in the English UI.
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"《[^》]+》\S*项", "", shown)), shown


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
    from disputekit.domain.case.id_number import check_character, id_number_problems

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
