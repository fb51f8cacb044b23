"""The 12315 periods as dated rules: which article sets each period, how long it is, how it is
counted and from which day to which day it was in force.

The rules themselves are data (`assets/legal/rules_12315.json`, read by
`disputekit.rules_data`); this module only parses that data and picks the rule in force on a
given day, so a change of rules is one edit to the data plus a test. A period is judged by the
rule in force on the day it counts from: a complaint accepted on 2026-04-14 keeps the old
45-working-day mediation clock, one accepted on 2026-04-15 runs on 60 days only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from disputekit.domain.case.vocabulary import DeadlineKind, DeadlineUnit
from disputekit.domain.legal.citations import Citation, format_citations
from disputekit.messages import Localized

# Said right after the title of a repealed law (暂行办法, repealed by 办法第四十六条), never after
# a law still in force that the same rule cites.
REPEALED_NOTE = Localized(
    "（已废止，仅适用于2026年4月15日前的投诉）",
    " (repealed; applies only to complaints made before 15 Apr 2026)",
)

RULES_FORMAT = "disputekit.rules/1"
# The clocks a 12315 period can run on (no hours: none is that short).
UNITS = tuple(u.value for u in DeadlineUnit if u is not DeadlineUnit.HOURS)


class RulebookError(ValueError):
    """The rules data is not in the expected shape; the message names the rule and key."""


@dataclass(frozen=True)
class Rule:
    """One dated period rule."""

    kind: str
    label: str
    counts_from: str
    chosen_by: str
    met_by: tuple[str, ...]
    period: int
    unit: str
    counting: str
    rule: str
    articles: tuple[Citation, ...]
    effective_from: date | None
    effective_until: date | None
    old_rule: bool
    # The titles of the cited laws that are repealed: the note goes after each of them only.
    repealed: frozenset[str] = frozenset()

    @property
    def basis(self) -> str:
        """The citations, grouped per law; a repealed law says so right after its articles."""
        zh, en = [], []
        for law in dict.fromkeys(a.law for a in self.articles):
            text = format_citations([a for a in self.articles if a.law == law])
            zh.append(text + (REPEALED_NOTE if law in self.repealed else ""))
            en.append(text + (REPEALED_NOTE.en if law in self.repealed else ""))
        return Localized("；".join(zh), "; ".join(en))

    def in_force_on(self, day: date) -> bool:
        """True when `day` falls within the rule's effective dates (both ends included)."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_until is None or day <= self.effective_until


@dataclass(frozen=True)
class Rulebook:
    """All period rules; `rule_for` picks one by kind and day."""

    rules: tuple[Rule, ...]

    def kinds(self) -> list[str]:
        """The deadline kinds the rules know, in first-seen order."""
        return list(dict.fromkeys(r.kind for r in self.rules))

    def rule_for(self, kind: str, day: date | None) -> Rule | None:
        """The rule of `kind` in force on `day`; with no day, the one in force now and on
        (the newest, without an end date). None when no rule of `kind` covers the day."""
        candidates = [r for r in self.rules if r.kind == kind]
        if day is None:
            return next((r for r in candidates if r.effective_until is None), None)
        return next((r for r in candidates if r.in_force_on(day)), None)

    def any_for(self, kind: str) -> list[Rule]:
        """Every rule of `kind`, old and current."""
        return [r for r in self.rules if r.kind == kind]


def parse_rulebook(data: Any) -> Rulebook:
    """The rulebook from its decoded JSON; RulebookError names what is wrong."""
    if not isinstance(data, dict) or data.get("format") != RULES_FORMAT:
        raise RulebookError(f"rules data: format must be {RULES_FORMAT!r}")
    items = data.get("rules")
    if not isinstance(items, list) or not items:
        raise RulebookError("rules data: 'rules' must be a non-empty list")
    rules = tuple(_rule(item, i) for i, item in enumerate(items))
    _check_no_overlap(rules)
    return Rulebook(rules)


def _rule(item: Any, i: int) -> Rule:
    where = f"rules[{i}]"
    if not isinstance(item, dict):
        raise RulebookError(f"{where}: must be an object")

    def text(key: str, default: str | None = None) -> str:
        value = item.get(key, default)
        if not isinstance(value, str) or not value:
            raise RulebookError(f"{where}.{key}: must be a non-empty string")
        return value

    def optional(key: str) -> str:
        # The English text of a label or rule; the UI falls back to Chinese without it.
        value = item.get(key, "")
        if not isinstance(value, str):
            raise RulebookError(f"{where}.{key}: must be a string")
        return value

    period = item.get("period")
    if not isinstance(period, int) or isinstance(period, bool) or period <= 0:
        raise RulebookError(f"{where}.period: must be a positive whole number")
    unit = text("unit")
    if unit not in UNITS:
        raise RulebookError(f"{where}.unit: must be one of {', '.join(UNITS)}")
    met_by = item.get("met_by", [])
    if not isinstance(met_by, list) or not all(isinstance(m, str) for m in met_by):
        raise RulebookError(f"{where}.met_by: must be a list of event kinds")
    articles = item.get("articles")
    if not isinstance(articles, list) or not articles:
        raise RulebookError(f"{where}.articles: must name at least one article")
    counts_from = text("counts_from")
    kind = text("kind")
    if kind not in {k.value for k in DeadlineKind}:
        raise RulebookError(f"{where}.kind: {kind!r} is not a known deadline kind")
    if "label_en" in item:
        # One English name per deadline: the kind's own (vocabulary.DeadlineKind).
        raise RulebookError(f"{where}.label_en: the English name is the deadline kind's own")
    return Rule(
        kind=kind,
        label=Localized(text("label"), DeadlineKind(kind).en),
        counts_from=counts_from,
        chosen_by=text("chosen_by", counts_from),
        met_by=tuple(met_by),
        period=period,
        unit=unit,
        counting=text("counting"),
        rule=Localized(text("rule"), optional("rule_en")),
        articles=tuple(_article(a, f"{where}.articles[{j}]") for j, a in enumerate(articles)),
        effective_from=_day(item.get("effective_from"), f"{where}.effective_from"),
        effective_until=_day(item.get("effective_until"), f"{where}.effective_until"),
        old_rule=bool(item.get("old_rule", False)),
        repealed=frozenset(
            a["law"] for a in articles if isinstance(a, dict) and a.get("repealed") is True
        ),
    )


def _article(item: Any, where: str) -> Citation:
    if not isinstance(item, dict):
        raise RulebookError(f"{where}: must be an object")
    law, article, part = item.get("law"), item.get("article"), item.get("item", "")
    if not isinstance(law, str) or not (law.startswith("《") and law.endswith("》")):
        raise RulebookError(f"{where}.law: must be the law's title in 《》")
    if not isinstance(article, str) or not (article.startswith("第") and article.endswith("条")):
        raise RulebookError(f"{where}.article: must read 第…条")
    if not isinstance(part, str):
        raise RulebookError(f"{where}.item: must be a string such as （五）")
    return Citation(law, article, "", item=part)


def _day(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RulebookError(f"{where}: must be a date like 2026-04-15 or null") from None


def _check_no_overlap(rules: tuple[Rule, ...]) -> None:
    # Two rules of one kind in force on the same day would make the choice depend on order.
    for i, a in enumerate(rules):
        for b in rules[i + 1 :]:
            if a.kind != b.kind:
                continue
            a_end = a.effective_until or date.max
            b_end = b.effective_until or date.max
            if (a.effective_from or date.min) <= b_end and (b.effective_from or date.min) <= a_end:
                raise RulebookError(f"rules data: two '{a.kind}' rules are in force on one day")
