"""The case JSON contract (design.md): parse and validate into a `Case`, and dump back.

Validation reports every problem of a document at once, each naming its JSON path
(`order.amount_paid: "-5" is negative`). Unknown keys are kept in `extra` and written back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from disputekit.domain.model import (
    CASE_FORMAT,
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
from disputekit.domain.money import MoneyError, format_money, parse_money
from disputekit.domain.vocabulary import (
    Category,
    EventKind,
    EvidenceKind,
    OrderStatus,
    Outcome,
    PaymentMethod,
    Problem,
)

# Limits that keep one pasted novel or a hostile 1 MB string out of a name field.
SHORT_TEXT = 200
LONG_TEXT = 20_000
MAX_ITEMS = 5_000

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class FieldError:
    """One problem: where (a JSON path such as `events[2].at`) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class CaseFormatError(ValueError):
    """A case document with problems; `errors` lists all of them."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class _Reader:
    """Reads typed values out of plain JSON data, collecting errors instead of raising."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))

    def obj(self, data: Any, path: str, *, required: bool = True) -> dict[str, Any] | None:
        if data is None:
            if required:
                self.fail(path, "is missing")
            return None
        if not isinstance(data, dict):
            self.fail(path, f"must be an object, not {_kind(data)}")
            return None
        return data

    def text(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        limit: int = SHORT_TEXT,
        required: bool = False,
        nullable: bool = False,
    ) -> Any:
        p = _join(path, key)
        if key not in data or data[key] is None:
            if required:
                self.fail(p, "is missing")
            return None if nullable else ""
        value = data[key]
        if not isinstance(value, str):
            self.fail(p, f"must be text, not {_kind(value)}")
            return None if nullable else ""
        if len(value) > limit:
            self.fail(p, f"is {len(value):,} characters long; at most {limit:,} are allowed")
            return value[:limit]
        if required and not value.strip():
            self.fail(p, "is empty")
        return value

    def enum(
        self, data: dict[str, Any], key: str, path: str, enum: type[E], default: E | None
    ) -> Any:
        p = _join(path, key)
        value = data.get(key)
        if value is None:
            if default is None:
                self.fail(p, "is missing")
            return default
        try:
            return enum(value)
        except (ValueError, TypeError):
            allowed = ", ".join(m.value for m in enum)
            self.fail(p, f"{_show(value)} is not one of: {allowed}")
            return default

    def when(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> Any:
        p = _join(path, key)
        value = data.get(key)
        if value is None:
            if required:
                self.fail(p, "is missing")
            return None
        return self.instant(value, p)

    def instant(self, value: Any, path: str) -> datetime | None:
        if not isinstance(value, str):
            self.fail(path, f"must be an ISO 8601 date-time string, not {_kind(value)}")
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.fail(path, f"{_show(value)} is not a valid date and time (ISO 8601)")
            return None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            self.fail(path, f"{_show(value)} has no UTC offset (write e.g. +08:00)")
            return None
        return parsed

    def money(self, data: dict[str, Any], key: str, path: str, *, required: bool) -> Any:
        p = _join(path, key)
        value = data.get(key)
        if value is None:
            if required:
                self.fail(p, "is missing")
            return None
        try:
            return parse_money(value)
        except MoneyError as exc:
            self.fail(p, str(exc))
            return None

    def boolean(self, data: dict[str, Any], key: str, path: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(_join(path, key), f"must be true or false, not {_show(value)}")
            return False
        return value

    def integer(self, data: dict[str, Any], key: str, path: str, default: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(path, key), f"must be a whole number, not {_show(value)}")
            return default
        if not 1 <= value <= 100_000:
            self.fail(_join(path, key), f"{value} is out of range (1 to 100000)")
            return default
        return value

    def items(self, data: dict[str, Any], key: str, path: str) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(_join(path, key), f"must be a list, not {_kind(value)}")
            return []
        if len(value) > MAX_ITEMS:
            self.fail(_join(path, key), f"has {len(value)} entries; at most {MAX_ITEMS}")
            return value[:MAX_ITEMS]
        return value


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        Decimal: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def _extra(data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


def _parse_complainant(r: _Reader, data: Any) -> Complainant:
    d = r.obj(data, "complainant", required=False) or {}
    return Complainant(
        name=r.text(d, "name", "complainant"),
        phone=r.text(d, "phone", "complainant", limit=40),
        address=r.text(d, "address", "complainant", limit=500),
        email=r.text(d, "email", "complainant", nullable=True),
        extra=_extra(d, {"name", "phone", "address", "email"}),
    )


def _parse_respondent(r: _Reader, data: Any) -> Respondent:
    d = r.obj(data, "respondent") or {}
    keys = ("platform", "url", "shop", "company", "credit_code", "address", "contact")
    values = {k: r.text(d, k, "respondent", limit=500, required=k == "platform") for k in keys}
    return Respondent(**values, extra=_extra(d, set(keys)))


def _parse_order(r: _Reader, data: Any) -> Order:
    d = r.obj(data, "order") or {}
    p = "order"
    acct = r.obj(d.get("target_account"), "order.target_account", required=False) or {}
    acct_keys = ("game", "region", "server", "account")
    target = TargetAccount(
        **{k: r.text(acct, k, "order.target_account") for k in acct_keys},
        extra=_extra(acct, set(acct_keys)),
    )
    known = {
        "order_no", "product", "category", "quantity", "amount_paid", "payment_method",
        "ordered_at", "status", "instant_delivery", "flash_sale", "transaction_no",
        "target_account",
    }  # fmt: skip
    return Order(
        order_no=r.text(d, "order_no", p, required=True),
        product=r.text(d, "product", p, limit=500),
        category=r.enum(d, "category", p, Category, Category.OTHER),
        quantity=r.integer(d, "quantity", p, 1),
        amount_paid=r.money(d, "amount_paid", p, required=True) or Decimal("0.00"),
        payment_method=r.enum(d, "payment_method", p, PaymentMethod, PaymentMethod.OTHER),
        ordered_at=r.when(d, "ordered_at", p, required=True),
        status=r.enum(d, "status", p, OrderStatus, None) or OrderStatus.PENDING_DELIVERY,
        instant_delivery=r.boolean(d, "instant_delivery", p),
        flash_sale=r.boolean(d, "flash_sale", p),
        transaction_no=r.text(d, "transaction_no", p),
        target_account=target,
        extra=_extra(d, known),
    )


def _parse_events(r: _Reader, data: dict[str, Any]) -> list[Event]:
    events: list[Event] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.items(data, "events", "")):
        p = _join("events", i)
        d = r.obj(raw, p)
        if d is None:
            continue
        event_id = r.text(d, "id", p, limit=64, required=True)
        if event_id in seen:
            r.fail(_join(p, "id"), f"{_show(event_id)} is used by another event")
        seen.add(event_id)
        refs = r.items(d, "evidence", p)
        for j, ref in enumerate(refs):
            if not isinstance(ref, str):
                r.fail(_join(_join(p, "evidence"), j), f"must be an evidence id, not {_kind(ref)}")
        at = r.when(d, "at", p, required=True)
        kind = r.enum(d, "kind", p, EventKind, None)
        outcome_raw = d.get("outcome")
        outcome = r.enum(d, "outcome", p, Outcome, None) if outcome_raw is not None else None
        if at is None or kind is None:
            continue
        events.append(
            Event(
                id=event_id,
                at=at,
                kind=kind,
                note=r.text(d, "note", p, limit=LONG_TEXT),
                outcome=outcome,
                evidence=[ref for ref in refs if isinstance(ref, str)],
                extra=_extra(d, {"id", "at", "kind", "note", "outcome", "evidence"}),
            )
        )
    return events


def _parse_evidence(r: _Reader, data: dict[str, Any]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    seen: set[str] = set()
    known = {
        "id", "kind", "file", "caption", "proves", "captured_at", "source", "sha256",
        "original_name", "derived_from",
    }  # fmt: skip
    for i, raw in enumerate(r.items(data, "evidence", "")):
        p = _join("evidence", i)
        d = r.obj(raw, p)
        if d is None:
            continue
        item_id = r.text(d, "id", p, limit=64, required=True)
        if item_id in seen:
            r.fail(_join(p, "id"), f"{_show(item_id)} is used by another evidence item")
        seen.add(item_id)
        sha = r.text(d, "sha256", p, limit=64, nullable=True)
        if sha is not None and not _is_sha256(sha):
            r.fail(_join(p, "sha256"), f"{_show(sha)} is not a SHA-256 (64 hex digits)")
        derived = r.text(d, "derived_from", p, limit=64, nullable=True)
        if derived is not None and not _is_sha256(derived):
            r.fail(_join(p, "derived_from"), f"{_show(derived)} is not a SHA-256")
        kind = r.enum(d, "kind", p, EvidenceKind, EvidenceKind.OTHER)
        items.append(
            EvidenceItem(
                id=item_id,
                kind=kind,
                file=r.text(d, "file", p, limit=1000),
                caption=r.text(d, "caption", p, limit=1000),
                proves=r.text(d, "proves", p, limit=2000),
                captured_at=r.when(d, "captured_at", p),
                source=r.text(d, "source", p),
                sha256=sha.lower() if sha else None,
                original_name=r.text(d, "original_name", p, limit=500),
                derived_from=derived.lower() if derived else None,
                extra=_extra(d, known),
            )
        )
    return items


def _is_sha256(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)


def case_from_dict(data: Any) -> Case:
    """Validate plain JSON data into a `Case`; raise `CaseFormatError` listing every problem."""
    r = _Reader()
    root = r.obj(data, "")
    if root is None:
        raise CaseFormatError(r.errors or [FieldError("", "the document must be a JSON object")])
    fmt = root.get("format")
    if fmt is None:
        r.fail("format", f"is missing (expected {CASE_FORMAT!r})")
    elif fmt != CASE_FORMAT:
        r.fail("format", f"{_show(fmt)} is not supported (expected {CASE_FORMAT!r})")

    filed_by = None
    fb = r.obj(root.get("filed_by"), "filed_by", required=False)
    if fb is not None:
        fb_keys = ("name", "phone", "relation", "id_number")
        filed_by = FiledBy(
            name=r.text(fb, "name", "filed_by", required=True),
            phone=r.text(fb, "phone", "filed_by", limit=40),
            relation=r.text(fb, "relation", "filed_by", limit=40) or "volunteer",
            id_number=r.text(fb, "id_number", "filed_by", limit=40),
            extra=_extra(fb, set(fb_keys)),
        )
    cl = r.obj(root.get("claims"), "claims", required=False) or {}
    claims = Claims(
        refund_amount=r.money(cl, "refund_amount", "claims", required=False),
        delivery=r.boolean(cl, "delivery", "claims"),
        other=r.text(cl, "other", "claims", limit=LONG_TEXT),
        extra=_extra(cl, {"refund_amount", "delivery", "other"}),
    )
    case = Case(
        complainant=_parse_complainant(r, root.get("complainant")),
        respondent=_parse_respondent(r, root.get("respondent")),
        order=_parse_order(r, root.get("order")),
        problem=r.enum(root, "problem", "", Problem, None) or Problem.OTHER,
        problem_known_at=r.when(root, "problem_known_at", ""),
        filed_by=filed_by,
        claims=claims,
        events=_parse_events(r, root),
        evidence=_parse_evidence(r, root),
        extra=_extra(root, _CASE_KEYS),
    )
    ids = {e.id for e in case.evidence}
    for i, event in enumerate(case.events):
        for j, ref in enumerate(event.evidence):
            if ref not in ids:
                r.fail(f"events[{i}].evidence[{j}]", f"{_show(ref)} names no evidence item")
    if r.errors:
        raise CaseFormatError(r.errors)
    return case


_CASE_KEYS = {
    "format", "complainant", "respondent", "order", "problem", "problem_known_at",
    "filed_by", "claims", "events", "evidence",
}  # fmt: skip


def _parse_constant(name: str) -> Any:
    # json accepts NaN/Infinity by default; a case must not.
    raise ValueError(f"{name} is not allowed in a case file")


def loads_case(text: str | bytes) -> Case:
    """Parse case JSON text; broken JSON becomes a `CaseFormatError` with line and column."""
    try:
        data = json.loads(text, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise CaseFormatError(
            [FieldError("", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")]
        ) from None
    except UnicodeDecodeError as exc:
        raise CaseFormatError([FieldError("", f"not UTF-8 text: {exc.reason}")]) from None
    except ValueError as exc:
        raise CaseFormatError([FieldError("", str(exc))]) from None
    except RecursionError:
        raise CaseFormatError([FieldError("", "the JSON is nested too deeply")]) from None
    return case_from_dict(data)


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
            {"name": c.name, "phone": c.phone, "address": c.address, "email": c.email}, c.extra
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


__all__ = [
    "CaseFormatError",
    "FieldError",
    "case_from_dict",
    "case_to_dict",
    "dumps_case",
    "loads_case",
]
