"""Advice steps once the platform is left behind: the 12315 complaint and its mediation, the
consumer association, and the court (when 12315 is barred or mediation ended)."""

from __future__ import annotations

from disputekit.domain.advice.step_context import StepContext
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus, find
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.eligibility import authorization_note
from disputekit.domain.legal.jurisdiction import regulator_note
from disputekit.domain.legal.route_12315 import live_complaint
from disputekit.messages import Day, Joined, When, msg
from disputekit.timeutil import to_shanghai


def _bar_step(c: StepContext) -> list[str]:
    """File by the bar's nominal last day (a moved day only as when it may still be taken)."""
    bar = c.bar()
    return [msg("step.bar.file_by", by=c.bar_day(bar), basis=bar.basis)] if bar else []


def _in_time(c: StepContext) -> list[str]:
    """A complaint filed before the bar stays in time while it is handled (第十六条(四) asks
    about the day it was made): said once the nominal last day is behind."""
    bar = find(c.deadlines, "complaint_bar_due")
    filed = live_complaint(c.case)
    if bar is None or filed is None or bar.status is not DeadlineStatus.MET:
        return []
    if c.now is None or c.now <= bar.due:
        return []
    day = Day(to_shanghai(filed.at).date())
    return [msg("step.bar.in_time", filed=day, last=Day(to_shanghai(bar.due).date()))]


def regulator_file(c: StepContext) -> list[str]:
    steps = [
        *_bar_step(c),
        msg("step.regulator_file.where"),
        msg("step.regulator_file.fields", law=cite("complaint_10")),
        regulator_note(c.case),
        *c.gather(),
        msg("step.regulator_file.upload"),
    ]
    note = authorization_note(c.case)
    if note:
        steps.append(note)
    if c.eligibility is not None and c.eligibility.problems:
        problems = Joined(tuple(c.eligibility.problems), "clauses")
        steps.append(msg("step.regulator_file.problems", problems=problems))
    steps.append(msg("step.regulator_file.record", law=cite("complaint_15")))
    return steps


def regulator_refile(c: StepContext) -> list[str]:
    missing: list[str] = []
    if c.eligibility is not None and c.eligibility.problems:
        problems = Joined(tuple(c.eligibility.problems), "clauses")
        missing.append(msg("step.regulator_refile.still", problems=problems))
    return [
        *_bar_step(c),
        msg("step.regulator_refile.complete", law=cite("complaint_10")),
        *missing,
        *c.gather(),
        regulator_note(c.case),
        msg("step.regulator_refile.resubmit"),
        msg("step.regulator_refile.again"),
    ]


def regulator_waiting(c: StepContext) -> list[str]:
    return [
        *_in_time(c),
        msg("step.regulator_waiting.wait", due=c.due("complaint_acceptance_due")),
        msg("step.regulator_waiting.late"),
        msg("step.regulator_waiting.record"),
    ]


def regulator_mediation(c: StepContext) -> list[str]:
    clocks = []
    found = [d for k in ("mediation_due_45wd", "mediation_due_60d") if (d := find(c.deadlines, k))]
    for d in found:
        clocks.append(msg("step.mediation.clock", label=d.name, due=When(d.due), basis=d.basis))
    if len(found) > 1:
        # Accepted 2024-07-01..2026-04-14: both bound the regulator; the earlier one is the limit.
        first = min(found, key=lambda d: d.due)
        clocks.append(msg("step.mediation.earlier", label=first.name, due=When(first.due)))
    return [
        *_in_time(c),
        msg("step.mediation.cooperate_until", clocks=Joined(tuple(clocks), "clauses"))
        if clocks
        else msg("step.mediation.cooperate"),
        msg("step.mediation.ends"),
        msg("step.mediation.record"),
    ]


def _association_file() -> str:
    return msg("step.association.file", law=cite("consumer_39"))


def _court(c: StepContext, code: str) -> str:
    """The court step `code`, with the limitation's due date and its articles."""
    return msg(code, due=c.due("limitation_due"), laws=_LIMITATION_LAWS)


_LIMITATION_LAWS = cite("civil_188", "civil_195")


def mediation_ended(c: StepContext) -> list[str]:
    return [
        msg("step.mediation_ended.record"),
        _association_file(),
        msg("step.mediation_ended.bring"),
        _court(c, "step.mediation_ended.court"),
    ]


def already_handled(c: StepContext) -> list[str]:
    """12315 (or a 消协) has handled this dispute: not to 12315 again (办法第十六条(二))."""
    steps: list[str] = [msg("step.already_handled.no_12315", law=cite("complaint_16_2"))]
    if c.choice is not None and c.choice.channel.value == "consumer_association":
        steps += [_association_file(), msg("step.mediation_ended.bring")]
    steps += [*c.gather(), _court(c, "step.association.court")]
    return steps


def barred(c: StepContext) -> list[str]:
    limit = find(c.deadlines, "limitation_due")
    court: str
    if limit is not None and limit.status is DeadlineStatus.OVERDUE:
        court = msg("step.barred.court_expired", due=When(limit.due), laws=_LIMITATION_LAWS)
    else:
        court = _court(c, "step.barred.court_open")
    return [
        msg("step.barred.no_12315", law=cite("complaint_16_4")),
        _association_file(),
        *c.gather(),
        court,
    ]


def mediation_agreed(c: StepContext) -> list[str]:
    return [
        msg("step.mediation_agreed.urge"),
        msg("step.mediation_agreed.record"),
    ]


def association(c: StepContext) -> list[str]:
    return [_association_file(), msg("step.association.bring"), _court(c, "step.association.court")]
