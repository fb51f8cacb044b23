"""The case JSON contract (design.md): parse and validate into a `Case`, and dump back.

Validation reports every problem of a document at once, each naming its JSON path
(`order.amount_paid: "-5" is negative`). Unknown keys are kept in `extra` and written back
(`case_dump`).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from disputekit.domain.case_codec import field_types, model_fields, optional_inner, rule_of
from disputekit.domain.case_dump import case_to_dict, dumps_case
from disputekit.domain.field_sources import KEY as FIELD_SOURCES_KEY
from disputekit.domain.field_sources import source_problems
from disputekit.domain.json_reader import (
    LONG_TEXT,
    SHORT_TEXT,
    CaseFormatError,
    FieldError,
    JsonReader,
    extra_keys,
    join_path,
    kind_of,
    show_value,
    structure_errors,
)
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
from disputekit.domain.vocabulary import EventKind, EvidenceKind, Outcome, Problem

T = TypeVar("T")


def _read_part(r: JsonReader, cls: type[T], d: dict[str, Any], path: str, **given: Any) -> T:
    """A part of the case read field by field as the model declares it (type and `rule`);
    `given` holds the nested parts the caller read itself."""
    values: dict[str, Any] = dict(given)
    for f in model_fields(cls):
        if f.name in given:
            continue
        values[f.name] = _read_field(r, f, field_types(cls)[f.name], d, path)
    return cls(**values, extra=extra_keys(d, {f.name for f in model_fields(cls)}))


def _read_field(r: JsonReader, f: Any, hint: Any, d: dict[str, Any], path: str) -> Any:
    need = rule_of(f)
    kind, nullable = optional_inner(hint)
    if kind is str:
        text = r.text(d, f.name, path, limit=need.limit or SHORT_TEXT, required=need.required,
                      nullable=nullable)  # fmt: skip
        # An empty text takes a non-empty default ("volunteer"); None stays None.
        return f.default if text == "" and isinstance(f.default, str) and f.default else text
    if kind is bool:
        return r.boolean(d, f.name, path)
    if kind is int:
        return r.integer(d, f.name, path, f.default)
    if kind is Decimal:
        amount = r.money(d, f.name, path, required=need.required)
        return amount if amount is not None or nullable else f.default
    if kind is datetime:
        return r.when(d, f.name, path, required=need.required)
    if kind is date:
        return _read_date(r, d, f.name, path)
    if isinstance(kind, type) and issubclass(kind, Enum):
        if nullable and not d.get(f.name):
            return None
        return r.enum(d, f.name, path, kind, None if need.required else f.default) or f.default
    raise TypeError(f"no JSON reader for {f.name}: {hint!r}")  # a new kind of field type


def _id_number(r: JsonReader, d: dict[str, Any]) -> str:
    value = r.text(d, "id_number", "complainant", limit=40).strip().upper()
    if value and not re.fullmatch(r"\d{17}[\dX]", value):
        r.fail(
            "complainant.id_number",
            "must be an 18-character ID number (17 digits, then a digit or X)",
        )
    return value


def _read_date(r: JsonReader, d: dict[str, Any], key: str, path: str) -> date | None:
    value = d.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    r.fail(join_path(path, key), f"{show_value(value)} is not a date (YYYY-MM-DD)")
    return None


def _parse_order(r: JsonReader, data: Any) -> Order:
    d = r.obj(data, "order") or {}
    acct = r.obj(d.get("target_account"), "order.target_account", required=False) or {}
    target = _read_part(r, TargetAccount, acct, "order.target_account")
    return _read_part(r, Order, d, "order", target_account=target)


def _parse_events(r: JsonReader, data: dict[str, Any]) -> list[Event]:
    events: list[Event] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.items(data, "events", "")):
        p = join_path("events", i)
        d = r.obj(raw, p)
        if d is None:
            continue
        event_id = r.text(d, "id", p, limit=64, required=True)
        if event_id in seen:
            r.fail(join_path(p, "id"), f"{show_value(event_id)} is used by another event")
        seen.add(event_id)
        refs = r.items(d, "evidence", p)
        for j, ref in enumerate(refs):
            if not isinstance(ref, str):
                r.fail(
                    join_path(join_path(p, "evidence"), j),
                    f"must be an evidence id, not {kind_of(ref)}",
                )
        at = r.when(d, "at", p, required=True)
        kind = r.enum(d, "kind", p, EventKind, None)
        outcome_raw = d.get("outcome")
        outcome = r.enum(d, "outcome", p, Outcome, None) if outcome_raw is not None else None
        # Validated here, kept as written in `extra` (see Event.promised_by).
        r.when(d, "promised_by", p)
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
                extra=extra_keys(d, {"id", "at", "kind", "note", "outcome", "evidence"}),
            )
        )
    return events


def _parse_evidence(r: JsonReader, data: dict[str, Any]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    seen: set[str] = set()
    known = {
        "id", "kind", "file", "caption", "proves", "captured_at", "source", "sha256",
        "original_name", "derived_from", "withheld",
    }  # fmt: skip
    for i, raw in enumerate(r.items(data, "evidence", "")):
        p = join_path("evidence", i)
        d = r.obj(raw, p)
        if d is None:
            continue
        item_id = r.text(d, "id", p, limit=64, required=True)
        if item_id in seen:
            r.fail(join_path(p, "id"), f"{show_value(item_id)} is used by another evidence item")
        seen.add(item_id)
        sha = r.text(d, "sha256", p, limit=64, nullable=True)
        if sha is not None and not _is_sha256(sha):
            r.fail(join_path(p, "sha256"), f"{show_value(sha)} is not a SHA-256 (64 hex digits)")
        derived = r.text(d, "derived_from", p, limit=64, nullable=True)
        if derived is not None and not _is_sha256(derived):
            r.fail(join_path(p, "derived_from"), f"{show_value(derived)} is not a SHA-256")
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
                withheld=r.boolean(d, "withheld", p),
                extra=extra_keys(d, known),
            )
        )
    return items


def _is_sha256(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)


def case_from_dict(data: Any) -> Case:
    """Validate plain JSON data into a `Case`; raise `CaseFormatError` listing every problem."""
    r = JsonReader()
    root = r.obj(data, "")
    if root is None:
        raise CaseFormatError(r.errors or [FieldError("", "the document must be a JSON object")])
    fmt = root.get("format")
    if fmt is None:
        r.fail("format", f"is missing (expected {CASE_FORMAT!r})")
    elif fmt != CASE_FORMAT:
        r.fail("format", f"{show_value(fmt)} is not supported (expected {CASE_FORMAT!r})")

    filed_by = None
    fb = r.obj(root.get("filed_by"), "filed_by", required=False)
    if fb is not None:
        filed_by = _read_part(r, FiledBy, fb, "filed_by")
    cl = r.obj(root.get("claims"), "claims", required=False) or {}
    claims = _read_part(r, Claims, cl, "claims")
    complainant = r.obj(root.get("complainant"), "complainant", required=False) or {}
    respondent = r.obj(root.get("respondent"), "respondent") or {}
    case = Case(
        complainant=_read_part(
            r, Complainant, complainant, "complainant", id_number=_id_number(r, complainant)
        ),
        respondent=_read_part(r, Respondent, respondent, "respondent"),
        order=_parse_order(r, root.get("order")),
        problem=r.enum(root, "problem", "", Problem, None) or Problem.OTHER,
        problem_known_at=r.when(root, "problem_known_at", ""),
        filed_by=filed_by,
        claims=claims,
        events=_parse_events(r, root),
        evidence=_parse_evidence(r, root),
        extra=extra_keys(root, _CASE_KEYS),
    )
    ids = {e.id for e in case.evidence}
    for i, event in enumerate(case.events):
        for j, ref in enumerate(event.evidence):
            if ref not in ids:
                r.fail(f"events[{i}].evidence[{j}]", f"{show_value(ref)} names no evidence item")
    if FIELD_SOURCES_KEY in root:  # optional; kept in case.extra (domain/field_sources.py)
        for where, problem in source_problems(root[FIELD_SOURCES_KEY]):
            r.fail(where, problem)
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
    problems = structure_errors(data)
    if problems:
        raise CaseFormatError(problems)
    return case_from_dict(data)


__all__ = [
    "CaseFormatError",
    "FieldError",
    "case_from_dict",
    "case_to_dict",
    "dumps_case",
    "loads_case",
]
