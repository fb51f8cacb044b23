"""Where a confirmed value came from: kept in the case JSON, validated, applied from OCR."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from disputekit.domain.case.document.case_json import (
    CaseFormatError,
    case_from_dict,
    case_to_dict,
    dumps_case,
    loads_case,
)
from disputekit.domain.case.field_sources import current_sources, field_sources
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.parts import FieldSource
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.domain.ocr.ocr_fields import FieldHit, Reading
from disputekit.domain.ocr.ocr_proposals import apply_proposals, proposals
from disputekit.timeutil import SHANGHAI


def hit(value: str, y: int) -> FieldHit:
    return FieldHit(value, (600, y, 400, 40), 0.98, "label", value)


ALIPAY = Reading(
    "alipay",
    {
        "order_no": hit("2026112022001412345678901234", 930),
        "merchant_order_no": hit("KM2026112000123", 1040),
        "amount": hit("98.50", 360),
        "time": hit("2026-11-20T10:15:32+08:00", 600),
        "counterparty": hit("某某网络科技有限公司", 820),
    },
)


def case_with_screenshot() -> Case:
    case = Case()
    case.respondent.platform = "星辰卡盟"
    case.evidence.append(EvidenceItem("e1", EvidenceKind.PAYMENT_RECORD, sha256="a" * 64))
    return case


def test_payment_page_numbers_go_to_the_right_case_fields():
    by_path = {p.path: (p.field, p.value) for p in proposals(ALIPAY)}
    assert by_path == {
        "order.order_no": ("merchant_order_no", "KM2026112000123"),
        "order.transaction_no": ("order_no", "2026112022001412345678901234"),
        "order.amount_paid": ("amount", "98.50"),
        "order.ordered_at": ("time", "2026-11-20T10:15:32+08:00"),
        "respondent.company": ("counterparty", "某某网络科技有限公司"),
    }
    shop = Reading("shop", {"order_no": hit("KM2026112000123", 400)})
    assert [(p.path, p.value) for p in proposals(shop)] == [("order.order_no", "KM2026112000123")]


def test_only_chosen_fields_are_applied_and_each_records_its_box():
    case = case_with_screenshot()
    chosen = [p for p in proposals(ALIPAY) if p.field in ("merchant_order_no", "amount", "time")]
    changed = apply_proposals(case, chosen, "e1")
    assert changed == ["order.order_no", "order.amount_paid", "order.ordered_at"]
    assert case.order.order_no == "KM2026112000123"
    assert case.order.amount_paid == Decimal("98.50")
    assert case.order.ordered_at == datetime(2026, 11, 20, 10, 15, 32, tzinfo=SHANGHAI)
    assert case.order.transaction_no == ""  # not chosen, not filled
    assert case.respondent.company == ""
    assert field_sources(case) == {
        "order.order_no": FieldSource("e1", (600, 1040, 400, 40), value="KM2026112000123"),
        "order.amount_paid": FieldSource("e1", (600, 360, 400, 40), value="98.50"),
        "order.ordered_at": FieldSource(
            "e1", (600, 600, 400, 40), value="2026-11-20T10:15:32+08:00"
        ),
    }


def test_sources_survive_a_json_round_trip_and_lapse_when_the_field_is_edited():
    case = case_with_screenshot()
    apply_proposals(case, proposals(ALIPAY), "e1")
    data = case_to_dict(case)
    assert data["field_sources"]["order.amount_paid"] == {
        "evidence": "e1", "box": [600, 360, 400, 40], "method": "ocr", "value": "98.50",
    }  # fmt: skip
    back = loads_case(dumps_case(case))
    assert field_sources(back) == field_sources(case)
    assert set(current_sources(back)) == set(field_sources(case))
    back.order.amount_paid = Decimal("90.00")  # the user corrected it by hand
    assert "order.amount_paid" not in current_sources(back)
    back.evidence.clear()  # the exhibit is gone: nothing can be attributed to it
    assert current_sources(back) == {}


def test_malformed_sources_are_named_by_json_path():
    data = case_to_dict(case_with_screenshot())
    data["order"]["order_no"] = "KM1"
    data["order"]["ordered_at"] = "2026-11-20T10:15:32+08:00"
    data["field_sources"] = {
        "order.order_no": {"evidence": "e1", "box": [1, 2, 3], "value": "KM1"},
        "order.amount_paid": {"box": [1, 2, 3, 4], "value": 98.5},
    }
    with pytest.raises(CaseFormatError) as info:
        case_from_dict(data)
    paths = {e.path for e in info.value.errors}
    assert paths == {
        "field_sources.order.order_no.box",
        "field_sources.order.amount_paid.evidence",
        "field_sources.order.amount_paid.value",
    }
