"""Advice steps once the platform is left behind: the 12315 complaint and its mediation, the
consumer association, and the court (when 12315 is barred or mediation ended)."""

from __future__ import annotations

from disputekit.domain.deadlines import DeadlineStatus, find
from disputekit.domain.eligibility import authorization_note
from disputekit.domain.jurisdiction import regulator_note
from disputekit.domain.legal import cite
from disputekit.domain.step_context import StepContext
from disputekit.messages import Joined, When, msg


def regulator_file(c: StepContext) -> list[str]:
    steps = [
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
        msg("step.regulator_refile.complete", law=cite("complaint_10")),
        *missing,
        *c.gather(),
        regulator_note(c.case),
        msg("step.regulator_refile.resubmit"),
        msg("step.regulator_refile.again"),
    ]


def regulator_waiting(c: StepContext) -> list[str]:
    return [
        msg("step.regulator_waiting.wait", due=c.due("complaint_acceptance_due")),
        msg("step.regulator_waiting.late"),
        msg("step.regulator_waiting.record"),
    ]


def regulator_mediation(c: StepContext) -> list[str]:
    clocks = []
    for kind in ("mediation_due_45wd", "mediation_due_60d"):
        found = find(c.deadlines, kind)
        if found is not None:
            clocks.append(
                msg(
                    "step.mediation.clock",
                    label=found.name,
                    due=When(found.due),
                    basis=found.basis,
                )
            )
    return [
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
