"""What the buyer already tried (客服, 平台申诉, 12315), with dates and outcomes.

A 消费者协会 asks what happened before it; a court reads it as the buyer demanding performance
(which also restarts the limitation period, 民法典第一百九十五条). Both packets list it from
the same timeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EventKind
from disputekit.packet.kinds.narrative import outcome_words
from disputekit.packet.pages.text import fmt_datetime

STAGES: tuple[tuple[str, frozenset[EventKind]], ...] = (
    (
        "联系商家和平台客服",
        frozenset(
            {
                EventKind.CS_CONTACTED,
                EventKind.CS_REPLIED,
                EventKind.CS_REFUSED,
                EventKind.DELIVERY_PROOF_REQUESTED,
                EventKind.REFUND_PROMISED,
            }
        ),
    ),
    ("平台申诉", frozenset({EventKind.APPEAL_FILED, EventKind.APPEAL_RESULT})),
    (
        "向市场监督管理部门投诉（12315）",
        frozenset(
            {
                EventKind.COMPLAINT_FILED,
                EventKind.COMPLAINT_ACCEPTED,
                EventKind.COMPLAINT_REJECTED,
                EventKind.MEDIATION_RESULT,
            }
        ),
    ),
)


@dataclass(frozen=True)
class Stage:
    """One channel tried: its title and a one-line summary (dates, count, how it ended)."""

    title: str
    summary: str


def tried_stages(case: Case, numbers: dict[str, int]) -> list[Stage]:
    """Each channel the timeline shows was tried, in ladder order, summed up in one line;
    channels never tried are left out (the caller says so)."""
    events = case.events_in_order()
    out = []
    for title, kinds in STAGES:
        steps = [e for e in events if e.kind in kinds]
        if not steps:
            continue
        first, last = steps[0], steps[-1]
        when = fmt_datetime(first.at)
        if last is not first:
            when += f"至{fmt_datetime(last.at)}"
        ended = next((e for e in reversed(steps) if e.outcome is not None), None)
        result = f"最近结果：{outcome_words(ended)}" if ended else "尚无结果"
        refs = sorted({numbers[i] for e in steps for i in e.evidence if i in numbers})
        cited = f"（见{'、'.join(f'证据{n}' for n in refs)}）" if refs else ""
        out.append(Stage(title, f"{title}：{when}，共{len(steps)}步；{result}{cited}。"))
    return out
