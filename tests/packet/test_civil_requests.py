"""The 诉讼请求 of a 民事起诉状: definite claims, never a refund and delivery side by side."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from disputekit.domain.case.document.case_json import case_from_dict
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.context import PacketContext
from disputekit.packet.kinds.civil import requests
from tests.support.packet_samples import sample_case_dict


@pytest.mark.parametrize(
    ("refund", "delivery", "expected"),
    [
        (
            Decimal("49.20"),
            True,
            [
                "1. 判令被告按订单约定向原告交付所购商品；不能交付的，退还原告货款¥49.20"
                "（依据：《中华人民共和国电子商务法》第二十条；《中华人民共和国消费者权益保护法》第五十三条）；",
                "2. 本案诉讼费用由被告承担。",
            ],
        ),
        (
            Decimal("49.20"),
            False,
            [
                "1. 判令被告退还原告货款¥49.20"
                "（依据：《中华人民共和国消费者权益保护法》第五十三条）；",
                "2. 本案诉讼费用由被告承担。",
            ],
        ),
        (
            None,
            True,
            [
                "1. 判令被告按订单约定向原告交付所购商品"
                "（依据：《中华人民共和国电子商务法》第二十条）；",
                "2. 本案诉讼费用由被告承担。",
            ],
        ),
    ],
)
def test_requests_are_definite(refund, delivery, expected):
    case = case_from_dict(sample_case_dict([]))
    claims = dataclasses.replace(case.claims, refund_amount=refund, delivery=delivery, other="")
    ctx = PacketContext(
        case=dataclasses.replace(case, claims=claims),
        kind=PacketKind.CIVIL_COMPLAINT,
        today=date(2026, 11, 27),
        exhibits=[],
    )
    assert requests(ctx) == expected
