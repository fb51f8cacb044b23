"""The parties' and claims' fields added for court filings and minors survive JSON, the store
and a bundle, typed, with the keys this version does not know kept beside them."""

from __future__ import annotations

import copy
from decimal import Decimal

from disputekit.domain.case.document.case_json import dumps_case, loads_case
from disputekit.domain.case.vocabulary import GuardianRelation
from disputekit.store import Store
from disputekit.store.bundles.bundle import export_bundle, import_bundle

from .conftest import CASE_DOC


def _doc() -> dict:
    doc = copy.deepcopy(CASE_DOC)
    doc["complainant"].update(
        {
            "ethnicity": "汉族",
            "occupation": "学生",
            "employer": "某市第一中学",
            "birth_date": "2012-03-05",
            "guardian": {
                "name": "张大山",
                "phone": "13700000000",
                "id_number": "110101198001011234",
                "relation": "parent",
                "x_note": "父亲",
            },
            "share_consent": True,
        }
    )
    doc["respondent"].update(
        {
            "legal_rep": {"name": "王某", "title": "执行董事", "x_since": 2020},
            "platform_address": "杭州市余杭区五常街道文一西路969号",
            "shop_address": "南京市鼓楼区广州路1号",
        }
    )
    doc["filed_by"].update({"relation": "recommended", "recommended_by": "朝阳区某某社区居委会"})
    doc["claims"].update({"delivery": True, "fraud_damages": True, "void_purchase": True})
    return doc


def test_new_fields_are_typed_and_round_trip_through_json_store_and_bundle(
    store, make_case, tmp_path
):
    case = make_case(doc=_doc())
    assert case.complainant.guardian is not None
    assert case.complainant.guardian.relation is GuardianRelation.PARENT
    assert case.complainant.guardian.extra == {"x_note": "父亲"}
    assert case.complainant.ethnicity == "汉族"
    assert case.complainant.share_consent is True
    assert case.respondent.legal_rep is not None and case.respondent.legal_rep.title == "执行董事"
    assert case.respondent.shop_address == "南京市鼓楼区广州路1号"
    assert "shop_address" not in case.respondent.extra
    assert case.filed_by is not None and case.filed_by.recommended_by == "朝阳区某某社区居委会"
    assert case.claims.fraud_damages and case.claims.void_purchase and case.claims.delivery
    assert case.claims.refund_amount == Decimal("98.50")
    text = dumps_case(case)
    assert loads_case(text) == case
    case_id = store.cases.create(case)
    assert dumps_case(store.cases.get(case_id)) == text
    other = Store.open(tmp_path / "other")
    try:
        bundle = export_bundle(store, case_id, tmp_path / "b.zip")
        back = other.cases.get(import_bundle(other, bundle))
    finally:
        other.close()
    assert dumps_case(back) == text
    assert back.respondent.legal_rep.extra == {"x_since": 2020}


def test_a_case_without_the_new_fields_is_written_as_before(make_case):
    text = dumps_case(make_case())
    for key in ("ethnicity", "guardian", "legal_rep", "platform_address", "fraud_damages"):
        assert f'"{key}"' not in text


def test_a_guardian_id_number_is_checked_like_the_buyers(make_case):
    import pytest

    from disputekit.domain.case.document.case_json import CaseFormatError

    doc = _doc()
    doc["complainant"]["guardian"]["id_number"] = "12345"
    with pytest.raises(CaseFormatError) as raised:
        make_case(doc=doc)
    assert "complainant.guardian.id_number" in str(raised.value)
