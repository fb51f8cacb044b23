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

from disputekit.domain.case.document.case_dump import FORMAT_KEY, case_to_dict, dumps_case
from disputekit.domain.case.document.case_reader import read_part
from disputekit.domain.case.document.json_reader import (
    CaseFormatError,
    FieldError,
    JsonReader,
    show_value,
    structure_errors,
)
from disputekit.domain.case.field_sources import KEY as FIELD_SOURCES_KEY
from disputekit.domain.case.field_sources import source_problems
from disputekit.domain.case.model import CASE_FORMAT, Case
from disputekit.messages import msg


def case_from_dict(data: Any) -> Case:
    """Validate plain JSON data into a `Case`; raise `CaseFormatError` listing every problem."""
    r = JsonReader()
    root = r.obj(data, "")
    if root is None:
        raise CaseFormatError(r.errors or [FieldError("", msg("json.not_document"))])
    fmt = root.get("format")
    expected = repr(CASE_FORMAT)
    if fmt is None:
        r.fail("format", msg("json.format_missing", expected=expected))
    elif fmt != CASE_FORMAT:
        r.fail("format", msg("json.format_unsupported", value=show_value(fmt), expected=expected))

    case = read_part(r, Case, root, "", ignore=frozenset({FORMAT_KEY}))
    assert case is not None  # every field of a case has a default
    ids = {e.id for e in case.evidence}
    for i, event in enumerate(case.events):
        for j, ref in enumerate(event.evidence):
            if ref not in ids:
                unknown = msg("json.unknown_evidence", value=show_value(ref))
                r.fail(f"events[{i}].evidence[{j}]", unknown)
    for i, item in enumerate(case.evidence):
        # A key frame names its recording by id; a redacted copy its original by SHA-256.
        origin = item.derived_from
        if origin and not _is_sha256(origin) and origin not in ids:
            unknown = msg("json.unknown_evidence", value=show_value(origin))
            r.fail(f"evidence[{i}].derived_from", unknown)
    if FIELD_SOURCES_KEY in root:  # optional; its entries checked as a whole here
        for where, problem in source_problems(root[FIELD_SOURCES_KEY]):
            r.fail(where, problem)
    if r.errors:
        raise CaseFormatError(r.errors)
    return case


def _is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def _parse_constant(name: str) -> Any:
    # json accepts NaN/Infinity by default; a case must not.
    raise ValueError(msg("json.constant", name=name))


def loads_case(text: str | bytes) -> Case:
    """Parse case JSON text; broken JSON becomes a `CaseFormatError` with line and column."""
    try:
        data = json.loads(text, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        broken = msg("json.broken", reason=exc.msg, line=exc.lineno, column=exc.colno)
        raise CaseFormatError([FieldError("", broken)]) from None
    except UnicodeDecodeError as exc:
        raise CaseFormatError([FieldError("", msg("json.not_utf8", reason=exc.reason))]) from None
    except ValueError as exc:  # NaN or Infinity (_parse_constant)
        raise CaseFormatError([FieldError("", exc.args[0])]) from None
    except RecursionError:
        raise CaseFormatError([FieldError("", msg("json.nested_too_deeply"))]) from None
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
