"""From what a screenshot shows to what the case could take: one proposal per case field.

A payment app's 订单号/交易单号 is the payment's own number (the case's `transaction_no`);
the shop's order number appears there as 商家订单号/商户单号. On a shop's order page 订单号
is the shop's number. Nothing is applied until the user confirms it (`apply_proposals`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from disputekit.domain.case.field_labels import SOURCE_FIELD_LABELS
from disputekit.domain.case.field_sources import field_value, record_source
from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import FieldSource
from disputekit.domain.case.vocabulary import PaymentMethod
from disputekit.domain.ocr.ocr_fields import FieldHit, Reading


@dataclass(frozen=True)
class Proposal:
    """Put `value` (contract text) into the case field at `path`, read as OCR field `field`."""

    path: str
    field: str
    value: str
    hit: FieldHit


_PAYMENT_PAGES = {"alipay": PaymentMethod.ALIPAY, "wechat_pay": PaymentMethod.WECHAT_PAY}
_COMMON = {
    "amount": "order.amount_paid",
    "time": "order.ordered_at",
    "platform": "respondent.platform",
    "counterparty": "respondent.company",
}


def proposals(reading: Reading) -> list[Proposal]:
    """The case fields the reading could fill, in form order."""
    fields = reading.fields
    targets: dict[str, str] = {}
    if reading.page in _PAYMENT_PAGES:
        targets["merchant_order_no"] = "order.order_no"
        targets["order_no"] = "order.transaction_no"
    elif "order_no" in fields:
        targets["order_no"] = "order.order_no"
    else:
        targets["merchant_order_no"] = "order.order_no"
    targets.update(_COMMON)
    order = list(SOURCE_FIELD_LABELS)
    found = [Proposal(path, name, fields[name].value, fields[name]) for name, path in
             targets.items() if name in fields]  # fmt: skip
    return sorted(found, key=lambda p: order.index(p.path))


def apply_proposals(case: Case, chosen: list[Proposal], evidence_id: str) -> list[str]:
    """Set each chosen field and record that it came from `evidence_id`; returns the paths
    whose value changed."""
    changed = []
    for p in chosen:
        before = field_value(case, p.path)
        _set(case, p.path, p.value)
        after = field_value(case, p.path) or ""
        record_source(case, p.path, FieldSource(evidence_id, p.hit.box, value=after))
        if after != before:
            changed.append(p.path)
    return changed


def _set(case: Case, path: str, value: str) -> None:
    o, r = case.order, case.respondent
    if path == "order.order_no":
        o.order_no = value
    elif path == "order.transaction_no":
        o.transaction_no = value
    elif path == "order.amount_paid":
        o.amount_paid = Decimal(value)
    elif path == "order.ordered_at":
        o.ordered_at = datetime.fromisoformat(value)
    elif path == "respondent.platform":
        r.platform = value
    elif path == "respondent.company":
        r.company = value
    else:
        raise KeyError(path)
