"""Reading typed values out of plain JSON data, collecting every error with its JSON path.

The case contract (`case_json`) is built on this: a document is read to the end, so a user
sees all of its problems at once rather than only the first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from disputekit.domain.case.values.money import MoneyError, parse_money
from disputekit.messages import Msg, msg
from disputekit.timeutil import YEARS, in_year_range

SHORT_TEXT = 200
LONG_TEXT = 20_000
MAX_ITEMS = 5_000
# A case is about five levels deep; unknown keys are kept, but not to any depth: a document
# nested hundreds of levels would exhaust the stack of whatever reads it next.
MAX_DEPTH = 64

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class FieldError:
    """One problem: where (a JSON path such as `events[2].at`) and what.

    `message` is a `disputekit.messages.Msg` (the problem without its path), `text` the
    problem with its path; as a `str` either is Chinese, `render(..., "en")` gives English.
    `code` lets a front end word the common problems itself ("required", "too_long" with
    `limit`, "amount"); everything else is "invalid".
    """

    path: str
    message: str
    code: str = "invalid"
    limit: int | None = None

    @property
    def text(self) -> Msg | str:
        """The problem with its path (`order.amount_paid: '-5' is negative`)."""
        return msg("json.at", path=self.path, problem=self.message) if self.path else self.message

    def __str__(self) -> str:
        return str(self.text)


class CaseFormatError(ValueError):
    """A case document with problems; `errors` lists all of them (one a line as `str`)."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def join_path(path: str, key: str | int) -> str:
    """`order` + `amount_paid` → `order.amount_paid`; `events` + 2 → `events[2]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class JsonReader:
    """Reads typed values out of plain JSON data, collecting errors instead of raising."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(
        self, path: str, message: Msg, code: str = "invalid", limit: int | None = None
    ) -> None:
        self.errors.append(FieldError(path, message, code, limit))

    def obj(self, data: Any, path: str, *, required: bool = True) -> dict[str, Any] | None:
        if data is None:
            if required:
                self.fail(path, msg("json.missing"), "required")
            return None
        if not isinstance(data, dict):
            self.fail(path, msg("json.not_object", kind=kind_of(data)))
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
        p = join_path(path, key)
        if key not in data or data[key] is None:
            if required:
                self.fail(p, msg("json.missing"), "required")
            return None if nullable else ""
        value = data[key]
        if not isinstance(value, str):
            self.fail(p, msg("json.not_text", kind=kind_of(value)))
            return None if nullable else ""
        if len(value) > limit:
            too_long = msg("json.too_long", length=f"{len(value):,}", limit=f"{limit:,}")
            self.fail(p, too_long, "too_long", limit)
            return value[:limit]
        if required and not value.strip():
            self.fail(p, msg("json.empty"), "required")
        return value

    def enum(
        self, data: dict[str, Any], key: str, path: str, enum: type[E], default: E | None
    ) -> Any:
        p = join_path(path, key)
        value = data.get(key)
        if value is None:
            if default is None:
                self.fail(p, msg("json.missing"), "required")
            return default
        try:
            return enum(value)
        except (ValueError, TypeError):
            allowed = ", ".join(m.value for m in enum)
            self.fail(p, msg("json.not_one_of", value=show_value(value), allowed=allowed))
            return default

    def when(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> Any:
        p = join_path(path, key)
        value = data.get(key)
        if value is None:
            if required:
                self.fail(p, msg("json.missing"), "required")
            return None
        return self.instant(value, p)

    def instant(self, value: Any, path: str) -> datetime | None:
        if not isinstance(value, str):
            self.fail(path, msg("json.not_instant_text", kind=kind_of(value)))
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.fail(path, msg("json.not_instant", value=show_value(value)))
            return None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            self.fail(path, msg("json.no_offset", value=show_value(value)))
            return None
        if not in_year_range(parsed):
            self.fail(path, msg("json.year_out_of_range", value=show_value(value), **YEARS))
            return None
        return parsed

    def money(self, data: dict[str, Any], key: str, path: str, *, required: bool) -> Any:
        p = join_path(path, key)
        value = data.get(key)
        if value is None:
            if required:
                self.fail(p, msg("json.missing"), "required")
            return None
        try:
            return parse_money(value)
        except MoneyError as exc:
            self.fail(p, exc.text, "amount")
            return None

    def boolean(self, data: dict[str, Any], key: str, path: str, default: bool = False) -> bool:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(join_path(path, key), msg("json.not_bool", value=show_value(value)))
            return default
        return value

    def integer(self, data: dict[str, Any], key: str, path: str, default: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(join_path(path, key), msg("json.not_whole", value=show_value(value)))
            return default
        if not 1 <= value <= 100_000:
            out_of_range = msg("json.out_of_range", value=value, low=1, high=100000)
            self.fail(join_path(path, key), out_of_range)
            return default
        return value

    def seconds(self, data: dict[str, Any], key: str, path: str) -> float | None:
        """A time in seconds (a number, 0 or more, under a day), or None when absent."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(join_path(path, key), msg("json.not_seconds", value=show_value(value)))
            return None
        if not 0 <= value < 86_400:
            out_of_range = msg("json.out_of_range", value=value, low=0, high=86400)
            self.fail(join_path(path, key), out_of_range)
            return None
        return float(value)

    def items(self, data: dict[str, Any], key: str, path: str) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(join_path(path, key), msg("json.not_list", kind=kind_of(value)))
            return []
        if len(value) > MAX_ITEMS:
            too_many = msg("json.too_many", count=len(value), limit=MAX_ITEMS)
            self.fail(join_path(path, key), too_many)
            return value[:MAX_ITEMS]
        return value


def kind_of(value: Any) -> Msg | str:
    """What a JSON value is, in words ("an object", "text", …)."""
    code = {
        dict: "json.kind.object",
        list: "json.kind.list",
        str: "json.kind.text",
        bool: "json.kind.bool",
        int: "json.kind.number",
        float: "json.kind.number",
        Decimal: "json.kind.number",
        type(None): "json.kind.null",
    }.get(type(value))
    return msg(code) if code else type(value).__name__


def show_value(value: Any) -> str:
    """A value as JSON, shortened for an error message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def extra_keys(data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    """The keys of `data` this version does not know, kept for the round trip."""
    return {k: v for k, v in data.items() if k not in known}


def structure_errors(data: Any, max_depth: int = MAX_DEPTH) -> list[FieldError]:
    """Problems no field reader sees, anywhere in the document (unknown keys included):
    nesting deeper than `max_depth`, and text with a lone surrogate (`"\\ud800"` is valid
    JSON but not Unicode, and cannot be written as UTF-8)."""
    errors: list[FieldError] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]  # no recursion: depth is the point
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            if _has_surrogate(value):
                errors.append(FieldError(path, msg("json.surrogate")))
            continue
        if not isinstance(value, dict | list):
            continue
        if depth >= max_depth:
            shown = path if len(path) <= 60 else path[:59] + "…"
            errors.append(FieldError(shown, msg("json.too_deep", levels=max_depth)))
            continue
        if isinstance(value, list):
            stack.extend((v, join_path(path, i), depth + 1) for i, v in enumerate(value))
            continue
        for key, item in value.items():
            if _has_surrogate(key):
                errors.append(FieldError(join_path(path, ascii(key)), msg("json.key_surrogate")))
                continue
            stack.append((item, join_path(path, key), depth + 1))
    return sorted(errors, key=lambda e: e.path)


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
