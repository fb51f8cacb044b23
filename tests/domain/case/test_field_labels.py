"""The case fields read off an exhibit are named from one table: the OCR proposals and the
packet's note on where a value came from say the same words for the same field."""

from __future__ import annotations

from disputekit.domain.case.case_fields import model_field
from disputekit.domain.case.field_labels import SOURCE_FIELD_LABELS
from disputekit.domain.case.field_sources import record_source
from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.parts import FieldSource
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.domain.ocr.ocr_fields import FieldHit, Reading
from disputekit.domain.ocr.ocr_proposals import proposals
from disputekit.messages import render
from disputekit.packet.field_sources import source_note
from tests.domain.factories import make_case

NAMES = ("order_no", "merchant_order_no", "amount", "time", "platform", "counterparty")


def _reading(page: str) -> Reading:
    return Reading(page, {n: FieldHit("1", (0, 0, 10, 10), 0.9) for n in NAMES})


def test_every_field_an_ocr_proposal_fills_is_named_in_the_table_in_its_order():
    for page in ("alipay", "wechat_pay", "shop"):
        paths = [p.path for p in proposals(_reading(page))]
        assert set(paths) <= set(SOURCE_FIELD_LABELS), page
        assert paths == [p for p in SOURCE_FIELD_LABELS if p in paths], page
    targets = {p.path for page in ("alipay", "shop") for p in proposals(_reading(page))}
    assert targets == set(SOURCE_FIELD_LABELS)


def test_each_name_is_a_model_field_in_both_languages():
    for path, label in SOURCE_FIELD_LABELS.items():
        model_field(path)  # a field of the case, or KeyError
        assert render(label, "zh") and render(label, "en") != render(label, "zh")
    assert render(SOURCE_FIELD_LABELS["order.transaction_no"], "zh") == "支付交易号"


def test_the_packet_note_uses_the_table_s_words():
    case = make_case()
    case.evidence = [EvidenceItem(id="e1", kind=EvidenceKind.PAYMENT_RECORD, file="pay.png")]
    case.order.transaction_no = "2026112022001412345678901234"
    for path, value in (
        ("order.transaction_no", case.order.transaction_no),
        ("respondent.platform", case.respondent.platform),
    ):
        record_source(case, path, FieldSource("e1", (1, 2, 3, 4), value=value))
    note = source_note(case, {"e1": 2}, "投诉人")
    zh = [render(SOURCE_FIELD_LABELS[p], "zh") for p in ("order.transaction_no",
                                                           "respondent.platform")]  # fmt: skip
    assert note.startswith(f"{'、'.join(zh)}读自证据2")
