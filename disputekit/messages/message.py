"""`Msg`, its parameter types and `render`.

Catalogs are plain Python dicts rather than gettext .po/.mo or JSON files: the pure domain
renders its default Chinese text without reading a file or needing a compile step, the same
modules work from a checkout, a wheel or a frozen app, and a test compares the two catalogs
key by key and placeholder by placeholder.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from disputekit.messages import catalog_en, catalog_zh_CN
from disputekit.timeutil import to_shanghai, zh_date, zh_datetime

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
CATALOGS: dict[str, Mapping[str, str]] = {
    CHINESE: catalog_zh_CN.MESSAGES,
    ENGLISH: catalog_en.MESSAGES,
}
# How a list of items is joined, per language ("、" lists names, "；" clauses, "或" options).
SEPARATORS: dict[str, dict[str, str]] = {
    CHINESE: {"list": "、", "clauses": "；", "or": " 或 "},
    ENGLISH: {"list": ", ", "clauses": "; ", "or": " or "},
}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class When:
    """An instant shown in Asia/Shanghai: 2026年10月9日 23:59 / 9 Oct 2026 23:59."""

    moment: datetime


@dataclass(frozen=True)
class Day:
    """A calendar day: 2026年10月9日 / 9 Oct 2026."""

    day: date


@dataclass(frozen=True)
class Joined:
    """Items (strings, messages, labels) joined by the language's `sep` ("list", "clauses",
    "or")."""

    items: tuple[Any, ...]
    sep: str = "list"


class Localized(str):
    """A text that comes with its own translation (data such as the rulebook, not a catalog
    code); as a `str` it is the Chinese text."""

    en: str

    def __new__(cls, zh: str, en: str = "") -> Localized:
        self = super().__new__(cls, zh)
        self.en = en or zh
        return self

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # (zh, en) for pickle
        return str(self), self.en

    def in_language(self, language: str) -> str:
        """The text in `language`."""
        return self.en if language == ENGLISH else str(self)


class Msg(str):
    """A message code with parameters; as a `str` it is the Chinese text."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Msg:
        self = super().__new__(cls, _render(code, params, CHINESE))
        self.code = code
        self.params = params
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.code,), self.params

    def __repr__(self) -> str:
        return f"Msg({self.code!r}, {self.params!r})"

    def in_language(self, language: str) -> str:
        """The text in `language`."""
        return _render(self.code, self.params, language)


def msg(code: str, **params: Any) -> Msg:
    """The message `code` with `params`; fails at once on an unknown code or parameter."""
    return Msg(code, **params)


def render(text: Any, language: str) -> str:
    """`text` in `language`: a `Msg` through the catalog, anything else as given (a user's own
    words, or a citation, stay as written)."""
    return _value(text, language)


def placeholders(template: str) -> set[str]:
    """The `{name}` fields a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _render(code: str, params: Mapping[str, Any], language: str) -> str:
    catalog = CATALOGS.get(language, CATALOGS[CHINESE])
    template = catalog[code]
    return template.format(**{k: _value(v, language) for k, v in params.items()})


def _value(value: Any, language: str) -> str:
    if isinstance(value, Msg | Localized):
        return value.in_language(language)
    if isinstance(value, Joined):
        sep = SEPARATORS.get(language, SEPARATORS[CHINESE])[value.sep]
        return sep.join(_value(item, language) for item in value.items)
    if isinstance(value, When):
        if language != ENGLISH:
            return zh_datetime(value.moment)
        local = to_shanghai(value.moment)
        return f"{local.day} {_MONTHS[local.month - 1]} {local.year} {local:%H:%M}"
    if isinstance(value, Day):
        d = value.day
        if language == ENGLISH:
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        return zh_date(d)
    label = getattr(value, "label", None)
    if isinstance(value, Enum) and callable(label):
        return str(label("en" if language == ENGLISH else "zh"))
    if isinstance(value, Sequence) and not isinstance(value, str):
        return _value(Joined(tuple(value)), language)
    return str(value)
