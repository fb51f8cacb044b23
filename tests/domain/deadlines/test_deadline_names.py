"""One English name per deadline: the kind's own (`DeadlineKind`), which the rulebook's rules
and every deadline made from them carry; the data cannot name it a second time."""

from __future__ import annotations

import json
from datetime import date

import pytest

from disputekit.domain.case.vocabulary import DeadlineKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.rulebook import RulebookError, parse_rulebook
from disputekit.messages import render
from disputekit.resources import asset
from disputekit.rules_data import load_rulebook
from tests.domain.factories import at, ev, make_case
from tests.support.shipped import deadlines_for


def _data() -> dict:
    return json.loads(asset("legal", "rules_12315.json").read_text("utf-8"))


def test_every_rule_s_english_name_is_its_kind_s():
    assert all("label_en" not in item for item in _data()["rules"])
    for rule in load_rulebook().rules:
        assert rule.label.en == DeadlineKind(rule.kind).en


def test_a_mediation_deadline_is_named_as_its_kind_in_english():
    case = make_case(
        events=[
            ev("complaint_filed", at(2026, 10, 8)),
            ev("complaint_accepted", at(2026, 10, 9)),
        ]
    )
    found = {
        d.kind: d for d in deadlines_for(case, date(2026, 10, 10), WorkCalendar(), load_rulebook())
    }
    mediation = found[DeadlineKind.MEDIATION_DUE_60D]
    assert render(mediation.name, "en") == "Mediation due (60 days)"
    assert str(mediation.name).startswith("调解期限（60日")


def test_a_rule_naming_its_own_english_is_refused():
    data = _data()
    data["rules"][0]["label_en"] = "12315 acceptance decision"
    with pytest.raises(RulebookError, match=r"rules\[0\]\.label_en"):
        parse_rulebook(data)
