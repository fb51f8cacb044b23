"""Mapping a `Case` to table rows and back; the one place that knows the column layout.

Values are stored as the case JSON writes them (ISO 8601 with the original offset, money as
a two-decimal string), so reading a case back gives exactly what was written. Unknown JSON
keys go to `extra_json`, one object per part of the case.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any

from disputekit.domain.model import (
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
from disputekit.domain.money import format_money
from disputekit.domain.vocabulary import (
    Category,
    EventKind,
    EvidenceKind,
    Gender,
    OrderStatus,
    Outcome,
    PaymentMethod,
    Problem,
)

EVIDENCE_FOLDER = "evidence"
WITHHELD_KEY = "withheld"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_MAX_NAME = 120


@dataclass
class CaseRows:
    """One case as rows: `case` for `cases` (without id and timestamps), children, FTS text."""

    case: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    fts: dict[str, str] = field(default_factory=dict)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def _money(value: Decimal | None) -> str | None:
    return format_money(value) if value is not None else None


def _json(extra: dict[str, Any]) -> str | None:
    return json.dumps(extra, ensure_ascii=False) if extra else None


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A bare file name safe on every OS and inside a zip: no folders, no control characters,
    no characters Windows refuses, at most 120 characters (the extension kept)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _UNSAFE.sub("_", base).strip(" .")
    if not base:
        base = fallback
    if len(base) > _MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            base = f"{stem[: _MAX_NAME - len(ext) - 1]}.{ext}"
        else:
            base = base[:_MAX_NAME]
    return base


def normalise_evidence_files(case: Case, vault_names: dict[str, str]) -> None:
    """Give every evidence item a bundle path `evidence/<name>`, unique within the case.

    The name is the item's own file name when it has one, else its `original_name`, else the
    vault's original name (`vault_names`: sha256 -> name). Two items may share a path only
    when they hold the same file.
    """
    taken: dict[str, str | None] = {}
    for item in case.evidence:
        source = item.file or item.original_name or vault_names.get(item.sha256 or "", "")
        name = safe_file_name(source, fallback=(item.sha256 or item.id)[:16])
        path = f"{EVIDENCE_FOLDER}/{name}"
        n = 2
        while path.lower() in taken and taken[path.lower()] != item.sha256:
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem}-{n}.{ext}" if dot else f"{name}-{n}"
            path = f"{EVIDENCE_FOLDER}/{candidate}"
            n += 1
        taken[path.lower()] = item.sha256
        item.file = path


_IDENTITY_KEYS = ("id_number", "gender", "birth_date")


def _identity(c: Complainant) -> dict[str, str]:
    # The 原告 identity a 民事起诉状 needs rides in the complainant's extra_json: optional
    # data that no query filters on, so it needs no column (and no migration).
    found = {
        "id_number": c.id_number,
        "gender": str(c.gender) if c.gender else "",
        "birth_date": c.birth_date.isoformat() if c.birth_date else "",
    }
    return {k: v for k, v in found.items() if v}


def _identity_from(extra: dict[str, Any]) -> dict[str, Any]:
    rest = {k: v for k, v in extra.items() if k not in _IDENTITY_KEYS}
    gender, born = extra.get("gender"), extra.get("birth_date")
    return {
        "id_number": str(extra.get("id_number") or ""),
        "gender": Gender(gender) if gender in {g.value for g in Gender} else None,
        "birth_date": date.fromisoformat(born) if isinstance(born, str) and born else None,
        "extra": rest,
    }


def case_to_rows(case: Case) -> CaseRows:
    """The rows for `case` (whose evidence items must all carry a sha256)."""
    c, r, o, t, fb, cl = (
        case.complainant,
        case.respondent,
        case.order,
        case.order.target_account,
        case.filed_by,
        case.claims,
    )
    extras = {
        "case": case.extra,
        "complainant": {**c.extra, **_identity(c)},
        "respondent": r.extra,
        "order": o.extra,
        "target_account": t.extra,
        "filed_by": fb.extra if fb else {},
        "claims": cl.extra,
    }
    row: dict[str, Any] = {
        "complainant_name": c.name,
        "complainant_phone": c.phone,
        "complainant_address": c.address,
        "complainant_email": c.email,
        "platform": r.platform,
        "url": r.url,
        "shop": r.shop,
        "company": r.company,
        "credit_code": r.credit_code,
        "respondent_address": r.address,
        "respondent_contact": r.contact,
        "order_no": o.order_no,
        "product": o.product,
        "category": o.category.value,
        "quantity": o.quantity,
        "amount_paid": format_money(o.amount_paid),
        "payment_method": o.payment_method.value,
        "ordered_at": _iso(o.ordered_at),
        "status": o.status.value,
        "instant_delivery": int(o.instant_delivery),
        "flash_sale": int(o.flash_sale),
        "transaction_no": o.transaction_no,
        "target_game": t.game,
        "target_region": t.region,
        "target_server": t.server,
        "target_account": t.account,
        "problem": case.problem.value,
        "problem_known_at": _iso(case.problem_known_at),
        # NULL name <=> no filed_by object at all.
        "filed_by_name": fb.name if fb else None,
        "filed_by_phone": fb.phone if fb else None,
        "filed_by_relation": fb.relation if fb else None,
        "filed_by_id_number": fb.id_number if fb else None,
        "refund_amount": _money(cl.refund_amount),
        "claims_delivery": int(cl.delivery),
        "claims_other": cl.other,
        "extra_json": _json({k: v for k, v in extras.items() if v}),
    }
    rows = CaseRows(case=row)
    for pos, e in enumerate(case.events):
        rows.events.append(
            {
                "event_id": e.id,
                "position": pos,
                "at": _iso(e.at),
                "kind": e.kind.value,
                "note": e.note,
                "outcome": e.outcome.value if e.outcome else None,
                "extra_json": _json(e.extra),
            }
        )
        rows.links.extend(
            {"event_id": e.id, "position": i, "evidence_id": ref}
            for i, ref in enumerate(e.evidence)
        )
    for pos, v in enumerate(case.evidence):
        if not v.sha256:
            raise ValueError(f"evidence {v.id!r} has no sha256: add its file to the vault first")
        rows.evidence.append(
            {
                "evidence_id": v.id,
                "position": pos,
                "sha256": v.sha256,
                "kind": v.kind.value,
                "file": v.file,
                "caption": v.caption,
                "proves": v.proves,
                "captured_at": _iso(v.captured_at),
                "source": v.source,
                "original_name": v.original_name,
                "derived_from": v.derived_from,
                # The flag rides in extra_json under its contract name: no schema change.
                "extra_json": _json({**v.extra, WITHHELD_KEY: True} if v.withheld else v.extra),
            }
        )
    rows.fts = fts_text(case)
    return rows


def fts_text(case: Case) -> dict[str, str]:
    """The searchable text of a case, one entry per `case_fts` column."""
    names = [case.complainant.name, case.respondent.company]
    if case.filed_by:
        names.append(case.filed_by.name)
    notes = [e.note for e in case.events]
    notes += [part for v in case.evidence for part in (v.caption, v.proves)]
    notes.append(case.claims.other)
    # Newline separators: no search term contains one, so no match spans two fields.
    return {
        "platform": case.respondent.platform,
        "shop": case.respondent.shop,
        "order_no": case.order.order_no,
        "product": case.order.product,
        "names": "\n".join(n for n in names if n),
        "notes": "\n".join(n for n in notes if n),
    }


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
