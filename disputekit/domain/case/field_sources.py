"""Where a case field's value came from: an exhibit and the box on it the value was read from.

Kept in the case JSON as the optional top-level object `field_sources` (`Case.field_sources`),
keyed by the field's JSON path (`"order.order_no"`):

    "field_sources": {"order.order_no": {"evidence": "e2", "box": [396, 1162, 625, 40],
                      "method": "ocr", "value": "KM2026112000123"}}

`value` is what the user confirmed; once the field is edited to something else the record no
longer speaks for it (`current_sources`).
"""

from __future__ import annotations

from typing import Any

from disputekit.domain.case.document.case_dump import case_to_dict
from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import FieldSource
from disputekit.messages import Msg, msg

KEY = "field_sources"


def source_problems(data: Any) -> list[tuple[str, Msg]]:
    """(JSON path, problem) for each malformed entry of a `field_sources` object."""
    if not isinstance(data, dict):
        return [(KEY, msg("json.sources.not_object"))]
    problems = []
    for path, entry in data.items():
        where = f"{KEY}.{path}"
        if not isinstance(entry, dict):
            problems.append((where, msg("json.sources.entry")))
            continue
        if not isinstance(entry.get("evidence"), str) or not entry["evidence"]:
            problems.append((f"{where}.evidence", msg("json.sources.evidence")))
        box = entry.get("box")
        if not (
            isinstance(box, list)
            and len(box) == 4
            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in box)
        ):
            problems.append((f"{where}.box", msg("json.sources.box")))
        if not isinstance(entry.get("value"), str):
            problems.append((f"{where}.value", msg("json.sources.value")))
    return problems


def field_sources(case: Case) -> dict[str, FieldSource]:
    """The recorded sources, by the field's JSON path."""
    return dict(case.field_sources)


def record_source(case: Case, path: str, source: FieldSource) -> None:
    """Remember where the value now in `path` came from (replacing an older record)."""
    case.field_sources = {**case.field_sources, path: source}


def field_value(case: Case, path: str) -> str | None:
    """The current value at a JSON path such as "order.amount_paid", as contract text."""
    node: Any = case_to_dict(case)
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return None if node is None else str(node)


def current_sources(case: Case) -> dict[str, FieldSource]:
    """The sources that still hold: the field's value is the one the user confirmed, and the
    exhibit is still in the case."""
    ids = {item.id for item in case.evidence}
    return {
        path: src
        for path, src in field_sources(case).items()
        if src.evidence in ids and field_value(case, path) == src.value
    }
