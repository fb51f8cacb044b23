"""Writing a `Case` back as contract JSON: key order, money as strings, unknown keys kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from disputekit.domain.model import CASE_FORMAT, Case
from disputekit.domain.money import format_money


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _with_extra(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(known)
    for key, value in extra.items():
        out.setdefault(key, value)
    return out


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as plain JSON data in the contract's key order (money as strings)."""
    c, r, o = case.complainant, case.respondent, case.order
    t = o.target_account
    money: Callable[[Decimal | None], str | None] = lambda v: (  # noqa: E731
        format_money(v) if v is not None else None
    )
    data: dict[str, Any] = {
        "format": CASE_FORMAT,
        "complainant": _with_extra(
            {
                "name": c.name,
                "phone": c.phone,
                "address": c.address,
                "email": c.email,
                # Written only when known: most cases never go to court.
                **({"id_number": c.id_number} if c.id_number else {}),
                **({"gender": str(c.gender)} if c.gender else {}),
                **({"birth_date": c.birth_date.isoformat()} if c.birth_date else {}),
            },
            c.extra,
        ),
        "respondent": _with_extra(
            {
                "platform": r.platform,
                "url": r.url,
                "shop": r.shop,
                "company": r.company,
                "credit_code": r.credit_code,
                "address": r.address,
                "contact": r.contact,
            },
            r.extra,
        ),
        "order": _with_extra(
            {
                "order_no": o.order_no,
                "product": o.product,
                "category": o.category.value,
                "quantity": o.quantity,
                "amount_paid": money(o.amount_paid),
                "payment_method": o.payment_method.value,
                "ordered_at": _iso(o.ordered_at),
                "status": o.status.value,
                "instant_delivery": o.instant_delivery,
                "flash_sale": o.flash_sale,
                "transaction_no": o.transaction_no,
                "target_account": _with_extra(
                    {"game": t.game, "region": t.region, "server": t.server, "account": t.account},
                    t.extra,
                ),
            },
            o.extra,
        ),
        "problem": case.problem.value,
        "problem_known_at": _iso(case.problem_known_at),
        "filed_by": None
        if case.filed_by is None
        else _with_extra(
            {
                "name": case.filed_by.name,
                "phone": case.filed_by.phone,
                "relation": case.filed_by.relation,
                "id_number": case.filed_by.id_number,
            },
            case.filed_by.extra,
        ),
        "claims": _with_extra(
            {
                "refund_amount": money(case.claims.refund_amount),
                "delivery": case.claims.delivery,
                "other": case.claims.other,
            },
            case.claims.extra,
        ),
        "events": [
            _with_extra(
                {
                    "id": e.id,
                    "at": _iso(e.at),
                    "kind": e.kind.value,
                    "note": e.note,
                    "outcome": e.outcome.value if e.outcome else None,
                    "evidence": list(e.evidence),
                },
                e.extra,
            )
            for e in case.events
        ],
        "evidence": [
            _with_extra(
                {
                    "id": v.id,
                    "kind": v.kind.value,
                    "file": v.file,
                    "caption": v.caption,
                    "proves": v.proves,
                    "captured_at": _iso(v.captured_at),
                    "source": v.source,
                    "sha256": v.sha256,
                    "original_name": v.original_name,
                    "derived_from": v.derived_from,
                    # Written only when set: a case without redactions reads as before.
                    **({"withheld": True} if v.withheld else {}),
                },
                v.extra,
            )
            for v in case.evidence
        ],
    }
    return _with_extra(data, case.extra)


def dumps_case(case: Case) -> str:
    """The case as pretty UTF-8 JSON text (Chinese kept readable)."""
    text = json.dumps(case_to_dict(case), ensure_ascii=False, indent=2)
    return text + "\n"
