"""Reading a part of the case out of JSON data field by field, as the model declares it.

Each field is read by its type hint (text, whole number, yes/no, money, instant, date,
vocabulary, a nested part, a list of parts or of ids) and checked by its `rule(...)`
metadata (required, longest text, a fixed form such as a SHA-256); keys the model does not
know are kept in the part's `extra`. A field added to the model is read with no change here.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from disputekit.domain.case.document.case_codec import (
    DERIVED_FROM,
    ID_NUMBER,
    SHA256,
    decode,
    field_types,
    model_fields,
    optional_inner,
    rule_of,
)
from disputekit.domain.case.document.json_reader import (
    SHORT_TEXT,
    JsonReader,
    extra_keys,
    join_path,
    kind_of,
    show_value,
)
from disputekit.domain.case.model import Event, EvidenceItem
from disputekit.messages import msg
from disputekit.timeutil import YEARS, in_year_range

T = TypeVar("T")
# Extra checks of a part's own keys that the type cannot say: (reader, data, path) → None.
Check = typing.Callable[[JsonReader, dict[str, Any], str], None]


def read_part(
    r: JsonReader, cls: type[T], d: dict[str, Any], path: str,
    checks: dict[type, Check] | None = None, ignore: frozenset[str] = frozenset(),
) -> T | None:  # fmt: skip
    """`cls` read from `d` at `path`, then `checks[cls]` run on `d` if given; keys in `ignore`
    are left out of `extra`. None when a field without a default could not be read (an event
    with no time cannot be placed)."""
    names = [f.name for f in model_fields(cls)]
    values = {
        f.name: _read_field(r, f, field_types(cls)[f.name], d, path, checks)
        for f in model_fields(cls)
    }
    if checks and cls in checks:
        checks[cls](r, d, path)
    if any(values[f.name] is None for f in model_fields(cls) if _no_default(f)):
        return None
    make: Any = cls  # a model dataclass: every one has `extra`
    return typing.cast(T, make(**values, extra=extra_keys(d, set(names) | ignore)))


def read_items(
    r: JsonReader, cls: type[T], d: dict[str, Any], key: str, path: str,
    checks: dict[type, Check] | None = None,
) -> list[T]:  # fmt: skip
    """The list of parts `cls` under `key`; an item whose `id` another item already uses is
    reported (and kept, so its other problems are reported too)."""
    items: list[T] = []
    seen: set[str] = set()
    code = next((c for part, c in _DUPLICATE_ID.items() if issubclass(cls, part)), _ANY_ID)
    for i, raw in enumerate(r.items(d, key, path)):
        p = join_path(join_path(path, key), i)
        item_data = r.obj(raw, p)
        if item_data is None:
            continue
        item = read_part(r, cls, item_data, p, checks)
        item_id = item_data.get("id")
        if isinstance(item_id, str) and item_id:
            if item_id in seen:
                r.fail(join_path(p, "id"), msg(code, value=show_value(item_id)))
            seen.add(item_id)
        if item is not None:
            items.append(item)
    return items


# The lists of parts a case holds, each with its own words for an id used twice; a list added
# later says "another item" until it gets its own.
_DUPLICATE_ID: dict[type, str] = {
    Event: "json.duplicate_event",
    EvidenceItem: "json.duplicate_evidence",
}
_ANY_ID = "json.duplicate_item"


def _no_default(f: dataclasses.Field[Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _read_field(
    r: JsonReader, f: dataclasses.Field[Any], hint: Any, d: dict[str, Any], path: str,
    checks: dict[type, Check] | None,
) -> Any:  # fmt: skip
    need = rule_of(f)
    default = None if _no_default(f) else f.default
    kind, nullable = optional_inner(hint)
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        if dataclasses.is_dataclass(item):
            return read_items(r, typing.cast(type, item), d, f.name, path, checks)
        if item is int:
            return _read_numbers(r, d, f.name, path)
        return _read_ids(r, d, f.name, path)
    if typing.get_origin(kind) is dict:
        return _read_table(typing.get_args(kind)[1], d.get(f.name))
    if dataclasses.is_dataclass(kind):
        where = join_path(path, f.name)
        part = r.obj(d.get(f.name), where, required=need.required)
        if part is None and nullable:
            return None
        # A missing part is read as empty, so its own required fields are named too.
        return read_part(r, typing.cast(type, kind), part or {}, where, checks)
    if kind is str:
        text = r.text(d, f.name, path, limit=need.limit or SHORT_TEXT, required=need.required,
                      nullable=nullable)  # fmt: skip
        if need.form == SHA256 and text is not None:
            return _sha256(r, text, join_path(path, f.name))
        if need.form == ID_NUMBER:
            return _id_number(r, text, join_path(path, f.name))
        if need.form == DERIVED_FROM and text is not None and len(text) == 64:
            return _sha256(r, text, join_path(path, f.name))
        # An empty text takes a non-empty default ("volunteer"); None stays None.
        return default if text == "" and isinstance(default, str) and default else text
    if kind is bool:
        return r.boolean(d, f.name, path, bool(default))
    if kind is int:
        return r.integer(d, f.name, path, default if isinstance(default, int) else 0)
    if kind is float:
        return r.seconds(d, f.name, path)
    if kind is Decimal:
        amount = r.money(d, f.name, path, required=need.required)
        return amount if amount is not None or nullable else default
    if kind is datetime:
        return r.when(d, f.name, path, required=need.required)
    if kind is date:
        return _read_date(r, d, f.name, path)
    if isinstance(kind, type) and issubclass(kind, Enum):
        if nullable and not d.get(f.name):
            return None
        found = r.enum(d, f.name, path, kind, None if need.required else default)
        return found if found is not None else default
    raise TypeError(f"no JSON reader for {f.name}: {hint!r}")  # a new kind of field type


def _read_ids(r: JsonReader, d: dict[str, Any], key: str, path: str) -> list[str]:
    # A list of text in the model is a list of references: an event's evidence ids.
    refs = r.items(d, key, path)
    for j, ref in enumerate(refs):
        if not isinstance(ref, str):
            r.fail(
                join_path(join_path(path, key), j), msg("json.not_evidence_id", kind=kind_of(ref))
            )
    return [ref for ref in refs if isinstance(ref, str)]


def _read_numbers(r: JsonReader, d: dict[str, Any], key: str, path: str) -> list[int]:
    # A list of whole numbers: row numbers, counted from 1.
    numbers = []
    for j, value in enumerate(r.items(d, key, path)):
        where = join_path(join_path(path, key), j)
        if isinstance(value, bool) or not isinstance(value, int):
            r.fail(where, msg("json.not_whole", value=show_value(value)))
        elif value < 1:
            r.fail(where, msg("json.out_of_range", value=value, low=1, high=100000))
        else:
            numbers.append(value)
    return numbers


def _read_table(item: Any, value: Any) -> dict[str, Any]:
    # A table keyed by a JSON path (`field_sources`): its entries are checked by the document's
    # own check (`case_json`), which reports every malformed one; those are left out here.
    if not isinstance(value, dict):
        return {}
    table = {}
    for key, entry in value.items():
        try:
            table[key] = decode(item, entry)
        except (TypeError, ValueError, AttributeError):
            continue
    return table


def _sha256(r: JsonReader, text: str, path: str) -> str | None:
    if len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text):
        return text.lower()
    r.fail(path, msg("json.not_sha256", value=show_value(text)))
    return None


def _id_number(r: JsonReader, text: str, path: str) -> str:
    value = text.strip().upper()
    if value and not re.fullmatch(r"\d{17}[\dX]", value):
        r.fail(path, msg("json.not_id_number"))
    return value


def _read_date(r: JsonReader, d: dict[str, Any], key: str, path: str) -> date | None:
    value = d.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if in_year_range(day):
                return day
            problem = msg("json.year_out_of_range", value=show_value(value), **YEARS)
            r.fail(join_path(path, key), problem)
            return None
    r.fail(join_path(path, key), msg("json.not_date", value=show_value(value)))
    return None
