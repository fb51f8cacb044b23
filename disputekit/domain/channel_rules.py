"""Which channel to use now, and why: the escalation ladder of the seed guide.

Unshipped → cancel yourself; shipped but not credited → customer service; refused or stalled,
or completed but wrong → platform appeal; appeal refused or stalled → 12315; complaint rejected
(for missing materials only: complete them and refile), mediation failed or its 60 days passed
→ consumer association, then court. Past the 12315 three-year bar, 12315 is never advised.
Rules run from the furthest stage a case has reached back to the order's status, and the first
that applies decides. A later
refund promise or cancellation hands the case to the refund rules (the platform gave in).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from disputekit.domain.deadlines import Deadline, DeadlineStatus, find
from disputekit.domain.legal import cite
from disputekit.domain.model import Case, Event
from disputekit.domain.vocabulary import Channel, EventKind, OrderStatus, Outcome, Problem
from disputekit.messages import msg

_EV = EventKind
_C = Channel
# Problems of a completed order that are the platform's fault: the seed guide's 订单申诉 cases.
APPEAL_PROBLEMS = frozenset(
    {
        Problem.WRONG_AMOUNT,
        Problem.WRONG_SERVER,
        Problem.INVALID_GOODS,
        Problem.UNDISCLOSED_AUTO_RENEWAL,
    }
)
GOODWILL_PROBLEMS = frozenset({Problem.MISTAKEN_ORDER, Problem.NO_LONGER_NEEDED})
# Only read when a result carries no `outcome`: the issue allows a negative note to count.
_NEGATIVE_WORDS = ("驳回", "拒绝", "失败", "不支持", "不予", "未通过", "未达成")


class Situation(StrEnum):
    """The rule that chose the channel; steps and the message are written per situation."""

    CANCEL_SELF = "cancel_self"
    APPEAL_CANCEL_REFUSED = "appeal_cancel_refused"
    CS_NOT_RECEIVED = "cs_not_received"
    CS_GOODWILL = "cs_goodwill"
    CS_OTHER = "cs_other"
    APPEAL_AFTER_CS = "appeal_after_cs"
    APPEAL_COMPLETED = "appeal_completed"
    APPEAL_PENDING = "appeal_pending"
    APPEAL_WON = "appeal_won"
    REFUND_WAITING = "refund_waiting"
    REFUND_CHASE = "refund_chase"
    REFUND_DONE = "refund_done"
    CANCELLED_UNDATED = "cancelled_undated"
    REGULATOR_FILE = "regulator_file"
    REGULATOR_WAITING = "regulator_waiting"
    REGULATOR_MEDIATION = "regulator_mediation"
    MEDIATION_AGREED = "mediation_agreed"
    ASSOCIATION = "association"
    REGULATOR_REFILE = "regulator_refile"
    MEDIATION_ENDED = "mediation_ended"
    BARRED = "barred"


@dataclass(frozen=True)
class ChannelChoice:
    """The channel now, the reason in Chinese, the routes after it, and the rule that fired."""

    channel: Channel
    reason: str
    further: tuple[Channel, ...]
    situation: Situation
    # The 12315 three-year bar (办法第十六条(四)) has passed: 12315 is off the ladder.
    barred: bool = False

    @property
    def may_reach_12315(self) -> bool:
        """True when the channel is, or may become, a 12315 complaint."""
        return Channel.REGULATOR_12315 in (self.channel, *self.further)


def choose_channel(case: Case, deadlines: list[Deadline]) -> ChannelChoice:
    """The channel for `case`, given its deadlines already judged on today's date."""
    for rule in (_complaint_stage, _appeal_stage, _refund_stage):
        choice = rule(case, deadlines)
        if choice is not None:
            return _past_the_bar(choice, deadlines)
    return _past_the_bar(_by_status(case, deadlines), deadlines)


# Situations whose next step is filing a 12315 complaint: past the bar they cannot be taken.
_FILING = (Situation.REGULATOR_FILE, Situation.REGULATOR_REFILE)


def _past_the_bar(choice: ChannelChoice, deadlines: list[Deadline]) -> ChannelChoice:
    """Once the 12315 bar has passed, never route to 12315: a complaint still to be filed goes
    to the consumer association (then court); 12315 leaves every later route too. The court
    limitation is a different clock (民法典第一百九十五条), so the court stays open."""
    if not _overdue(deadlines, "complaint_bar_due"):
        return choice
    further = tuple(c for c in choice.further if c is not _C.REGULATOR_12315)
    if choice.situation not in _FILING:
        return ChannelChoice(choice.channel, choice.reason, further, choice.situation, True)
    bar = find(deadlines, "complaint_bar_due")
    basis = bar.basis if bar is not None else cite("complaint_16_4")
    why = msg("reason.barred", basis=basis, laws=cite("civil_188", "civil_195"))
    return ChannelChoice(_C.CONSUMER_ASSOCIATION, why, (_C.LITIGATION,), Situation.BARRED, True)


_MISSING_MATERIAL_WORDS = ("材料不全", "材料不齐", "缺少材料", "补充材料", "补正", "补齐材料")


def rejected_for_missing_materials(event: Event) -> bool:
    """A 12315 refusal whose only reason is missing materials (办法第十六条(五)): recorded as
    `reason: "missing_materials"`, or (no reason given) said so in the note."""
    reason = event.extra.get("reason")
    if isinstance(reason, str) and reason:
        return reason == "missing_materials"
    return any(word in event.note for word in _MISSING_MATERIAL_WORDS)


def is_negative(event: Event) -> bool:
    """A result that went against the buyer: outcome negative, or (no outcome) a note that says
    so."""
    if event.outcome is not None:
        return event.outcome is Outcome.NEGATIVE
    return any(word in event.note for word in _NEGATIVE_WORDS)


def _overdue(deadlines: list[Deadline], kind: str) -> bool:
    found = find(deadlines, kind)
    return found is not None and found.status is DeadlineStatus.OVERDUE


def _refund_started_after(case: Case, event: Event) -> bool:
    start = case.latest(_EV.CANCELLED, _EV.REFUND_PROMISED)
    return start is not None and start.at > event.at


def _choice(channel: Channel, reason: str, situation: Situation) -> ChannelChoice:
    return ChannelChoice(channel, reason, _FURTHER[situation], situation)


def _complaint_stage(case: Case, deadlines: list[Deadline]) -> ChannelChoice | None:
    last = case.latest(
        _EV.COMPLAINT_FILED, _EV.COMPLAINT_ACCEPTED, _EV.COMPLAINT_REJECTED, _EV.MEDIATION_RESULT
    )
    if last is None or _refund_started_after(case, last):
        return None
    law39 = cite("consumer_39")
    if last.kind is _EV.COMPLAINT_REJECTED:
        if rejected_for_missing_materials(last):
            why = msg("reason.refile", laws=cite("complaint_10", "complaint_16_5"))
            return _choice(_C.REGULATOR_12315, why, Situation.REGULATOR_REFILE)
        why = msg("reason.rejected", law=law39)
        return _choice(_C.CONSUMER_ASSOCIATION, why, Situation.ASSOCIATION)
    if last.kind is _EV.MEDIATION_RESULT:
        if is_negative(last):
            why = msg("reason.mediation_failed", law=law39)
            return _choice(_C.CONSUMER_ASSOCIATION, why, Situation.ASSOCIATION)
        why = msg("reason.mediation_agreed")
        return _choice(_C.REGULATOR_12315, why, Situation.MEDIATION_AGREED)
    if last.kind is _EV.COMPLAINT_ACCEPTED:
        periods = (
            ("mediation_due_60d", msg("reason.period_60d")),
            ("mediation_due_45wd", msg("reason.period_45wd")),
        )
        for kind, period in periods:
            ended = find(deadlines, kind)
            if ended is not None and ended.status is DeadlineStatus.OVERDUE:
                why = msg("reason.mediation_ended", period=period, basis=ended.basis, law=law39)
                return _choice(_C.CONSUMER_ASSOCIATION, why, Situation.MEDIATION_ENDED)
        why = msg("reason.mediating")
        return _choice(_C.REGULATOR_12315, why, Situation.REGULATOR_MEDIATION)
    acceptance = find(deadlines, "complaint_acceptance_due")
    basis = acceptance.basis if acceptance is not None else cite("complaint_15")
    if _overdue(deadlines, "complaint_acceptance_due"):
        why = msg("reason.acceptance_late", basis=basis)
    else:
        why = msg("reason.acceptance_waiting", basis=basis)
    return _choice(_C.REGULATOR_12315, why, Situation.REGULATOR_WAITING)


def _appeal_stage(case: Case, deadlines: list[Deadline]) -> ChannelChoice | None:
    last = case.latest(_EV.APPEAL_FILED, _EV.APPEAL_RESULT)
    if last is None or _refund_started_after(case, last):
        return None
    if last.kind is _EV.APPEAL_RESULT:
        if is_negative(last):
            why = msg("reason.appeal_lost")
            return _choice(_C.REGULATOR_12315, why, Situation.REGULATOR_FILE)
        why = msg("reason.appeal_won")
        return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_WON)
    if _overdue(deadlines, "appeal_result_due"):
        why = msg("reason.appeal_late")
        return _choice(_C.REGULATOR_12315, why, Situation.REGULATOR_FILE)
    why = msg("reason.appeal_pending")
    return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_PENDING)


def _refund_stage(case: Case, deadlines: list[Deadline]) -> ChannelChoice | None:
    start = case.latest(_EV.CANCELLED, _EV.REFUND_PROMISED)
    refund = find(deadlines, "refund_due")
    if start is None or refund is None:
        return None
    if start.kind is _EV.CANCELLED and case.order.status is not OrderStatus.CANCELLED:
        return None  # an earlier cancel of an order that is live again (e.g. a flash sale)
    if refund.status is DeadlineStatus.MET:
        return _choice(_C.CUSTOMER_SERVICE, msg("reason.refund_done"), Situation.REFUND_DONE)
    if refund.status is not DeadlineStatus.OVERDUE:
        why = msg("reason.refund_waiting")
        return _choice(_C.CUSTOMER_SERVICE, why, Situation.REFUND_WAITING)
    if _cs_refused_or_stalled(case, deadlines, since=start):
        why = msg("reason.refund_refused")
        return _choice(_C.REGULATOR_12315, why, Situation.REGULATOR_FILE)
    why = msg("reason.refund_late")
    return _choice(_C.CUSTOMER_SERVICE, why, Situation.REFUND_CHASE)


def _cs_refused_or_stalled(case: Case, deadlines: list[Deadline], since: Event | None) -> bool:
    """A refusal (cs_refused, or a negative cs_replied) after `since`, or a contact after it
    whose 24-hour review has passed unanswered."""
    after = since.at if since else None
    for event in case.events_of(_EV.CS_REFUSED, _EV.CS_REPLIED):
        refused = event.kind is _EV.CS_REFUSED or event.outcome is Outcome.NEGATIVE
        if refused and (after is None or event.at >= after):
            return True
    contact = case.latest(_EV.CS_CONTACTED)
    stalled = contact is not None and (after is None or contact.at >= after)
    return stalled and _overdue(deadlines, "cs_review_due")


def _by_status(case: Case, deadlines: list[Deadline]) -> ChannelChoice:
    status, problem = case.order.status, case.problem
    if status is OrderStatus.PENDING_DELIVERY:
        if _cs_refused_or_stalled(case, deadlines, since=None):
            why = msg("reason.cancel_refused")
            return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_CANCEL_REFUSED)
        why = msg("reason.cancel_self")
        return _choice(_C.SELF_CANCEL, why, Situation.CANCEL_SELF)
    if status is OrderStatus.CANCELLED:
        why = msg("reason.cancelled_undated")
        return _choice(_C.CUSTOMER_SERVICE, why, Situation.CANCELLED_UNDATED)
    if status is OrderStatus.DELIVERED_NOT_CREDITED or problem is Problem.NOT_RECEIVED:
        return _not_received(case, deadlines)
    if problem in APPEAL_PROBLEMS:
        why = msg("reason.appeal_completed", problem=problem)
        if problem is Problem.UNDISCLOSED_AUTO_RENEWAL:
            why = msg("reason.auto_renewal", problem=problem, law=cite("regulations_10"))
        return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_COMPLETED)
    if problem in GOODWILL_PROBLEMS:
        why = msg("reason.goodwill", laws=cite("consumer_25", "seven_day_6"))
        return _choice(_C.CUSTOMER_SERVICE, why, Situation.CS_GOODWILL)
    if _cs_refused_or_stalled(case, deadlines, since=None):
        # A refusal always moves the buyer on: the seed guide's next rung is the appeal.
        why = msg("reason.completed_refused", problem=problem)
        return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_COMPLETED)
    why = msg("reason.completed_other", problem=problem)
    return _choice(_C.CUSTOMER_SERVICE, why, Situation.CS_OTHER)


def _not_received(case: Case, deadlines: list[Deadline]) -> ChannelChoice:
    if _cs_refused_or_stalled(case, deadlines, since=None):
        why = msg("reason.not_received_refused", law=cite("ecommerce_62"))
        return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_AFTER_CS)
    why = msg("reason.not_received")
    return _choice(_C.CUSTOMER_SERVICE, why, Situation.CS_NOT_RECEIVED)


_TO_12315 = (_C.REGULATOR_12315, _C.CONSUMER_ASSOCIATION, _C.LITIGATION)
_FURTHER: dict[Situation, tuple[Channel, ...]] = {
    Situation.CANCEL_SELF: (_C.CUSTOMER_SERVICE,),
    Situation.APPEAL_CANCEL_REFUSED: _TO_12315,
    Situation.CS_NOT_RECEIVED: (_C.PLATFORM_APPEAL, *_TO_12315),
    Situation.CS_GOODWILL: (),
    Situation.CS_OTHER: (_C.PLATFORM_APPEAL, *_TO_12315),
    Situation.APPEAL_AFTER_CS: _TO_12315,
    Situation.APPEAL_COMPLETED: _TO_12315,
    Situation.APPEAL_PENDING: _TO_12315,
    Situation.APPEAL_WON: _TO_12315,
    Situation.REFUND_WAITING: _TO_12315,
    Situation.REFUND_CHASE: _TO_12315,
    Situation.REFUND_DONE: (),
    Situation.CANCELLED_UNDATED: _TO_12315,
    Situation.REGULATOR_FILE: _TO_12315[1:],
    Situation.REGULATOR_WAITING: _TO_12315[1:],
    Situation.REGULATOR_MEDIATION: _TO_12315[1:],
    Situation.MEDIATION_AGREED: _TO_12315[1:],
    Situation.ASSOCIATION: (_C.LITIGATION,),
    Situation.REGULATOR_REFILE: _TO_12315[1:],
    Situation.MEDIATION_ENDED: (_C.LITIGATION,),
    Situation.BARRED: (_C.LITIGATION,),
}
