"""The case JSON contract (design.md): parse and validate into a `Case`, and dump back.

Validation reports every problem of a document at once, each naming its JSON path
(`order.amount_paid: "-5" is negative`). The fields, their types and rules come from the model
(`case_reader`); what is checked here is the document as a whole: its format, that events
name evidence the case holds, and the optional `field_sources`. Unknown keys are kept in
`extra` and written back (`case_dump`).
"""

from __future__ import annotations

import json
from typing import Any

from disputekit.domain.case_dump import FORMAT_KEY, case_to_dict, dumps_case
from disputekit.domain.case_reader import Check, read_part
from disputekit.domain.field_sources import KEY as FIELD_SOURCES_KEY
from disputekit.domain.field_sources import source_problems
from disputekit.domain.json_reader import (
    CaseFormatError,
    FieldError,
    JsonReader,
    show_value,
    structure_errors,
)
from disputekit.domain.model import CASE_FORMAT, Case, Event


def _promise_check(r: JsonReader, d: dict[str, Any], path: str) -> None:
    # Validated here, kept as written in `extra` (see Event.promised_by).
    r.when(d, "promised_by", path)


_CHECKS: dict[type, Check] = {Event: _promise_check}


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

    case = read_part(r, Case, root, "", _CHECKS, ignore=frozenset({FORMAT_KEY}))
    assert case is not None  # every field of a case has a default
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
