"""Reading a case from the column-per-field layout of schema versions 1-3.

Frozen: only the step to version 4 (migrations.py) uses it, to turn every stored case into
its document. Never change it for a new field; new fields live in the document.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from disputekit.domain.case.model import (
    Case,
    Claims,
    Complainant,
    Event,
    EvidenceItem,
    FiledBy,
    Order,
    Respondent,
    TargetAccount,
)
from disputekit.domain.case.vocabulary import (
    Category,
    EventKind,
    EvidenceKind,
    Gender,
    OrderStatus,
    Outcome,
    PaymentMethod,
    Problem,
)

WITHHELD_KEY = "withheld"
# The 原告 identity a 民事起诉状 needs rode in the complainant's extra_json.
_IDENTITY_KEYS = ("id_number", "gender", "birth_date")


def _identity_from(extra: dict[str, Any]) -> dict[str, Any]:
    rest = {k: v for k, v in extra.items() if k not in _IDENTITY_KEYS}
    gender, born = extra.get("gender"), extra.get("birth_date")
    return {
        "id_number": str(extra.get("id_number") or ""),
        "gender": Gender(gender) if gender in {g.value for g in Gender} else None,
        "birth_date": date.fromisoformat(born) if isinstance(born, str) and born else None,
        "extra": rest,
    }


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def case_from_rows(
    row: dict[str, Any],
    events: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    links: list[dict[str, Any]],
) -> Case:
    """Rebuild the `Case` from its rows (children in any order; `position` decides)."""
    extras: dict[str, dict[str, Any]] = json.loads(row["extra_json"] or "{}")
    refs: dict[str, list[str]] = {}
    for link in sorted(links, key=lambda x: (x["event_id"], x["position"])):
        refs.setdefault(link["event_id"], []).append(link["evidence_id"])
    filed_by = None
    if row["filed_by_name"] is not None:
        filed_by = FiledBy(
            name=row["filed_by_name"],
            phone=row["filed_by_phone"] or "",
            relation=row["filed_by_relation"] or "",
            id_number=row["filed_by_id_number"] or "",
            extra=extras.get("filed_by", {}),
        )
    refund = row["refund_amount"]
    return Case(
        complainant=Complainant(
            name=row["complainant_name"],
            phone=row["complainant_phone"],
            address=row["complainant_address"],
            email=row["complainant_email"],
            **_identity_from(extras.get("complainant", {})),
        ),
        respondent=Respondent(
            platform=row["platform"],
            url=row["url"],
            shop=row["shop"],
            company=row["company"],
            credit_code=row["credit_code"],
            address=row["respondent_address"],
            contact=row["respondent_contact"],
            extra=extras.get("respondent", {}),
        ),
        order=Order(
            order_no=row["order_no"],
            product=row["product"],
            category=Category(row["category"]),
            quantity=row["quantity"],
            amount_paid=Decimal(row["amount_paid"]),
            payment_method=PaymentMethod(row["payment_method"]),
            ordered_at=_dt(row["ordered_at"]),
            status=OrderStatus(row["status"]),
            instant_delivery=bool(row["instant_delivery"]),
            flash_sale=bool(row["flash_sale"]),
            transaction_no=row["transaction_no"],
            target_account=TargetAccount(
                game=row["target_game"],
                region=row["target_region"],
                server=row["target_server"],
                account=row["target_account"],
                extra=extras.get("target_account", {}),
            ),
            extra=extras.get("order", {}),
        ),
        problem=Problem(row["problem"]),
        problem_known_at=_dt(row["problem_known_at"]),
        filed_by=filed_by,
        claims=Claims(
            refund_amount=Decimal(refund) if refund is not None else None,
            delivery=bool(row["claims_delivery"]),
            other=row["claims_other"],
            extra=extras.get("claims", {}),
        ),
        events=[
            Event(
                id=e["event_id"],
                at=datetime.fromisoformat(e["at"]),
                kind=EventKind(e["kind"]),
                note=e["note"],
                outcome=Outcome(e["outcome"]) if e["outcome"] else None,
                evidence=refs.get(e["event_id"], []),
                extra=json.loads(e["extra_json"] or "{}"),
            )
            for e in sorted(events, key=lambda x: x["position"])
        ],
        evidence=[_evidence_item(v) for v in sorted(evidence, key=lambda x: x["position"])],
        extra=extras.get("case", {}),
    )


def _evidence_item(v: dict[str, Any]) -> EvidenceItem:
    extra = json.loads(v["extra_json"] or "{}")
    return EvidenceItem(
        id=v["evidence_id"],
        kind=EvidenceKind(v["kind"]),
        file=v["file"],
        caption=v["caption"],
        proves=v["proves"],
        captured_at=_dt(v["captured_at"]),
        source=v["source"],
        sha256=v["sha256"],
        original_name=v["original_name"],
        derived_from=v["derived_from"],
        withheld=bool(extra.pop(WITHHELD_KEY, False)),
        extra=extra,
    )
