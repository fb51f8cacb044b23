"""The 建议 tab and `disputekit advise --json` say the same thing on the December 2026
scenarios: the CLI as a real subprocess over the case file, the tab over the stored case at the
same instant; and the tab in English says it in English."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, time
from html import escape
from pathlib import Path

import pytest

from disputekit.domain.case.document.case_dump import dumps_case
from disputekit.timeutil import SHANGHAI
from disputekit.ui.advice.advice_tab import AdviceTab
from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language
from tests.domain.test_scenarios_2026_12 import SCENARIOS, build_case

ROOT = Path(__file__).resolve().parents[3]
CHOSEN = {
    "bar_filing_day:nominal-day-on-a-weekend-may-still-be-accepted-today": (
        "a complaint made on 7 Dec 2026 may still be accepted: file today"
    ),
    "already_handled:after-mediation-failed-a-later-refusal-is-not-sent-to-12315-again": (
        "has already accepted or handled this dispute"
    ),
    "channels:flash-sale-self-cancel-refused-goes-to-cs": "by hand",
    "channels:minor-by-birth-date": "The buyer was under 18 on the order day (16)",
}


def _cli(case_file: Path, today: str) -> dict:
    option = ["--now", today] if "T" in today else ["--today", today]
    done = subprocess.run(
        [sys.executable, "-m", "disputekit", "advise", str(case_file), *option, "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def _instant(today: str) -> datetime:
    if "T" in today:
        return datetime.fromisoformat(today)
    return datetime.combine(date.fromisoformat(today), time(0, 0), SHANGHAI)


@pytest.mark.parametrize("name", sorted(CHOSEN))
def test_the_tab_and_the_command_agree(name, services, session, clock, qtbot, qapp, tmp_path):
    scenario = dict(SCENARIOS)[name]
    case = build_case(scenario["case"])
    case_file = tmp_path / "case.json"
    case_file.write_text(dumps_case(case), encoding="utf-8")
    printed = _cli(case_file, scenario["today"])

    clock.now = _instant(scenario["today"])
    session.select(services.store.cases.create(case))
    tab = AdviceTab(services, session)
    qtbot.addWidget(tab)
    assert tab.advice is not None
    assert tab.advice.channel.value == printed["channel"]
    assert tab.reason_label.text() == printed["reason"]
    shown_steps = tab.steps_label.text()
    for step in printed["steps"]:
        assert escape(step) in shown_steps
    shown_warnings = tab.warnings_label.text()
    for warning in printed["warnings"]:
        assert escape(warning) in shown_warnings
    assert tab.message_edit.toPlainText() == printed["message"]
    assert [d.to_json() for d in tab.advice.deadlines] == printed["deadlines"]

    install_language(qapp, ENGLISH)
    try:
        tab.retranslate()
        english = " ".join(
            [tab.reason_label.text(), tab.steps_label.text(), tab.warnings_label.text()]
        )
        assert escape(CHOSEN[name]) in english
    finally:
        install_language(qapp, CHINESE)
