"""The ordered, concrete next steps for each situation, as messages (`disputekit.messages`).

Contact advice comes from the seed guide: the in-platform chat first, official social accounts
as the fallback, 工作日 9–11 点 and 14–16 点, and every chat kept as evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from disputekit.domain.channel_rules import ChannelChoice, Situation
from disputekit.domain.deadline_rules import REFUND_WORKING_DAYS
from disputekit.domain.deadlines import Deadline, DeadlineStatus, find
from disputekit.domain.eligibility import Eligibility, authorization_note
from disputekit.domain.jurisdiction import regulator_note
from disputekit.domain.legal import cite
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import EvidenceKind, Problem
from disputekit.messages import Joined, Msg, When, msg

CONTACT = [
    msg("step.contact.in_app"),
    msg("step.contact.hours"),
    msg("step.contact.social"),
    msg("step.contact.keep_chat"),
]
CANCEL_REASONS = (Problem.MISTAKEN_ORDER, Problem.NO_LONGER_NEEDED, Problem.WRONG_INFO)


def steps_for(
    case: Case,
    choice: ChannelChoice,
    deadlines: list[Deadline],
    eligibility: Eligibility | None,
    missing: list[list[EvidenceKind]],
) -> list[str]:
    """The next steps for `choice`, in order."""
    ctx = _Ctx(case, deadlines, eligibility, missing)
    return _WRITERS[choice.situation](ctx)


class _Ctx:
    """What the step writers read, with small helpers for recurring phrases."""

    def __init__(
        self,
        case: Case,
        deadlines: list[Deadline],
        eligibility: Eligibility | None,
        missing: list[list[EvidenceKind]],
    ) -> None:
        self.case = case
        self.deadlines = deadlines
        self.eligibility = eligibility
        self.missing = missing

    def due(self, kind: str) -> When | Msg:
        found = find(self.deadlines, kind)
        return When(found.due) if found else msg("step.the_deadline")

    def gather(self) -> list[str]:
        if not self.missing:
            return []
        groups = tuple(Joined(tuple(group), "or") for group in self.missing)
        return [msg("step.gather", names=Joined(groups, "clauses"))]


def _cancel_self(c: _Ctx) -> list[str]:
    o = c.case.order
    low, high = REFUND_WORKING_DAYS[o.payment_method]
    reasons = Joined(tuple(msg("step.quoted", text=p) for p in CANCEL_REASONS))
    problem = c.case.problem
    pick = msg("step.cancel.pick", problem=problem) if problem in CANCEL_REASONS else ""
    steps: list[str] = [
        msg("step.cancel.find_order", order_no=o.order_no),
        msg("step.cancel.click", reasons=reasons, pick=pick),
        msg("step.cancel.confirm", low=low, high=high, method=o.payment_method),
        msg("step.cancel.record"),
    ]
    if o.instant_delivery:
        steps.append(msg("step.cancel.instant"))
    steps.append(msg("step.cancel.fallback"))
    return steps


def _appeal_cancel_refused(c: _Ctx) -> list[str]:
    return [
        *c.gather(),
        msg("step.appeal_cancel.file"),
        msg("step.appeal_cancel.attach"),
        msg("step.appeal.record"),
        msg("step.appeal.then_12315"),
    ]


def _cs_not_received(c: _Ctx) -> list[str]:
    return [
        msg("step.not_received.check"),
        *c.gather(),
        msg("step.not_received.contact"),
        *CONTACT,
        msg("step.not_received.review"),
        msg("step.not_received.refused"),
    ]


def _appeal_after_cs(c: _Ctx) -> list[str]:
    return [
        msg("step.proof_request", law=cite("ecommerce_62")),
        *c.gather(),
        msg("step.appeal_after_cs.file"),
        msg("step.appeal.record"),
        msg("step.appeal_after_cs.then_12315"),
    ]


def _appeal_completed(c: _Ctx) -> list[str]:
    return [
        *c.gather(),
        msg("step.appeal_completed.file", problem=c.case.problem),
        msg("step.appeal_completed.record"),
        msg("step.appeal.then_12315"),
    ]


def _appeal_pending(c: _Ctx) -> list[str]:
    return [
        msg("step.appeal_pending.wait", due=c.due("appeal_result_due")),
        *c.gather(),
        msg("step.appeal_pending.record"),
        msg("step.appeal.then_12315"),
    ]


def _appeal_won(c: _Ctx) -> list[str]:
    return [
        msg("step.appeal_won.confirm"),
        msg("step.appeal_won.record"),
        msg("step.appeal_won.then_12315"),
    ]


def _goodwill(c: _Ctx) -> list[str]:
    return [
        msg("step.goodwill.ask"),
        *CONTACT[:2],
        msg("step.goodwill.record"),
    ]


def _cs_other(c: _Ctx) -> list[str]:
    return [
        *c.gather(),
        msg("step.cs_other.contact"),
        *CONTACT,
        msg("step.cs_other.then_appeal"),
    ]


def _refund_waiting(c: _Ctx) -> list[str]:
    refund = find(c.deadlines, "refund_due")
    window: str = ""
    if refund is not None and refund.expected_from is not None:
        window = msg(
            "step.refund_waiting.window",
            start=When(refund.expected_from),
            end=When(refund.due),
        )
    method = c.case.order.payment_method
    return [
        msg("step.refund_waiting.wait", window=window),
        msg("step.refund_waiting.check", method=method),
        msg("step.refund_waiting.record"),
        msg("step.refund_waiting.late"),
    ]


def _refund_chase(c: _Ctx) -> list[str]:
    return [
        msg("step.refund_chase.check", method=c.case.order.payment_method),
        msg("step.refund_chase.contact"),
        *CONTACT,
        msg("step.refund_chase.then_12315"),
    ]


def _refund_done(c: _Ctx) -> list[str]:
    return [msg("step.refund_done.compare"), msg("step.refund_done.keep")]


def _cancelled_undated(c: _Ctx) -> list[str]:
    return [
        msg("step.cancelled_undated.record"),
        msg("step.cancelled_undated.check", method=c.case.order.payment_method),
        msg("step.cancelled_undated.contact"),
    ]


def _regulator_file(c: _Ctx) -> list[str]:
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


def _regulator_refile(c: _Ctx) -> list[str]:
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


def _regulator_waiting(c: _Ctx) -> list[str]:
    return [
        msg("step.regulator_waiting.wait", due=c.due("complaint_acceptance_due")),
        msg("step.regulator_waiting.late"),
        msg("step.regulator_waiting.record"),
    ]


def _regulator_mediation(c: _Ctx) -> list[str]:
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


def _mediation_ended(c: _Ctx) -> list[str]:
    return [
        msg("step.mediation_ended.record"),
        msg("step.association.file", law=cite("consumer_39")),
        msg("step.mediation_ended.bring"),
        msg(
            "step.mediation_ended.court",
            due=c.due("limitation_due"),
            laws=cite("civil_188", "civil_195"),
        ),
    ]


def _barred(c: _Ctx) -> list[str]:
    limit = find(c.deadlines, "limitation_due")
    laws = cite("civil_188", "civil_195")
    if limit is not None and limit.status is DeadlineStatus.OVERDUE:
        court = msg("step.barred.court_expired", due=When(limit.due), laws=laws)
    else:
        court = msg("step.barred.court_open", due=c.due("limitation_due"), laws=laws)
    return [
        msg("step.barred.no_12315", law=cite("complaint_16_4")),
        msg("step.association.file", law=cite("consumer_39")),
        *c.gather(),
        court,
    ]


def _mediation_agreed(c: _Ctx) -> list[str]:
    return [
        msg("step.mediation_agreed.urge"),
        msg("step.mediation_agreed.record"),
    ]


def _association(c: _Ctx) -> list[str]:
    return [
        msg("step.association.file", law=cite("consumer_39")),
        msg("step.association.bring"),
        msg(
            "step.association.court",
            due=c.due("limitation_due"),
            laws=cite("civil_188", "civil_195"),
        ),
    ]


_WRITERS: dict[Situation, Callable[[_Ctx], list[str]]] = {
    Situation.CANCEL_SELF: _cancel_self,
    Situation.APPEAL_CANCEL_REFUSED: _appeal_cancel_refused,
    Situation.CS_NOT_RECEIVED: _cs_not_received,
    Situation.CS_GOODWILL: _goodwill,
    Situation.CS_OTHER: _cs_other,
    Situation.APPEAL_AFTER_CS: _appeal_after_cs,
    Situation.APPEAL_COMPLETED: _appeal_completed,
    Situation.APPEAL_PENDING: _appeal_pending,
    Situation.APPEAL_WON: _appeal_won,
    Situation.REFUND_WAITING: _refund_waiting,
    Situation.REFUND_CHASE: _refund_chase,
    Situation.REFUND_DONE: _refund_done,
    Situation.CANCELLED_UNDATED: _cancelled_undated,
    Situation.REGULATOR_FILE: _regulator_file,
    Situation.REGULATOR_WAITING: _regulator_waiting,
    Situation.REGULATOR_MEDIATION: _regulator_mediation,
    Situation.MEDIATION_AGREED: _mediation_agreed,
    Situation.ASSOCIATION: _association,
    Situation.REGULATOR_REFILE: _regulator_refile,
    Situation.MEDIATION_ENDED: _mediation_ended,
    Situation.BARRED: _barred,
}
