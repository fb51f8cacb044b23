"""What a group report says, decided once for the PDF, the CSV and the XLSX alike.

A buyer who has not agreed to share (`complainant.share_consent`) appears only as 买家N: no
name, phone or address of theirs is ever put in a row or a flag.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from disputekit.domain.advice.contact_check import normalise_address, normalise_phone
from disputekit.domain.case.model import Case, Respondent
from disputekit.domain.groups.seller_keys import credit_key
from disputekit.packet.kinds.tried import STAGES

SELLER_FIELDS: tuple[tuple[str, str], ...] = (
    ("company", "经营者名称"),
    ("credit_code", "统一社会信用代码"),
    ("shop", "店铺名称"),
    ("platform", "平台"),
    ("url", "网址"),
    ("address", "住所地"),
    ("contact", "联系方式"),
)


@dataclass(frozen=True)
class BuyerRow:
    """One buyer's line of the table."""

    number: int  # 买家N
    case_id: int
    buyer: str  # the name, or 买家N without consent
    phone: str  # "" without consent
    address: str  # "" without consent
    order_no: str
    ordered_at: datetime | None
    amount: Decimal
    payment: str
    transaction_no: str
    problem: str
    tried: str
    evidence_count: int


@dataclass(frozen=True)
class GroupReport:
    """The whole report: seller, buyers, sums and the flags."""

    seller: list[tuple[str, str]]
    rows: list[BuyerRow]
    total: Decimal
    first_at: datetime | None
    last_at: datetime | None
    flags: list[str]
    duplicate_files: list[str]


def _seller(cases: Sequence[Case]) -> list[tuple[str, str]]:
    out = []
    for attr, label in SELLER_FIELDS:
        values = Counter(
            str(getattr(c.respondent, attr)).strip()
            for c in cases
            if str(getattr(c.respondent, attr)).strip()
        )
        value = values.most_common(1)[0][0] if values else "未填写"
        out.append((label, credit_key(value) if attr == "credit_code" and values else value))
    return out


def tried_text(case: Case) -> str:
    """Each channel tried and where it got to, e.g. "联系商家和平台客服：商家拒绝"."""
    events = case.events_in_order()
    parts = []
    for title, kinds in STAGES:
        mine = [e for e in events if e.kind in kinds]
        if mine:
            last = mine[-1]
            result = last.outcome.zh if last.outcome else last.kind.zh
            parts.append(f"{title}：{result}")
    return "；".join(parts) or "未记录"


def _claimed(case: Case) -> Decimal:
    refund = case.claims.refund_amount
    return refund if refund is not None else case.order.amount_paid


def _shared_flags(cases: Sequence[tuple[int, Case]], labels: dict[int, str]) -> list[str]:
    seen: dict[tuple[str, str], list[int]] = {}
    for case_id, case in cases:
        phone = normalise_phone(case.complainant.phone)
        address = normalise_address(case.complainant.address)
        if phone:
            seen.setdefault(("手机号码", phone), []).append(case_id)
        if address:
            seen.setdefault(("通讯地址", address), []).append(case_id)
    flags = []
    for (kind, _value), ids in seen.items():
        if len(ids) > 1:
            who = "、".join(labels[i] for i in ids)
            flags.append(f"{who} 使用同一{kind}（办法第十七条（四）：请核实是否为各自的联系方式）")
    return flags


def _duplicates(cases: Sequence[tuple[int, Case]], labels: dict[int, str]) -> list[str]:
    owners: dict[str, list[int]] = {}
    for case_id, case in cases:
        for sha in {e.sha256 for e in case.evidence if e.sha256}:
            owners.setdefault(sha, []).append(case_id)
    return [
        f"{'、'.join(labels[i] for i in ids)} 附有同一文件（SHA-256 {sha[:12]}…）"
        for sha, ids in sorted(owners.items())
        if len(ids) > 1
    ]


HIDDEN_SHARED = "（与未同意公开的买家相同，不列出）"


def _private_contacts(cases: Sequence[tuple[int, Case]]) -> set[str]:
    """The phones and addresses of buyers who did not consent, normalised: a consenting
    buyer's identical contact would disclose theirs, so it is not printed either."""
    out: set[str] = set()
    for _, case in cases:
        if not case.complainant.share_consent:
            c = case.complainant
            out |= {f"p:{normalise_phone(c.phone)}", f"a:{normalise_address(c.address)}"}
    return out


def _contact(value: str, key: str, private: set[str]) -> str:
    value = value.strip()
    if not value:
        return ""
    return HIDDEN_SHARED if key in private else value


def group_report(cases: Sequence[tuple[int, Case]]) -> GroupReport:
    """The report on `cases` (case id, case), in the order given."""
    private = _private_contacts(cases) - {"p:", "a:"}
    rows: list[BuyerRow] = []
    labels: dict[int, str] = {}
    for n, (case_id, case) in enumerate(cases, start=1):
        c, o = case.complainant, case.order
        shared = c.share_consent
        label = f"买家{n}"
        buyer = f"{label}（{c.name.strip()}）" if shared and c.name.strip() else label
        labels[case_id] = label
        rows.append(
            BuyerRow(
                number=n,
                case_id=case_id,
                buyer=buyer,
                phone=_contact(c.phone, f"p:{normalise_phone(c.phone)}", private) if shared else "",
                address=(
                    _contact(c.address, f"a:{normalise_address(c.address)}", private)
                    if shared
                    else ""
                ),
                order_no=o.order_no,
                ordered_at=o.ordered_at,
                amount=_claimed(case),
                payment=o.payment_method.zh,
                transaction_no=o.transaction_no,
                problem=case.problem.zh,
                tried=tried_text(case),
                evidence_count=len([e for e in case.evidence if not e.withheld]),
            )
        )
    times = sorted(r.ordered_at for r in rows if r.ordered_at is not None)
    return GroupReport(
        seller=_seller([c for _, c in cases])
        if cases
        else _seller([Case(respondent=Respondent())]),
        rows=rows,
        total=sum((r.amount for r in rows), Decimal("0.00")),
        first_at=times[0] if times else None,
        last_at=times[-1] if times else None,
        flags=_shared_flags(cases, labels),
        duplicate_files=_duplicates(cases, labels),
    )
