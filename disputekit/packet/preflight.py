"""What blocks a final packet: 第十条 materials, the 授权委托书's parties, the three-year bar,
undrawable text.

A draft may be built anyway (marked 草稿, undrawable characters shown as [U+XXXX]); a final
packet is refused with this list, so nobody submits a complaint the regulator will not accept
(办法第十六条(四)(五)) or one with boxes where a name should be.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.contact_check import SharedContact, contact_warnings
from disputekit.domain.eligibility import bar_problem, missing_required_fields
from disputekit.domain.legal import cite
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import PacketKind
from disputekit.messages import msg
from disputekit.packet.fonts import check_case_glyphs
from disputekit.packet.text import SHANGHAI

ARTICLE_9 = cite("complaint_10")  # the materials a complaint must carry
ARTICLE_10 = cite("complaint_11")  # filing for someone else


@dataclass(frozen=True)
class Blocker:
    """One reason a final packet cannot be built; `field_path` is a case JSON path if any."""

    code: str
    message_zh: str
    field_path: str | None = None

    def __str__(self) -> str:
        return f"{self.field_path}: {self.message_zh}" if self.field_path else self.message_zh


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


def preflight(
    case: Case, kind: PacketKind, today: date, calendar: WorkCalendar | None = None
) -> list[Blocker]:
    """Everything that blocks a final packet of `kind` for `case` on `today`."""
    blockers: list[Blocker] = []
    if not case.order.order_no.strip():
        blockers.append(Blocker("order_no_missing", msg("preflight.no_order_no"), "order.order_no"))
    if kind is PacketKind.COMPLAINT_12315:
        barred = bar_problem(case, today, calendar or WorkCalendar())
        if barred is not None:
            blockers.append(Blocker("complaint_bar_passed", barred, "problem_known_at"))
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
    from disputekit.packet.kind_checks import kind_blockers  # it imports Blocker from here

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
        return []
    return contact_warnings(case, shared)
