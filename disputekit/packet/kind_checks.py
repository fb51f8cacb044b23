"""What blocks a 消费者协会 application or a 民事起诉状, each naming the field to fix.

A 消协 needs to reach both sides and know what is asked; a court needs the 原告's identity
(name, gender, birth date, ID number, address, phone) and a 被告 it can serve: the company's
legal name, its 统一社会信用代码 and its 住所. A platform's trading name is not a defendant.
"""

from __future__ import annotations

import re

from disputekit.domain.id_number import id_number_problems
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import PacketKind
from disputekit.packet.preflight import Blocker

CREDIT_CODE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")


def _missing(pairs: list[tuple[str, str, str]], code: str, why: str) -> list[Blocker]:
    return [
        Blocker(code, f"缺少{label}（{why}）", path) for path, value, label in pairs if not value
    ]


def _claims(case: Case, code: str, label: str) -> list[Blocker]:
    cl = case.claims
    if cl.refund_amount is None and not cl.delivery and not cl.other.strip():
        return [Blocker(code, f"缺少{label}", "claims")]
    return []


def association_blockers(case: Case) -> list[Blocker]:
    """A 消费者协会 mediation request: who asks, against whom, for what, on what facts."""
    c, r = case.complainant, case.respondent
    why = "消费者协会需据此联系双方"
    blockers = _missing(
        [
            ("complainant.name", c.name.strip(), "申请人姓名"),
            ("complainant.phone", c.phone.strip(), "申请人电话号码"),
            ("complainant.address", c.address.strip(), "申请人通讯地址"),
            ("respondent.company", (r.company or r.platform).strip(), "被申请人名称"),
            ("respondent.address", r.address.strip(), "被申请人地址"),
        ],
        "association_missing",
        why,
    )
    blockers += _claims(case, "association_missing", "调解请求（退款金额、交付或其他请求）")
    if not case.events:
        blockers.append(Blocker("association_missing", "缺少争议经过：请至少记录一件事", "events"))
    return blockers


def civil_blockers(case: Case) -> list[Blocker]:
    """A 民事起诉状: the 原告's identity, a 被告 the court can serve, 诉讼请求, facts."""
    c, r = case.complainant, case.respondent
    blockers = _missing(
        [
            ("complainant.name", c.name.strip(), "原告姓名"),
            ("complainant.gender", c.gender.value if c.gender else "", "原告性别"),
            ("complainant.birth_date", str(c.birth_date or ""), "原告出生日期"),
            ("complainant.id_number", c.id_number.strip(), "原告公民身份号码"),
            ("complainant.address", c.address.strip(), "原告住所"),
            ("complainant.phone", c.phone.strip(), "原告联系电话"),
        ],
        "civil_plaintiff_missing",
        "起诉状须写明原告身份信息",
    )
    blockers += _missing(
        [
            ("respondent.company", r.company.strip(), "被告名称（商家或平台的企业名称）"),
            ("respondent.credit_code", r.credit_code.strip(), "被告统一社会信用代码"),
            ("respondent.address", r.address.strip(), "被告住所"),
        ],
        "civil_defendant_missing",
        "起诉须有明确的被告；可向平台索取商家的真实名称和地址",
    )
    if c.id_number.strip():
        blockers += [
            Blocker("civil_id_number_mismatch", message, f"complainant.{key}")
            for key, message in id_number_problems(c.id_number, c.gender, c.birth_date)
        ]
    code = r.credit_code.strip().upper()
    if code and not CREDIT_CODE.fullmatch(code):
        blockers.append(
            Blocker(
                "civil_credit_code_invalid",
                "被告统一社会信用代码应为18位（数字和大写字母），请核对",
                "respondent.credit_code",
            )
        )
    blockers += _claims(case, "civil_claims_missing", "诉讼请求（退款金额、交付或其他请求）")
    if not case.events:
        blockers.append(Blocker("civil_facts_missing", "缺少事实经过：请至少记录一件事", "events"))
    return blockers


def kind_blockers(case: Case, kind: PacketKind) -> list[Blocker]:
    """The blockers particular to `kind` (none for the appeal and 12315 packets here)."""
    if kind is PacketKind.CONSUMER_ASSOCIATION:
        return association_blockers(case)
    if kind is PacketKind.CIVIL_COMPLAINT:
        return civil_blockers(case)
    return []
