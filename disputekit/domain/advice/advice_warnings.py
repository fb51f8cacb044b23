"""Warnings that go with every piece of advice: the risks of cancelling, flash-sale limits,
estimated deadlines, the 7-day-return myth, and that this is not legal advice.

The myth: a popular claim (repeated in the seed guide) puts a 7-day no-reason return into a
law that has no such article. These texts never name that law next to the 7-day return; they
point to 消法第二十五条 and 七日办法第六条, under which delivered digital goods are excluded.
"""

from __future__ import annotations

from datetime import datetime

from disputekit.domain.advice.channel_rules import ChannelChoice
from disputekit.domain.advice.contact_check import SharedContact, contact_warnings
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import Channel, EventKind, OrderStatus
from disputekit.domain.deadlines.case_deadlines import Deadline, DeadlineStatus, find
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.eligibility import authorization_note
from disputekit.messages import Day, Joined, When, msg
from disputekit.timeutil import to_shanghai

NOT_LEGAL_ADVICE = msg("warning.not_legal_advice")
CREDIT_SCORE = msg("warning.credit_score")
FLASH_SALE = msg("warning.flash_sale")
FLASH_SALE_USED = msg("warning.flash_sale_used")
INSTANT_DELIVERY = msg("warning.instant_delivery")


def return_myth() -> str:
    """The warning against claiming a 7-day no-reason return for delivered digital goods."""
    return msg("warning.return_myth", law=cite("consumer_25"), rule=cite("seven_day_6"))


def warnings_for(
    case: Case,
    choice: ChannelChoice,
    deadlines: list[Deadline],
    shared: tuple[SharedContact, ...] = (),
    now: datetime | None = None,
) -> list[str]:
    """The warnings for `case`, most pressing first; the not-legal-advice notice is last.
    `shared` lists other stored cases whose complainant uses this one's phone or address;
    `now` tells a bar whose nominal last day has passed but may still be met."""
    out: list[str] = contact_warnings(case, shared)
    order = case.order
    cancelled = case.events_of(EventKind.CANCELLED)
    pending = order.status is OrderStatus.PENDING_DELIVERY
    if pending and order.instant_delivery:
        out.append(INSTANT_DELIVERY)
    if pending and order.flash_sale:
        out.append(FLASH_SALE_USED if cancelled else FLASH_SALE)
    if choice.channel is Channel.SELF_CANCEL or cancelled:
        out.append(CREDIT_SCORE)
    out.extend(_limitation(deadlines, now))
    note = authorization_note(case)
    if note and choice.may_reach_12315:
        out.append(note)
    out.extend(_estimates(deadlines))
    out.append(return_myth())
    out.append(NOT_LEGAL_ADVICE)
    return out


def _limitation(deadlines: list[Deadline], now: datetime | None = None) -> list[str]:
    out: list[str] = []
    pressing = (DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE)
    limit = find(deadlines, "limitation_due")
    expired = limit is not None and limit.status is DeadlineStatus.OVERDUE
    bar = find(deadlines, "complaint_bar_due")
    if bar is not None and bar.status in pressing:
        out.append(_bar_warning(bar, expired, now))
    if limit is not None and limit.status in pressing:
        if expired:
            # 第一百九十二条: after expiry a demand revives nothing; only an agreement counts.
            laws = cite("civil_188")
            out.append(
                msg(
                    "warning.limitation_passed",
                    due=When(limit.due),
                    law=laws,
                    after=cite("civil_192"),
                )
            )
        else:
            out.append(
                msg(
                    "warning.limitation_near",
                    due=When(limit.due),
                    law=cite("civil_188"),
                    restart=cite("civil_195"),
                )
            )
    return out


def _bar_warning(bar: Deadline, expired: bool, now: datetime | None) -> str:
    """The 12315 bar near, passed, or past its nominal day but possibly still met."""
    tail = msg("warning.bar_tail_expired" if expired else "warning.bar_tail")
    nominal = Day(to_shanghai(bar.due).date())
    if bar.status is DeadlineStatus.OVERDUE:
        return msg("warning.bar_passed", due=nominal, basis=bar.basis, tail=tail)
    if bar.grace_until is not None and now is not None and now > bar.due:
        moved = Day(to_shanghai(bar.grace_until).date())
        return msg(
            "warning.bar_grace",
            due=nominal,
            moved=moved,
            basis=bar.basis,
            law=cite("complaint_45"),
        )
    return msg("warning.bar_near", due=nominal, basis=bar.basis, tail=tail)


def _estimates(deadlines: list[Deadline]) -> list[str]:
    by_reason: dict[str, list[str]] = {}
    for d in deadlines:
        if d.estimated and d.status is not DeadlineStatus.MET:
            reason = d.estimate_reason or msg("warning.calendar_incomplete")
            by_reason.setdefault(reason, []).append(d.name)
    return [
        msg("warning.estimated", labels=Joined(tuple(labels)), reason=reason)
        for reason, labels in by_reason.items()
    ]
