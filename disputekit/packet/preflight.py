"""What blocks a final packet: 第十条 materials, the 授权委托书's parties, the three-year bar,
undrawable text.

A draft may be built anyway (marked 草稿, undrawable characters shown as [U+XXXX]); a final
packet is refused with this list, so nobody submits a complaint the regulator will not accept
(办法第十六条(四)(五)) or one with boxes where a name should be.
"""

from __future__ import annotations

from datetime import date, datetime

from disputekit.domain.advice.contact_check import (
    SharedContact,
    contact_warnings,
    same_file_warnings,
)
from disputekit.domain.case.model import Case
from disputekit.domain.case.values.credit_code import credit_code_problem
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.case.withheld import withheld_only_events
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.eligibility import bar_problem, missing_required_fields
from disputekit.domain.legal.route_12315 import already_handled
from disputekit.messages import When, msg
from disputekit.packet.blocker import Blocker
from disputekit.packet.kinds.kind_checks import kind_blockers
from disputekit.packet.pages.fonts import check_case_glyphs
from disputekit.packet.pages.text import SHANGHAI
from disputekit.rules_data import load_rulebook

ARTICLE_9 = cite("complaint_10")  # the materials a complaint must carry
ARTICLE_10 = cite("complaint_11")  # filing for someone else


def _article_9(case: Case) -> list[Blocker]:
    blockers = [
        Blocker(
            "article_9_missing",
            msg("preflight.missing", what=label, law=ARTICLE_9),
            path,
        )
        for path, label in missing_required_fields(case)
    ]
    cl = case.claims
    if cl.refund_amount is None and not cl.delivery and not cl.other.strip():
        blockers.append(
            Blocker("article_9_missing", msg("preflight.no_claims", law=ARTICLE_9), "claims")
        )
    if not case.events:
        blockers.append(
            Blocker(
                "article_9_missing",
                msg("preflight.no_events", law=ARTICLE_9),
                "events",
            )
        )
    return blockers


def _order_facts(case: Case) -> list[Blocker]:
    # A new case starts with neither: ¥0.00 or no time is "not entered", never a fact to file.
    facts = []
    if not case.order.amount_paid:
        facts.append(Blocker("amount_missing", msg("preflight.no_amount"), "order.amount_paid"))
    if case.order.ordered_at is None:
        facts.append(
            Blocker("ordered_at_missing", msg("preflight.no_ordered_at"), "order.ordered_at")
        )
    return facts


def _credit_code(case: Case) -> list[Blocker]:
    # A wrong code names another company or none: worse than leaving it blank.
    problem = credit_code_problem(case.respondent.credit_code)
    if problem is None:
        return []
    text = msg("preflight.credit_code_invalid", problem=problem)
    return [Blocker("credit_code_invalid", text, "respondent.credit_code")]


def fact_warnings(case: Case, kind: PacketKind) -> list[Blocker]:
    """What a final packet may carry but prints wrong or bare: for the platform appeal an
    amount or order time not entered (they block the other kinds); for every kind an event
    whose only evidence is a withheld original (`case` as stored, before the withheld
    originals are left out)."""
    warnings = _order_facts(case) if kind is PacketKind.APPEAL else []
    for n in withheld_only_events(case):
        event = case.events[n]
        text = msg("preflight.withheld_only", kind=event.kind, at=When(event.at))
        warnings.append(Blocker("withheld_only", text, f"events[{n}].evidence"))
    return warnings


def preflight(
    case: Case, kind: PacketKind, today: date, calendar: WorkCalendar | None = None
) -> list[Blocker]:
    """Everything that blocks a final packet of `kind` for `case` on `today`."""
    blockers: list[Blocker] = []
    if not case.order.order_no.strip():
        blockers.append(Blocker("order_no_missing", msg("preflight.no_order_no"), "order.order_no"))
    if kind is PacketKind.COMPLAINT_12315:
        barred = bar_problem(case, today, calendar or WorkCalendar(), load_rulebook())
        if barred is not None:
            blockers.append(Blocker("complaint_bar_passed", barred, "problem_known_at"))
        handled = already_handled(case)  # 办法第十六条(二): the advice reads the same rule
        if handled is not None:
            blockers.append(Blocker("complaint_already_handled", handled, "events"))
        blockers += _article_9(case)
        if case.filed_by is not None:
            # The 授权委托书 names the agent and their phone; a blank one is not filed.
            for path, value, what in (
                ("filed_by.name", case.filed_by.name, msg("preflight.agent.name")),
                ("filed_by.phone", case.filed_by.phone, msg("preflight.agent.phone")),
            ):
                if not value.strip():
                    blockers.append(
                        Blocker(
                            "article_10_missing",
                            msg("preflight.no_agent_detail", what=what, law=ARTICLE_10),
                            path,
                        )
                    )
    if kind is not PacketKind.APPEAL:  # what 12315, a 消协 and a court act on
        blockers += _order_facts(case) + _credit_code(case)

    blockers += kind_blockers(case, kind)
    end_of_today = datetime.combine(today, datetime.max.time(), SHANGHAI)
    for i, event in enumerate(case.events):
        if event.at > end_of_today:
            blockers.append(
                Blocker("event_in_future", msg("preflight.event_in_future"), f"events[{i}].at")
            )
    blockers += [
        Blocker(
            "missing_glyph",
            msg("preflight.missing_glyph", char=p.char, codepoint=p.codepoint),
            p.field_path,
        )
        for p in check_case_glyphs(case)
    ]
    return blockers


def precheck_warnings(
    case: Case, kind: PacketKind, shared: tuple[SharedContact, ...] = ()
) -> list[str]:
    """What a final packet may carry but the user should know first: for a 12315 complaint,
    contact details shared with other complainants or with the filer (办法第十七条(四))."""
    if kind is not PacketKind.COMPLAINT_12315:
        return same_file_warnings(shared)  # a wrong attachment matters to every packet
    return contact_warnings(case, shared)
