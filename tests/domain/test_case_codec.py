"""A field added to the model is written, read and validated with no other change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from disputekit.domain import case_json
from disputekit.domain.case_codec import decode, encode, rule
from disputekit.domain.json_reader import JsonReader
from disputekit.domain.model import Order


@dataclass
class OrderWithCoupon(Order):
    """The order as it would be with one more declared field."""

    coupon_code: str = field(default="", metadata=rule(limit=12))


def test_a_new_order_field_is_written_read_and_validated_from_its_declaration():
    data = {
        "order_no": "KM1",
        "amount_paid": "98.50",
        "ordered_at": "2026-11-20T10:15:00+08:00",
        "status": "delivered_not_credited",
        "coupon_code": "QB-2026",
        "x_custom": {"kept": True},
    }
    r = JsonReader()
    order = case_json._read_part(r, OrderWithCoupon, data, "order", target_account=None)
    assert not r.errors
    assert order.coupon_code == "QB-2026" and order.extra == {"x_custom": {"kept": True}}
    assert order.ordered_at == datetime.fromisoformat("2026-11-20T10:15:00+08:00")
    written = encode(order)
    assert written["coupon_code"] == "QB-2026" and list(written)[-1] == "x_custom"
    assert decode(OrderWithCoupon, written) == order

    r = JsonReader()
    too_long = {**data, "coupon_code": "X" * 13}
    case_json._read_part(r, OrderWithCoupon, too_long, "order", target_account=None)
    assert [(e.path, e.message) for e in r.errors] == [
        ("order.coupon_code", "is 13 characters long; at most 12 are allowed")
    ]
