"""Binding form editors to the case JSON by path, and validation errors back to editors.

The form never re-implements the contract: it writes the editors' values into the case's JSON
data and asks `case_from_dict`, whose errors name JSON paths (`order.amount_paid`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from disputekit.domain.case.document.case_dump import case_from_document
from disputekit.domain.case.document.case_json import CaseFormatError, FieldError, case_from_dict
from disputekit.domain.case.model import Case
from disputekit.ui.shared.language.i18n import shown


@dataclass
class Field:
    """One editor bound to a JSON path; `get` returns a JSON value (str, bool, int, None)."""

    path: str
    editor: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]


def get_path(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path (`order.target_account.game`), None if absent."""
    node: Any = data
    for key in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted path, creating objects on the way."""
    keys = path.split(".")
    node = data
    for key in keys[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = {}
            node[key] = child
        node = child
    node[keys[-1]] = value


def apply_fields(base: dict[str, Any], fields: list[Field], skip: str | None) -> dict[str, Any]:
    """A copy of `base` with every field's value written in (fields under `skip` left out)."""
    data = copy.deepcopy(base)
    for field in fields:
        if skip and field.path.startswith(skip + "."):
            continue
        set_path(data, field.path, field.get())
    return data


def drop_empty_parts(data: dict[str, Any], parts: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """`data` with each optional part (a dotted path) set to None when every one of its text
    `keys` is blank, so an untouched group of the form adds nothing to the case."""
    for path, keys in parts.items():
        part = get_path(data, path)
        if isinstance(part, dict) and not any(str(part.get(k) or "").strip() for k in keys):
            set_path(data, path, None)
    return data


# Asked only by the packets (their pre-check names them): a case is saved without them, so a
# draft can wait for OCR or a bill to fill them in.
PACKET_ONLY = frozenset({"order.order_no", "respondent.platform", "order.ordered_at"})


def validate(data: dict[str, Any]) -> tuple[Case | None, list[FieldError]]:
    """The case, or the domain's errors (leaving out a missing `PACKET_ONLY` field)."""
    try:
        return case_from_dict(data), []
    except CaseFormatError as exc:
        errors = [e for e in exc.errors if not (e.code == "required" and e.path in PACKET_ONLY)]
        if errors:
            return None, errors
        return case_from_document(data), []


def errors_by_field(
    errors: list[FieldError], paths: set[str]
) -> tuple[dict[str, FieldError], list[str]]:
    """Errors keyed by the nearest editor path; the rest (no editor) as lines in the UI
    language."""
    placed: dict[str, FieldError] = {}
    rest: list[str] = []
    for error in errors:
        path = error.path
        while path and path not in paths:
            path = path.rpartition(".")[0]
        if path:
            placed.setdefault(path, error)
        else:
            rest.append(shown(error.text))
    return placed, rest
