"""The ordered, concrete next steps for each situation, as messages (`disputekit.messages`):
here those on the platform (cancelling, customer service, appeal, refund), in
`authority_steps` those with 12315, the consumer association and the court.

Contact advice comes from the seed guide: the in-platform chat first, official social accounts
as the fallback, 工作日 9–11 点 and 14–16 点, and every chat kept as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from disputekit.domain.advice import authority_steps
from disputekit.domain.advice.channel_rules import ChannelChoice, Situation
from disputekit.domain.advice.evidence_prompts import unlogged_prompts
from disputekit.domain.advice.step_context import StepContext
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EvidenceKind, OrderStatus, Problem
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import Deadline, find
from disputekit.domain.deadlines.deadline_rules import REFUND_WORKING_DAYS
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.eligibility import Eligibility
from disputekit.domain.legal.minors import minor_steps
from disputekit.messages import Joined, When, msg

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
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> list[str]:
    """The next steps for `choice`, in order: first what the timeline lacks (attached evidence
    not logged) and who acts for a minor, then 12315 at once when the bar comes before the
    appeal's result, then the situation's own steps."""
    ctx = StepContext(case, deadlines, eligibility, missing, choice, now, calendar)
    return [
        *unlogged_prompts(case),
        *minor_steps(case),
        *ctx.file_now(),
        *_WRITERS[choice.situation](ctx),
    ]


def _cancel_self(c: StepContext) -> list[str]:
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


def _appeal_cancel_refused(c: StepContext) -> list[str]:
    return [
        *c.gather(),
        msg("step.appeal_cancel.file"),
        msg("step.appeal_cancel.attach"),
        msg("step.appeal.record"),
        c.then_12315("step.appeal.then_12315"),
    ]


def _cs_cancel_failed(c: StepContext) -> list[str]:
    return [
        msg("step.cancel_failed.contact", order_no=c.case.order.order_no),
        *CONTACT,
        msg("step.cancel_failed.record"),
        msg("step.cancel_failed.then_appeal"),
    ]


def _cs_delivery(c: StepContext) -> list[str]:
    return [
        msg("step.delivery.ask", laws=cite("consumer_53", "ecommerce_20")),
        *CONTACT,
        msg("step.delivery.record"),
        msg("step.delivery.then_appeal"),
    ]


def _cs_not_received(c: StepContext) -> list[str]:
    completed = c.case.order.status is OrderStatus.COMPLETED
    delivery = c.case.claims.delivery
    return [
        msg("step.not_received.check"),
        *c.gather(),
        # A completed order has nothing left to cancel: the buyer states the problem.
        msg(
            "step.not_received.contact_completed"
            if completed
            else "step.not_received.contact_delivery"
            if delivery
            else "step.not_received.contact"
        ),
        *CONTACT,
        msg("step.not_received.review_delivery" if delivery else "step.not_received.review"),
        msg("step.not_received.refused"),
    ]


def _appeal_after_cs(c: StepContext) -> list[str]:
    return [
        msg("step.proof_request", law=cite("ecommerce_62")),
        *c.gather(),
        msg("step.appeal_after_cs.file"),
        msg("step.appeal.record"),
        c.then_12315("step.appeal_after_cs.then_12315"),
    ]


def _appeal_completed(c: StepContext) -> list[str]:
    return [
        *c.gather(),
        msg("step.appeal_completed.file", problem=c.case.problem),
        msg("step.appeal_completed.record"),
        c.then_12315("step.appeal.then_12315"),
    ]


def _appeal_pending(c: StepContext) -> list[str]:
    return [
        msg("step.appeal_pending.wait", due=c.due("appeal_result_due")),
        *c.gather(),
        msg("step.appeal_pending.record"),
        c.then_12315("step.appeal.then_12315"),
    ]


def _appeal_won(c: StepContext) -> list[str]:
    return [
        msg("step.appeal_won.confirm"),
        msg("step.appeal_won.record"),
        c.then_12315("step.appeal_won.then_12315"),
    ]


def _goodwill(c: StepContext) -> list[str]:
    return [
        msg("step.goodwill.ask"),
        *CONTACT[:2],
        msg("step.goodwill.record"),
    ]


def _cs_other(c: StepContext) -> list[str]:
    return [
        *c.gather(),
        msg("step.cs_other.contact"),
        *CONTACT,
        msg("step.cs_other.then_appeal"),
    ]


def _refund_waiting(c: StepContext) -> list[str]:
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


def _refund_chase(c: StepContext) -> list[str]:
    return [
        msg("step.refund_chase.check", method=c.case.order.payment_method),
        msg("step.refund_chase.contact"),
        *CONTACT,
        c.then_12315("step.refund_chase.then_12315"),
    ]


def _refund_done(c: StepContext) -> list[str]:
    return [msg("step.refund_done.compare"), msg("step.refund_done.keep")]


def _cancelled_undated(c: StepContext) -> list[str]:
    return [
        msg("step.cancelled_undated.record"),
        msg("step.cancelled_undated.check", method=c.case.order.payment_method),
        msg("step.cancelled_undated.contact"),
    ]


_WRITERS: dict[Situation, Callable[[StepContext], list[str]]] = {
    Situation.CANCEL_SELF: _cancel_self,
    Situation.CS_CANCEL_FAILED: _cs_cancel_failed,
    Situation.CS_DELIVERY: _cs_delivery,
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
    Situation.REGULATOR_FILE: authority_steps.regulator_file,
    Situation.REGULATOR_WAITING: authority_steps.regulator_waiting,
    Situation.REGULATOR_MEDIATION: authority_steps.regulator_mediation,
    Situation.MEDIATION_AGREED: authority_steps.mediation_agreed,
    Situation.ASSOCIATION: authority_steps.association,
    Situation.REGULATOR_REFILE: authority_steps.regulator_refile,
    Situation.MEDIATION_ENDED: authority_steps.mediation_ended,
    Situation.BARRED: authority_steps.barred,
    Situation.ALREADY_HANDLED: authority_steps.already_handled,
}
