"""Every line a packet would print as 未填写, with the case JSON path where it is filled in.

The pre-check shows these as warnings before 生成, so a buyer is never surprised by a blank
row in the submitted PDF. Mirrors the rows of `tables.cover` and the exhibit list.
"""

from __future__ import annotations

from dataclasses import dataclass

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import CourtBasis, PacketKind
from disputekit.packet.kinds.civil import courts


@dataclass(frozen=True)
class BlankRow:
    """A row printed as 未填写: its label in the packet and where it is edited."""

    label_zh: str
    field_path: str


def blank_rows(case: Case, kind: PacketKind) -> list[BlankRow]:
    """The rows of a `kind` packet for `case` that would read 未填写, in page order."""
    c, r, o = case.complainant, case.respondent, case.order
    who = "投诉人" if kind is PacketKind.COMPLAINT_12315 else "申诉人"
    rows = [
        (f"{who}姓名", c.name, "complainant.name"),
        (f"{who}联系电话", c.phone, "complainant.phone"),
        (f"{who}通讯地址", c.address, "complainant.address"),
        ("平台", r.platform, "respondent.platform"),
        ("网址", r.url, "respondent.url"),
        ("店铺", r.shop, "respondent.shop"),
        ("经营者名称", r.company, "respondent.company"),
        ("统一社会信用代码", r.credit_code, "respondent.credit_code"),
        ("被投诉人地址", r.address, "respondent.address"),
        ("联系方式", r.contact, "respondent.contact"),
        ("订单号", o.order_no, "order.order_no"),
        ("商品", o.product, "order.product"),
    ]
    if kind is PacketKind.CIVIL_COMPLAINT:  # 民诉法第一百二十四条: printed, or 未填写
        rows += [
            ("原告民族", c.ethnicity, "complainant.ethnicity"),
            ("原告职业", c.occupation, "complainant.occupation"),
            ("原告工作单位", c.employer, "complainant.employer"),
        ]
        if courts(case)[case.claims.court_at].name is None:  # the civil packet's own choice
            buyer = case.claims.court_at is CourtBasis.BUYER
            where = "complainant.address" if buyer else "respondent.address"
            rows.append(("受诉法院（将印为“________人民法院”）", "", where))
    blank = [BlankRow(label, path) for label, value, path in rows if not value.strip()]
    cl = case.claims
    if cl.refund_amount is None and not cl.delivery and not cl.other.strip():
        blank.append(BlankRow("请求事项（将印为“未填写请求”）", "claims.refund_amount"))
    if case.filed_by is not None and not case.filed_by.phone.strip():
        blank.append(BlankRow("代为投诉人联系电话", "filed_by.phone"))
    for i, item in enumerate(case.evidence):
        for label, value, key in (
            ("说明", item.caption, "caption"),
            ("证明目的", item.proves, "proves"),
            ("来源", item.source, "source"),
        ):
            if not value.strip():
                # Numbered as the packet numbers its exhibits (证据1, 证据2, … in case order).
                blank.append(BlankRow(f"证据{i + 1}的{label}", f"evidence[{i}].{key}"))
    return blank
