"""The rows a packet would print as 未填写 are known before it is built, with where to fix them."""

from __future__ import annotations

from decimal import Decimal

from disputekit.domain.case.model import (
    Case,
    Claims,
    Complainant,
    EvidenceItem,
    FiledBy,
    Respondent,
)
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.packet.pages.blank_rows import blank_rows


def test_a_bare_case_lists_every_blank_row_in_page_order():
    rows = blank_rows(Case(), PacketKind.COMPLAINT_12315)
    assert [r.label_zh for r in rows][:3] == ["投诉人姓名", "投诉人联系电话", "投诉人通讯地址"]
    assert [r.field_path for r in rows] == [
        "complainant.name",
        "complainant.phone",
        "complainant.address",
        "respondent.platform",
        "respondent.url",
        "respondent.shop",
        "respondent.company",
        "respondent.credit_code",
        "respondent.address",
        "respondent.contact",
        "order.order_no",
        "order.product",
        "claims.refund_amount",
    ]
    assert blank_rows(Case(), PacketKind.APPEAL)[0].label_zh == "申诉人姓名"


def test_filled_fields_agent_phone_and_evidence_details():
    case = Case(
        complainant=Complainant("王喆", "13800000000", "北京市朝阳区某路1号"),
        respondent=Respondent(
            platform="某某卡盟", url="https://x.example", shop="星辰点卡", company="某某公司",
            credit_code="91330100MA0000000X", address="杭州", contact="客服QQ",
        ),
        claims=Claims(refund_amount=Decimal("98.50")),
        filed_by=FiledBy(name="李志愿"),
        evidence=[
            EvidenceItem("e1", EvidenceKind.CHAT_LOG, "evidence/chat.png", "聊天", source="截图")
        ],
    )  # fmt: skip
    case.order.order_no, case.order.product = "KM1", "Q币"
    rows = blank_rows(case, PacketKind.COMPLAINT_12315)
    assert [(r.label_zh, r.field_path) for r in rows] == [
        ("代为投诉人联系电话", "filed_by.phone"),
        ("证据1的证明目的", "evidence[0].proves"),
    ]
