"""`advise(case, now)`: where the buyer stands and what to do next.

Pure: the channel rules, evidence needs, deadlines, 12315 check, steps and warnings live in
their own modules; this one puts them together. What is read from files is passed in: the
12315 rulebook (`disputekit.rules_data`) and the renderer of the copy-ready message's
template (`disputekit.resources.render_template`); `disputekit.app.advising` passes the
shipped ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from disputekit.domain.advice.advice_steps import steps_for
from disputekit.domain.advice.advice_warnings import warnings_for
from disputekit.domain.advice.channel_rules import Situation, choose_channel
from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.advice.cs_message import TEMPLATE, message_context
from disputekit.domain.advice.evidence_needs import missing_evidence
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import PACKET_FOR_CHANNEL, Channel, EvidenceKind, PacketKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import Deadline, deadlines_for, next_deadline
from disputekit.domain.deadlines.deadline_judge import as_instant
from disputekit.domain.deadlines.rulebook import Rulebook
from disputekit.domain.legal.eligibility import Eligibility, check_12315
from disputekit.domain.legal.route_12315 import closed_by_16_2, live_complaint
from disputekit.timeutil import to_shanghai

Renderer = Callable[..., str]

# `next_deadline` is re-exported: the store imports it from here to cache it per case.
__all__ = ["Advice", "advise", "deadlines_for", "next_deadline"]


@dataclass(frozen=True)
class Advice:
    """The advice for a case on a day. `eligibility` is set when the channel is, or may
    become, a 12315 complaint; `missing_evidence` is a list of groups, each satisfied by any
    one kind in it."""

    channel: Channel
    reason: str
    steps: list[str]
    message: str
    missing_evidence: list[list[EvidenceKind]]
    deadlines: list[Deadline]
    eligibility: Eligibility | None
    warnings: list[str]
    further_channels: list[Channel]
    situation: Situation | None = None

    @property
    def packets(self) -> list[PacketKind]:
        """The papers worth preparing now and next, in the ladder's order. No 12315 complaint
        while one is still being handled, nor once 12315 or a 消协 has handled the dispute
        (办法第十六条(二)): that packet would be refused."""
        kinds: list[PacketKind] = []
        for channel in (self.channel, *self.further_channels):
            kind = PACKET_FOR_CHANNEL.get(channel)
            if kind is None or kind in kinds:
                continue
            if kind is PacketKind.COMPLAINT_12315 and self.no_new_12315:
                continue
            kinds.append(kind)
        return kinds

    no_new_12315: bool = False

    def to_json(self) -> dict[str, Any]:
        """The advice as the JSON object `disputekit advise --json` prints."""
        return {
            "channel": self.channel.value,
            "reason": self.reason,
            "steps": list(self.steps),
            "message": self.message,
            "missing_evidence": [[k.value for k in group] for group in self.missing_evidence],
            "deadlines": [d.to_json() for d in self.deadlines],
            "eligibility": self.eligibility.to_json() if self.eligibility else None,
            "warnings": list(self.warnings),
        }


def advise(
    case: Case,
    now: date | datetime,
    calendar: WorkCalendar | None = None,
    *,
    render: Renderer,
    rules: Rulebook,
    shared_contacts: tuple[SharedContact, ...] = (),
) -> Advice:
    """Advise on `case` at `now`: an aware instant, or a date (judged at its 00:00 in
    Asia/Shanghai; see `deadline_judge`). `render(template, **ctx)` renders the message's
    template; `rules` is the 12315 rulebook. `shared_contacts` are the store's finding of
    other complainants using this case's phone or address (办法第十七条(四))."""
    cal = calendar or WorkCalendar()
    instant = as_instant(now)
    today = to_shanghai(instant).date()
    deadlines = deadlines_for(case, instant, cal, rules=rules)
    choice = choose_channel(case, deadlines)
    # Past the bar the check stays: it is where the user reads why 12315 is off the ladder.
    wants_check = choice.may_reach_12315 or choice.barred
    eligibility = check_12315(case, today, cal, rules=rules) if wants_check else None
    missing = missing_evidence(case, choice.channel)
    message = render(TEMPLATE, **message_context(case, choice, deadlines))
    return Advice(
        channel=choice.channel,
        reason=choice.reason,
        steps=steps_for(case, choice, deadlines, eligibility, missing, instant, cal),
        message=message,
        missing_evidence=missing,
        deadlines=deadlines,
        eligibility=eligibility,
        warnings=warnings_for(case, choice, deadlines, shared_contacts, now=instant),
        further_channels=list(choice.further),
        situation=choice.situation,
        no_new_12315=live_complaint(case) is not None or closed_by_16_2(case),
    )
