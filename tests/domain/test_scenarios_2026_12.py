"""The December 2026 scenario set (`scenarios_2026_12/*.json`): each case judged on its day
against exact channels, due days and texts, in Chinese and in English."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from disputekit.domain.advice.engine import Advice
from disputekit.domain.case.document.case_codec import decode, encode
from disputekit.domain.case.model import Event, EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.messages import render
from disputekit.timeutil import SHANGHAI, to_shanghai
from tests.domain.factories import ev, make_case
from tests.support.shipped import advise

HERE = Path(__file__).parent / "scenarios_2026_12"
CAL = WorkCalendar()


def _scenarios() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(HERE.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            found.append((f"{path.stem}:{item['id']}", item))
    return found


SCENARIOS = _scenarios()


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)


def _event(spec: Any) -> Any:
    if isinstance(spec, list):
        kind, when, *rest = spec
        outcome = rest[0] if rest else None
        note = rest[1] if len(rest) > 1 else ""
        return ev(kind, _instant(when), outcome=outcome, note=note)
    made = ev(spec["kind"], _instant(spec["at"]), spec.get("outcome"), spec.get("note", ""))
    # Keys under "extra" are read as the case JSON reads them (`reached_at` onto the event).
    data = {**encode(made), **spec.get("extra", {}), "evidence": list(spec.get("evidence", []))}
    return decode(Event, data)


def build_case(spec: dict[str, Any]) -> Any:
    """The scenario's case: `make_case` with the keys it knows, then the rest set on it."""
    spec = dict(spec)
    events = [_event(e) for e in spec.pop("events", [])]
    evidence = spec.pop("evidence", [])
    claims = spec.pop("claims", {})
    person = dict(spec.pop("complainant", {}))
    birth = person.pop("birth_date", None)
    for key in ("ordered_at", "known_at"):
        if key in spec:
            spec[key] = _instant(spec[key])
    case = make_case(events=events, complainant=person, **spec)
    if birth:
        case.complainant.birth_date = date.fromisoformat(birth)
    for i, item in enumerate(evidence, 1):
        data = {"kind": item} if isinstance(item, str) else dict(item)
        case.evidence.append(
            EvidenceItem(
                id=data.get("id", f"e{i}"),
                kind=EvidenceKind(data["kind"]),
                caption=data.get("caption", ""),
                proves=data.get("proves", ""),
            )
        )
    if "delivery" in claims:
        case.claims.delivery = claims["delivery"]
    if "refund_amount" in claims:
        raw = claims["refund_amount"]
        case.claims.refund_amount = None if raw is None else Decimal(raw)
    return case


def _due(text: str) -> datetime:
    if "T" in text:
        return _instant(text)
    return datetime.combine(date.fromisoformat(text), datetime.max.time(), SHANGHAI).replace(
        microsecond=0
    )


def _today(text: str) -> date | datetime:
    return _instant(text) if "T" in text else date.fromisoformat(text)


def _texts(advice: Advice, language: str) -> dict[str, list[str]]:
    def r(items: list[str]) -> list[str]:
        return [render(t, language) for t in items]

    deadlines = []
    for d in advice.deadlines:
        deadlines += [render(d.rule, language), render(d.basis, language)]
    elig = advice.eligibility
    return {
        "steps": r(advice.steps),
        "reason": r([advice.reason]),
        "warnings": r(advice.warnings),
        "message": [advice.message],
        "deadlines": deadlines,
        "eligibility": r(elig.problems + elig.requirements) if elig else [],
    }


def _check_has(where: str, texts: list[str], wanted: list[str]) -> None:
    joined = "\n".join(texts)
    for text in wanted:
        assert text in joined, f"{where}: {text!r} not in:\n{joined}"


def _check_lacks(where: str, texts: list[str], unwanted: list[str]) -> None:
    joined = "\n".join(texts)
    for text in unwanted:
        assert text not in joined, f"{where}: {text!r} must not appear in:\n{joined}"


@pytest.mark.parametrize(("name", "scenario"), SCENARIOS, ids=[n for n, _ in SCENARIOS])
def test_scenario(name: str, scenario: dict[str, Any]) -> None:
    case = build_case(scenario["case"])
    today = _today(scenario["today"])
    advice = advise(case, today, CAL)
    want = scenario["expect"]
    if "channel" in want:
        assert advice.channel.value == want["channel"]
    if "situation" in want:
        assert advice.situation is not None and advice.situation.value == want["situation"]
    if "further" in want:
        assert [c.value for c in advice.further_channels] == want["further"]
    found = {d.kind.value: d for d in advice.deadlines}
    for kind, expected in want.get("deadlines", {}).items():
        if expected is None:
            assert kind not in found, kind
            continue
        d = found[kind]
        if "due" in expected:
            assert d.due == _due(expected["due"]), (kind, d.due)
        if "status" in expected:
            assert d.status.value == expected["status"], (kind, d.status)
        if "grace_until" in expected:
            grace = d.grace_until
            shown = None if grace is None else to_shanghai(grace).date().isoformat()
            assert shown == expected["grace_until"], kind
        if "from_event" in expected:
            assert d.from_event == expected["from_event"], kind
        _check_has(f"{kind}.basis", [d.basis], expected.get("basis_has", []))
        _check_lacks(f"{kind}.basis", [d.basis], expected.get("basis_lacks", []))
        _check_has(f"{kind}.rule", [d.rule], expected.get("rule_has", []))
        _check_lacks(f"{kind}.rule", [d.rule], expected.get("rule_lacks", []))
        en = [render(d.rule, "en"), render(d.basis, "en")]
        _check_has(f"{kind} (en)", en, expected.get("en_has", []))
    if "eligibility" in want:
        spec = want["eligibility"]
        if spec is None:
            assert advice.eligibility is None
        else:
            assert advice.eligibility is not None
            assert advice.eligibility.accepted is spec["accepted"]
            _check_has("eligibility", advice.eligibility.problems, spec.get("problems_have", []))
    for language, suffix in (("zh_CN", ""), ("en", "_en")):
        texts = _texts(advice, language)
        for part in ("steps", "reason", "warnings", "message", "deadlines", "eligibility"):
            _check_has(f"{part}{suffix}", texts[part], want.get(f"{part}{suffix}_have", []))
            _check_lacks(f"{part}{suffix}", texts[part], want.get(f"{part}{suffix}_lack", []))
        everything = [t for part in texts.values() for t in part]
        if language == "zh_CN":
            everything.append(json.dumps(advice.to_json(), ensure_ascii=False))
        _check_lacks(f"anywhere{suffix}", everything, want.get(f"nowhere{suffix}", []))
    if "precheck" in want:
        from disputekit.app.packets.precheck import precheck

        spec = want["precheck"]
        day = today if isinstance(today, date) and not isinstance(today, datetime) else today.date()
        result = precheck(case, PacketKind(spec["kind"]), day, CAL)
        codes = [b.code for b in result.blockers]
        for code in spec.get("codes_have", []):
            assert code in codes, codes
        for code in spec.get("codes_lack", []):
            assert code not in codes, codes
        _check_has("precheck", [b.message_zh for b in result.blockers], spec.get("text_have", []))
        en = [render(b.message_zh, "en") for b in result.blockers]
        _check_has("precheck (en)", en, spec.get("text_en_have", []))
