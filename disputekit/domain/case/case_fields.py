"""The text a person typed into a case, found by walking the model: every text field of every
part, list items included, with its JSON path. Derived, never listed by hand, so a field added
to `model.py` is glyph-checked (`packet.fonts`) and counts as content (`drafts`) at once.

Identifiers, vocabulary codes and hashes are not text a person reads: a field is left out when
its rule has the `SHA256` form or when its metadata marks it `CODE`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from disputekit.domain.case.document.case_codec import (
    CODE,
    SHA256,
    field_types,
    model_fields,
    optional_inner,
    rule_of,
)
from disputekit.domain.case.document.json_reader import SHORT_TEXT
from disputekit.domain.case.model import Case


def _is_text(f: dataclasses.Field[Any], hint: Any) -> bool:
    inner, _ = optional_inner(hint)
    return inner is str and not f.metadata.get(CODE) and rule_of(f).form != SHA256


def text_fields(obj: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(JSON path, text) for every text field of the model object `obj` and its parts, in
    model order; an absent (None) text is given as ""."""
    hints = field_types(type(obj))
    for f in model_fields(type(obj)):
        value = getattr(obj, f.name)
        path = f"{prefix}{f.name}"
        if _is_text(f, hints[f.name]):
            yield path, value or ""
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield from text_fields(value, f"{path}.")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item) and not isinstance(item, type):
                    yield from text_fields(item, f"{path}[{i}].")


def model_field(path: str, root: type = Case) -> dataclasses.Field[Any]:
    """The model field at a JSON path of the case ("order.target_account.game"); KeyError when
    the model has none."""
    cls, found = root, None
    for name in path.split("."):
        if found is not None:
            cls, _ = optional_inner(field_types(cls)[found.name])
        found = next((f for f in model_fields(cls) if f.name == name), None)
        if found is None:
            raise KeyError(path)
    assert found is not None  # a path has at least one name
    return found


def text_limit(path: str) -> int:
    """The longest text the case JSON accepts at `path`: its rule's limit, else the reader's
    default (what the form's editor allows)."""
    return rule_of(model_field(path)).limit or SHORT_TEXT
