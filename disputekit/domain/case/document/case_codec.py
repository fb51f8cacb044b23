"""A case's dataclasses to plain JSON data and back, driven by the fields the model declares.

The model is the one list of a case's fields: the JSON key of a field is its name, its value
is converted by its type hint (text, whole numbers, yes/no, money as a two-decimal string,
instants as ISO 8601 with their offset, vocabulary by value, nested parts, lists). Keys the
model does not know live in each part's `extra` and are written back after the known ones.

`decode` trusts its input (the store's own documents, drafts included); documents from
outside go through the validating reader in `case_json` first.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from disputekit.domain.case.values.money import format_money

T = TypeVar("T")

EXTRA = "extra"
# Field metadata: write the key only when the value differs from the default (a flag added
# later then leaves older documents unchanged).
OMIT_DEFAULT = "omit_default"
# Field metadata: an identifier or a vocabulary code held as text, not words a person reads
# (`case_fields.text_fields` leaves it out).
CODE = "code"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.name != EXTRA)


def encode(obj: Any) -> dict[str, Any]:
    """The dataclass `obj` as plain JSON data, in field order, its `extra` keys after."""
    out: dict[str, Any] = {}
    for f in _fields(type(obj)):
        value = getattr(obj, f.name)
        if f.metadata.get(OMIT_DEFAULT) and value == _default(f):
            continue
        out[f.name] = _encode_value(value)
    for key, value in getattr(obj, EXTRA, {}).items():
        out.setdefault(key, value)
    return out


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def _encode_value(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return encode(value)
    if isinstance(value, (list, tuple)):
        return [_encode_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode_value(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, date):  # a datetime too: ISO 8601 with its offset
        return value.isoformat()
    return value


def decode(cls: type[T], data: dict[str, Any], ignore: frozenset[str] = frozenset()) -> T:
    """Rebuild `cls` from `encode`'s output; a missing key takes the field's default, an
    unknown key (other than those in `ignore`) goes to `extra`."""
    hints = _hints(typing.cast(type, cls))
    known = {f.name for f in _fields(cls)}
    kwargs: dict[str, Any] = {}
    kept: set[str] = set()
    for f in _fields(cls):
        if f.name not in data:
            continue
        if not f.metadata.get(OMIT_DEFAULT) or EXTRA not in hints:
            kwargs[f.name] = _decode_value(hints[f.name], data[f.name])
            continue
        try:
            kwargs[f.name] = _decode_checked(hints[f.name], data[f.name])
        except (TypeError, ValueError, AttributeError):
            # A field added later (written only when set) that an older document carried
            # as an untyped key in a shape it cannot take: kept as written, in `extra`.
            kept.add(f.name)
    if EXTRA in hints:
        kwargs[EXTRA] = {
            k: v for k, v in data.items() if (k not in known or k in kept) and k not in ignore
        }
    return cls(**kwargs)


def _decode_checked(hint: Any, value: Any) -> Any:
    decoded = _decode_value(hint, value)
    if not _fits(hint, decoded):
        raise TypeError(f"{value!r} is not a {hint!r}")
    return decoded


def _fits(hint: Any, value: Any) -> bool:
    # Text is text, an instant carries its offset, a list holds what it says.
    hint, _ = optional_inner(hint)
    if value is None:
        return True
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return all(_fits(item, v) for v in value)
    if hint is str:
        return isinstance(value, str)
    if hint is datetime:
        return isinstance(value, datetime) and value.tzinfo is not None
    return True


def _decode_value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    hint, _ = optional_inner(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_decode_value(item, v) for v in value]
    if origin is tuple:
        items = zip(typing.get_args(hint), value, strict=True)
        return tuple(_decode_value(item, v) for item, v in items)
    if origin is dict:
        _key, item = typing.get_args(hint)
        return {k: _decode_value(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(hint):
        return decode(typing.cast(type, hint), value)
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            return hint(value)
        if hint is Decimal:
            return Decimal(value)
        if hint is datetime:
            return datetime.fromisoformat(value)
        if hint is date:
            return date.fromisoformat(value)
        if hint is bool:
            return bool(value)
        if hint is int:
            return int(value)
        if hint is float:
            return float(value)
    return value


@dataclasses.dataclass(frozen=True)
class Rule:
    """What the case JSON contract asks of a field beyond its type: present (and for text,
    not blank), for text at most `limit` characters (None: the reader's default), and for
    text of a fixed `form` (`SHA256`) that shape, normalised."""

    required: bool = False
    limit: int | None = None
    form: str | None = None


RULE = "rule"
# Text forms: 64 hex digits, kept in lower case; a resident ID number (17 digits, then a
# digit or X), kept in upper case.
SHA256 = "sha256"
ID_NUMBER = "id_number"
# A SHA-256 (kept in lower case) or, when it is not one, an evidence id (kept as written).
DERIVED_FROM = "derived_from"


def rule(
    *, required: bool = False, limit: int | None = None, form: str | None = None
) -> dict[str, Rule]:
    """Field metadata holding a contract rule (read by `case_json`'s field reader)."""
    return {RULE: Rule(required, limit, form)}


def rule_of(f: dataclasses.Field[Any]) -> Rule:
    """The contract rule of a model field (none: optional, default length)."""
    found = f.metadata.get(RULE)
    return found if isinstance(found, Rule) else Rule()


def field_types(cls: type) -> dict[str, Any]:
    """Each field of a model class with its resolved type hint, `extra` left out."""
    hints = _hints(cls)
    return {f.name: hints[f.name] for f in _fields(cls)}


def optional_inner(hint: Any) -> tuple[Any, bool]:
    """(`X`, True) for `X | None`, else (`hint`, False)."""
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return inner, True
    return hint, False


def model_fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """The declared fields of a model class, `extra` left out."""
    return _fields(cls)
