"""The case JSON contract: exact round trips, every error at once with its path, hostile values."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from disputekit.domain.case.document.case_json import (
    CaseFormatError,
    FieldError,
    case_from_dict,
    case_to_dict,
    dumps_case,
    loads_case,
)
from disputekit.messages import Msg, msg, render

DOC = {
    "format": "disputekit.case/1",
    "complainant": {"name": "张三", "phone": "138", "address": "北京", "email": None, "qq": "1"},
    "respondent": {"platform": "某某卡盟", "shop": "店", "x_rating": 4.5},
    "order": {
        "order_no": "KM2026112000123",
        "product": "腾讯Q币 100元",
        "category": "game_card",
        "quantity": 2,
        "amount_paid": "98.50",
        "payment_method": "wechat_pay",
        "ordered_at": "2026-11-20T10:15:00+08:00",
        "status": "delivered_not_credited",
        "instant_delivery": True,
        "flash_sale": False,
        "transaction_no": "T1",
        "target_account": {"game": "G", "region": "R", "server": "S", "account": "A", "z": [1]},
        "x_sku": {"id": 7, "tags": ["a", None]},
    },
    "problem": "not_received",
    "problem_known_at": "2026-11-20T11:00:00Z",
    "filed_by": {"name": "志愿者", "relation": "volunteer", "badge": 12},
    "claims": {"refund_amount": "98.50", "delivery": True, "other": "", "extra_claim": "x"},
    "events": [
        {
            "id": "ev1",
            "at": "2026-11-20T10:40:00-05:00",
            "kind": "cs_replied",
            "note": "",
            "outcome": "positive",
            "evidence": ["e1"],
            "who": "客服小美",
        }
    ],
    "evidence": [
        {
            "id": "e1",
            "kind": "chat_log",
            "file": "evidence/chat.png",
            "sha256": "AB" * 32,
            "derived_from": "cd" * 32,
            "dpi": 326,
        }
    ],
    "x_top": {"nested": True},
}


def doc() -> dict:
    return copy.deepcopy(DOC)


def errors_of(data, language: str = "en") -> list[str]:
    with pytest.raises(CaseFormatError) as info:
        case_from_dict(data) if not isinstance(data, str | bytes) else loads_case(data)
    return [render(e.text, language) for e in info.value.errors]


def test_load_dump_load_is_identical_and_keeps_unknown_keys_everywhere():
    first = loads_case(json.dumps(DOC, ensure_ascii=False))
    text = dumps_case(first)
    second = loads_case(text)
    assert second == first
    assert dumps_case(second) == text
    out = json.loads(text)
    assert out["complainant"]["qq"] == "1"
    assert out["respondent"]["x_rating"] == 4.5
    assert out["order"]["x_sku"] == {"id": 7, "tags": ["a", None]}
    assert out["order"]["target_account"]["z"] == [1]
    assert out["filed_by"]["badge"] == 12
    assert out["claims"]["extra_claim"] == "x"
    assert out["events"][0]["who"] == "客服小美"
    assert out["evidence"][0]["dpi"] == 326
    assert out["x_top"] == {"nested": True}
    assert out["evidence"][0]["sha256"] == "ab" * 32  # normalised to lower case
    assert out["events"][0]["at"] == "2026-11-20T10:40:00-05:00"  # the offset is kept
    assert "张三" in text  # readable, not \\u escapes
    assert case_to_dict(first) == out


def test_money_is_decimal_and_dumped_with_two_decimals():
    data = doc()
    data["order"]["amount_paid"] = "¥1,234.5"
    data["claims"]["refund_amount"] = 30
    case = case_from_dict(data)
    assert case.order.amount_paid == Decimal("1234.50")
    out = case_to_dict(case)
    assert (out["order"]["amount_paid"], out["claims"]["refund_amount"]) == ("1234.50", "30.00")


def test_all_errors_are_reported_at_once_with_their_paths():
    data = doc()
    data["format"] = "other/2"
    data["respondent"]["platform"] = ""
    data["order"]["amount_paid"] = "-5"
    data["order"]["quantity"] = 0
    data["order"]["status"] = "lost"
    data["events"][0]["at"] = "2026-11-20 10:40"
    data["events"][0]["evidence"] = ["e9"]
    data["evidence"][0]["sha256"] = "xyz"
    data["evidence"].append({"id": "e1", "kind": "chat_log"})
    errors = errors_of(data)
    assert errors == [
        "format: \"other/2\" is not supported (expected 'disputekit.case/1')",
        "respondent.platform: is empty",
        "order.quantity: 0 is out of range (1 to 100000)",
        "order.amount_paid: '-5' is negative",
        'order.status: "lost" is not one of: pending_delivery, delivered_not_credited, '
        "completed, cancelled",
        'events[0].at: "2026-11-20 10:40" has no UTC offset (write e.g. +08:00)',
        'evidence[0].sha256: "xyz" is not a SHA-256 (64 hex digits)',
        'evidence[1].id: "e1" is used by another evidence item',
    ]


def test_broken_json_names_line_and_column():
    assert errors_of('{\n  "format": "disputekit.case/1",\n  oops\n}') == [
        "not valid JSON: Expecting property name enclosed in double quotes (line 3, column 3)"
    ]
    assert errors_of(b"\xff\xfe\x00") == ["not UTF-8 text: truncated data"]


def test_not_an_object_and_wrong_types():
    assert errors_of("[1, 2]") == ["must be an object, not a list"]
    assert errors_of('"张三"') == ["must be an object, not text"]
    data = doc()
    data["complainant"] = "张三"
    data["order"]["instant_delivery"] = "yes"
    data["order"]["quantity"] = "2"
    data["order"]["amount_paid"] = 98.5
    data["events"] = {"id": "ev1"}
    data["evidence"][0]["caption"] = 12
    errors = errors_of(data)
    assert "complainant: must be an object, not text" in errors
    assert 'order.instant_delivery: must be true or false, not "yes"' in errors
    assert 'order.quantity: must be a whole number, not "2"' in errors
    assert (
        "order.amount_paid: 98.5 is a floating-point number; write the amount as a string" in errors
    )
    assert "events: must be a list, not an object" in errors
    assert "evidence[0].caption: must be text, not a number" in errors


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-0.01", "'-0.01' is negative"),
        ("NaN", "'NaN' is not a finite number"),
        ("Infinity", "'Infinity' is not a finite number"),
        ("1e30", "'1e30' is too large (at most 100000000)"),
        ("1.005", "'1.005' has more than two decimal places"),
        ("abc", "'abc' is not a number (write e.g. 98.50 or 1,234.50)"),
        ("", "is empty"),
        (True, "True is true/false, not an amount"),
    ],
)
def test_hostile_money(value, message):
    data = doc()
    data["order"]["amount_paid"] = value
    assert errors_of(data) == [f"order.amount_paid: {message}"]


def test_bare_nan_in_json_is_refused():
    text = json.dumps(DOC).replace('"98.50"', "NaN", 1)
    assert errors_of(text) == ["NaN is not allowed in a case file"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-20T10:15:00", "has no UTC offset (write e.g. +08:00)"),
        ("2026-11-20", "has no UTC offset (write e.g. +08:00)"),
        ("2026-02-30T10:00:00+08:00", "is not a valid date and time (ISO 8601)"),
        ("2026-13-01T10:00:00+08:00", "is not a valid date and time (ISO 8601)"),
        ("2026-11-20T25:00:00+08:00", "is not a valid date and time (ISO 8601)"),
        ("yesterday", "is not a valid date and time (ISO 8601)"),
    ],
)
def test_dates_without_offset_and_impossible_dates(value, message):
    data = doc()
    data["order"]["ordered_at"] = value
    assert errors_of(data) == [f"order.ordered_at: {json.dumps(value)} {message}"]


def test_a_number_where_a_date_belongs():
    data = doc()
    data["problem_known_at"] = 1700000000
    assert errors_of(data) == [
        "problem_known_at: must be an ISO 8601 date-time string, not a number"
    ]


def test_one_megabyte_strings_are_refused_with_their_length():
    data = doc()
    data["complainant"]["name"] = "名" * 1_000_000
    data["events"][0]["note"] = "x" * 1_000_000
    assert errors_of(data) == [
        "complainant.name: is 1,000,000 characters long; at most 200 are allowed",
        "events[0].note: is 1,000,000 characters long; at most 20,000 are allowed",
    ]


def test_errors_carry_a_code_for_front_ends_to_word_them():
    data = doc()
    data["respondent"]["platform"] = ""
    del data["order"]["order_no"]
    data["complainant"]["name"] = "名" * 201
    data["order"]["status"] = "lost"
    with pytest.raises(CaseFormatError) as info:
        case_from_dict(data)
    coded = {(e.path, e.code, e.limit) for e in info.value.errors}
    assert coded == {
        ("respondent.platform", "required", None),
        ("order.order_no", "required", None),
        ("complainant.name", "too_long", 200),
        ("order.status", "invalid", None),
    }


def test_emoji_and_right_to_left_text_are_accepted_and_round_trip():
    data = doc()
    data["complainant"]["name"] = "👩‍👩‍👧 زينب"
    data["respondent"]["shop"] = "\u202eدكان\u202c 🛒"
    data["events"][0]["note"] = "שלום 😀 𠀀"
    case = case_from_dict(data)
    again = loads_case(dumps_case(case))
    assert again == case
    assert again.complainant.name == "👩‍👩‍👧 زينب"
    assert again.respondent.shop == "\u202eدكان\u202c 🛒"


def test_field_error_text_names_the_path_in_each_language():
    error = FieldError("order.amount_paid", msg("money.negative", value="'-5'"))
    assert render(error.text, "en") == "order.amount_paid: '-5' is negative"
    assert str(error) == render(error.text, "zh_CN") == "order.amount_paid：'-5' 为负数"
    assert str(FieldError("", "用户自己的话")) == "用户自己的话"


def test_validation_errors_are_chinese_as_text_and_english_on_request():
    data = doc()
    del data["respondent"]
    data["order"]["status"] = "lost"
    data["events"][0]["at"] = "2026-11-20 10:40"
    with pytest.raises(CaseFormatError) as info:
        case_from_dict(data)
    assert (
        str(info.value).splitlines()
        == errors_of(data, "zh_CN")
        == [
            "respondent：缺少此项",
            "respondent.platform：缺少此项",
            'order.status："lost" 不是以下之一：pending_delivery, delivered_not_credited, '
            "completed, cancelled",
            'events[0].at："2026-11-20 10:40" 缺少时区（请写如 +08:00）',
        ]
    )
    assert errors_of(data)[0] == "respondent: is missing"
    assert all(isinstance(e.message, Msg) for e in info.value.errors)


def test_a_lone_surrogate_is_refused_with_its_path():
    # Valid JSON ("\ud800" escapes are allowed) but not Unicode: writing it as UTF-8 crashed.
    text = json.dumps(doc()).replace('"KM2026112000123"', '"KM\\ud800"')
    with pytest.raises(CaseFormatError) as caught:
        loads_case(text)
    assert [e.path for e in caught.value.errors] == ["order.order_no"]
    assert "lone surrogate" in render(caught.value.errors[0].message, "en")


def test_a_lone_surrogate_in_an_unknown_key_is_refused():
    text = json.dumps(doc())[:-1] + ', "x\\udc00": 1}'
    with pytest.raises(CaseFormatError) as caught:
        loads_case(text)
    assert render(caught.value.errors[0].message, "en").startswith(
        "the key contains a lone surrogate"
    )


def test_900_levels_under_an_unknown_key_are_refused_not_kept():
    text = json.dumps(doc())[:-1] + ', "x_deep": ' + "[" * 900 + "]" * 900 + "}"
    with pytest.raises(CaseFormatError) as caught:
        loads_case(text)
    (error,) = caught.value.errors
    assert error.path.startswith("x_deep[0][0]")
    assert render(error.message, "en") == "is nested more than 64 levels deep"
    assert error.message == "嵌套超过 64 层"


def test_nesting_within_the_limit_is_kept():
    data = doc()
    deep: dict = {}
    inner = deep
    for _ in range(60):
        inner["k"] = {}
        inner = inner["k"]
    data["x_deep"] = deep
    case = loads_case(json.dumps(data))
    assert json.loads(dumps_case(case))["x_deep"] == deep


def test_a_key_frame_names_its_recording_by_an_evidence_id_the_case_holds() -> None:
    from disputekit.domain.case.document.case_json import CaseFormatError, dumps_case, loads_case
    from disputekit.domain.case.model import EvidenceItem
    from tests.domain.factories import make_case

    case = make_case()
    case.evidence = [
        EvidenceItem("e1", file="rec.mp4"),
        EvidenceItem("e2", file="rec@0-01.2.png", derived_from="e1", at_seconds=1.234),
        EvidenceItem("e3", file="copy.png", derived_from="ab" * 32),
    ]
    again = loads_case(dumps_case(case))
    assert [(e.derived_from, e.at_seconds) for e in again.evidence] == [
        (None, None),
        ("e1", 1.234),
        ("ab" * 32, None),
    ]
    case.evidence[1].derived_from = "e9"
    with pytest.raises(CaseFormatError) as caught:
        loads_case(dumps_case(case))
    assert [e.path for e in caught.value.errors] == ["evidence[1].derived_from"]
    assert "e9" in str(caught.value.errors[0].message)
