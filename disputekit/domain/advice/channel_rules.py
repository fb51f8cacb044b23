"""Which channel to use now, and why: the escalation ladder of the seed guide.

Unshipped → cancel yourself; shipped but not credited → customer service; refused or stalled,
or completed but wrong → platform appeal; appeal refused or stalled → 12315; complaint rejected
(for missing materials only: complete them and refile), mediation failed or its 60 days passed
→ consumer association, then court. Past the 12315 three-year bar, 12315 is never advised;
nor once 12315 or a 消协 has accepted or handled the dispute (办法第十六条(二), `route_12315`).
A buyer who wants the goods (`claims.delivery`) is sent to ask for delivery, not to cancel
(消法第五十三条); a refused self-cancel goes to customer service; an unanswered request for
发货凭证 goes to the appeal (电子商务法第六十二条).
Rules run from the furthest stage a case has reached back to the order's status, and the first
that applies decides. A later
refund promise or cancellation hands the case to the refund rules (the platform gave in).
"""

from __future__ import annotations

from disputekit.domain.advice.situations import (
    FURTHER,
    ChannelChoice,
    Situation,
    cancel_failed,
    is_negative,
    rejected_for_missing_materials,
)
from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import Channel, EventKind, OrderStatus, Outcome, Problem
from disputekit.domain.deadlines.case_deadlines import Deadline, DeadlineStatus, find
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.route_12315 import already_handled, routes_after_12315
from disputekit.messages import When, msg

# Re-exported: the step writers and tests import them from here.
__all__ = ["ChannelChoice", "Situation", "choose_channel", "is_negative"]

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


def choose_channel(case: Case, deadlines: list[Deadline]) -> ChannelChoice:
    """The channel for `case`, given its deadlines already judged on today's date."""
    for rule in (_complaint_stage, _appeal_stage, _refund_stage):
        choice = rule(case, deadlines)
        if choice is not None:
            break
    else:
        choice = _by_status(case, deadlines)
    return _handled_already(case, _past_the_bar(choice, deadlines))


# Situations whose next step is filing a 12315 complaint: past the bar they cannot be taken.
# Waiting on a complaint made after the bar is the same (the bar is met by one made in time).
_FILING = (Situation.REGULATOR_FILE, Situation.REGULATOR_REFILE, Situation.REGULATOR_WAITING)


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
    # Past the limitation too, a demand no longer restarts it (民法典第一百九十二条).
    code = "reason.barred_expired" if _overdue(deadlines, "limitation_due") else "reason.barred"
    why = msg(code, basis=basis, laws=cite("civil_188", "civil_195", "civil_192"))
    return ChannelChoice(_C.CONSUMER_ASSOCIATION, why, (_C.LITIGATION,), Situation.BARRED, True)


# Situations that would put the dispute before 12315 (or the 消协) anew.
_NEW_FILING = (*_FILING, Situation.BARRED)


def _handled_already(case: Case, choice: ChannelChoice) -> ChannelChoice:
    """办法第十六条(二): a dispute 12315 or a 消协 has already accepted or handled is not filed
    with 12315 again; the next routes are the 消协 (if it has not handled it) and the court."""
    refusal = already_handled(case)
    if refusal is None:
        return choice
    routes = routes_after_12315(case)
    further = tuple(c for c in choice.further if c in routes and c is not choice.channel)
    association_done = bool(case.events_of(_EV.ASSOCIATION_RESULT))
    moved = choice.channel is _C.CONSUMER_ASSOCIATION and association_done
    if choice.situation in _NEW_FILING or moved:
        return ChannelChoice(
            routes[0], refusal, routes[1:], Situation.ALREADY_HANDLED, choice.barred, True
        )
    return ChannelChoice(
        choice.channel, choice.reason, further, choice.situation, choice.barred, True
    )


def _overdue(deadlines: list[Deadline], kind: str) -> bool:
    found = find(deadlines, kind)
    return found is not None and found.status is DeadlineStatus.OVERDUE


def _refund_started_after(case: Case, event: Event) -> bool:
    start = case.latest(_EV.CANCELLED, _EV.REFUND_PROMISED)
    return start is not None and start.at > event.at


def _choice(channel: Channel, reason: str, situation: Situation) -> ChannelChoice:
    return ChannelChoice(channel, reason, FURTHER[situation], situation)


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
        periods = {
            "mediation_due_60d": msg("reason.period_60d"),
            "mediation_due_45wd": msg("reason.period_45wd"),
        }
        # Both clocks bound a complaint accepted 2024-07-01..2026-04-14: the earlier ends it.
        ended = [d for d in deadlines if d.kind in periods and d.status is DeadlineStatus.OVERDUE]
        if ended:
            first = min(ended, key=lambda d: d.due)
            why = msg(
                "reason.mediation_ended", period=periods[first.kind], basis=first.basis, law=law39
            )
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
        if case.claims.delivery:
            # 消法第五十三条: perform or refund, as the consumer asks; this buyer asks to deliver.
            why = msg("reason.delivery_wanted", laws=cite("consumer_53", "ecommerce_20"))
            return _choice(_C.CUSTOMER_SERVICE, why, Situation.CS_DELIVERY)
        tried = case.latest(_EV.CANCEL_REQUESTED)
        if tried is not None and cancel_failed(tried):
            why = msg("reason.cancel_failed", note=tried.note or tried.kind)
            return _choice(_C.CUSTOMER_SERVICE, why, Situation.CS_CANCEL_FAILED)
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
    if _overdue(deadlines, "proof_reply_due"):
        proof = find(deadlines, "proof_reply_due")
        due = proof.due if proof is not None else None
        why = msg("reason.proof_unanswered", due=When(due) if due else "", law=cite("ecommerce_62"))
        return _choice(_C.PLATFORM_APPEAL, why, Situation.APPEAL_AFTER_CS)
    completed = case.order.status is OrderStatus.COMPLETED
    why = msg("reason.not_received_completed" if completed else "reason.not_received")
    return _choice(_C.CUSTOMER_SERVICE, why, Situation.CS_NOT_RECEIVED)
