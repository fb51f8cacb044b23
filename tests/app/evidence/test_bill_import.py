"""A bill attached to a case: one vault file, payment evidence, filled fields read back."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from disputekit.app.evidence.bill_import import (
    NoMatchingRow,
    attach_bill,
    create_cases,
    import_bill,
)
from disputekit.bills.read import read_bill_bytes
from disputekit.domain.case.model import Case, Order
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, PaymentMethod
from disputekit.store import Store
from disputekit.store.bundles.bundle import export_bundle, import_bundle
from tests.support import bill_samples as samples

BILL = read_bill_bytes(samples.alipay_csv(samples.sample_rows(5)), "alipay_record.csv")


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def _case(store: Store, **order: object) -> int:
    return store.cases.create(Case(order=Order(**order)))


def test_attach_by_order_number_fills_empty_fields_and_stores_the_file_once(store: Store) -> None:
    case_id = _case(store, order_no="KM20261120000002", product="话费")
    result = attach_bill(store, case_id, BILL)
    assert result.rule == "merchant_order_no"
    assert [r.number for r in result.rows] == [3]
    assert result.filled == ["transaction_no", "amount_paid", "payment_method", "paid_at"]

    case = store.cases.get(case_id)
    assert case.order.transaction_no == "2026112022001000000000000002"
    assert case.order.amount_paid == Decimal("159.38")
    assert case.order.payment_method is PaymentMethod.ALIPAY
    (paid,) = case.events_of(EventKind.PAID)
    assert paid.at == datetime.fromisoformat("2026-11-20T08:40:58+08:00")
    (item,) = case.evidence
    assert paid.evidence == [item.id]
    assert item.kind is EvidenceKind.PAYMENT_RECORD
    assert item.source == "official_export"
    assert item.sha256 == BILL.sha256
    assert item.original_name == "alipay_record.csv"
    assert item.captured_at == datetime.fromisoformat("2026-11-27T10:00:00+08:00")  # 导出时间
    assert "第 3 行" in item.caption
    assert store.vault.path(BILL.sha256).read_bytes() == BILL.data
    assert store.vault.info(BILL.sha256).format == "CSV"
    assert store.vault.thumbnail(BILL.sha256).is_file()  # a document icon

    # again: no second evidence item, no second paid event, nothing more filled
    again = attach_bill(store, case_id, BILL)
    assert again.filled == [] and again.evidence_id == item.id
    assert len(store.cases.get(case_id).evidence) == 1
    other = _case(store, order_no="KM20261120000004")
    attach_bill(store, other, BILL)
    rows = store.db.execute("SELECT COUNT(*) FROM files").fetchone()
    assert rows[0] == 1  # two cases, one vault file


def test_no_matching_row_stores_nothing_and_names_the_nearest(store: Store) -> None:
    at = datetime.fromisoformat("2026-11-20T10:00:00+08:00")
    case_id = _case(store, order_no="NOT-IN-BILL", amount_paid=Decimal("1.00"), ordered_at=at)
    with pytest.raises(NoMatchingRow) as caught:
        attach_bill(store, case_id, BILL)
    assert [r.number for r in caught.value.nearest] == [1, 2, 3]
    assert caught.value.order.order_no == "NOT-IN-BILL"
    assert store.cases.get(case_id).evidence == []
    assert store.db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 0


def test_a_chosen_row_is_used_as_is(store: Store) -> None:
    case_id = _case(store, order_no="NOT-IN-BILL", amount_paid=Decimal("5.00"))
    result = attach_bill(store, case_id, BILL, [4])
    assert result.rule == "chosen"
    assert result.filled == ["transaction_no", "payment_method", "paid_at"]
    assert store.cases.get(case_id).order.amount_paid == Decimal("5.00")
    with pytest.raises(ValueError, match="there is no row 9"):
        attach_bill(store, case_id, BILL, [9])


def test_a_resaved_copy_does_not_pass_for_the_official_export(store: Store) -> None:
    copy = read_bill_bytes(samples.alipay_csv(samples.sample_rows(2), preamble=False), "c.csv")
    case_id = _case(store, order_no="KM20261120000001")
    attach_bill(store, case_id, copy)
    (item,) = store.cases.get(case_id).evidence
    assert item.source == "支付宝账单导出（经表格软件另存，已不是原始导出文件）"


def test_create_one_case_per_row(store: Store) -> None:
    results = create_cases(store, BILL, [2, 5])
    assert [r.created for r in results] == [True, True]
    first, second = (store.cases.get(r.case_id) for r in results)
    assert first.order.order_no == "KM20261120000001"
    assert second.order.order_no == "KM20261120000004"
    assert second.order.amount_paid == Decimal("317.76")
    assert first.evidence[0].sha256 == second.evidence[0].sha256 == BILL.sha256
    assert first.events[0].evidence == [first.evidence[0].id]


def test_a_case_with_a_bill_survives_a_bundle_round_trip(store: Store, tmp_path: Path) -> None:
    xlsx = read_bill_bytes(samples.wechat_xlsx(samples.sample_rows(3)), "微信支付账单.xlsx")
    (result,) = create_cases(store, xlsx, [1])
    out = export_bundle(store, result.case_id, tmp_path / "case.zip")
    with Store.open(tmp_path / "other") as other:
        new_id = import_bundle(other, out)
        item = other.cases.get(new_id).evidence[0]
        assert item.sha256 == xlsx.sha256
        assert other.vault.info(xlsx.sha256).format == "XLSX"
        assert other.vault.path(xlsx.sha256).read_bytes() == xlsx.data


def test_a_value_the_bill_contradicts_is_kept_and_reported(store: Store) -> None:
    case_id = _case(
        store,
        order_no="KM20261120000002",
        amount_paid=Decimal("49.20"),
        transaction_no="4200009999",
    )
    result = attach_bill(store, case_id, BILL)
    assert result.filled == ["payment_method", "paid_at"]
    assert result.differs == [
        ("amount_paid", "49.20", "159.38"),
        ("transaction_no", "4200009999", "2026112022001000000000000002"),
    ]
    order = store.cases.get(case_id).order
    assert (order.amount_paid, order.transaction_no) == (Decimal("49.20"), "4200009999")


def test_a_bill_cannot_be_redacted(store: Store) -> None:
    from disputekit.messages import render
    from disputekit.store.pdf.redact_pixels import PageBox, RedactionError
    from disputekit.store.pdf.redaction import redact_evidence

    (result,) = create_cases(store, BILL, [1])
    with pytest.raises(RedactionError) as refused:
        redact_evidence(store, result.case_id, result.evidence_id, [PageBox(1, (0, 0, 5, 5))])
    assert "is a CSV bill export, not a picture or a PDF" in render(refused.value.text, "en")
    assert "是 CSV 账单导出文件" in str(refused.value)
    assert [e.id for e in store.cases.get(result.case_id).evidence] == [result.evidence_id]


def test_import_bill_attaches_to_a_case_or_makes_one_per_row(store: Store) -> None:
    case_id = _case(store, order_no="NOT-IN-BILL", amount_paid=Decimal("5.00"))
    [attached] = import_bill(store, BILL, case_id, [4])
    assert (attached.case_id, attached.created) == (case_id, False)
    made = import_bill(store, BILL, None, [1, 2])
    assert [r.created for r in made] == [True, True]
    assert store.cases.count() == 3
