"""The volunteer dashboard's figures, computed from the store (no Qt: the GUI runs this in a
worker thread)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from disputekit.app.advising import advise
from disputekit.app.deadlines.reminders import DueDeadline, due_counts, due_deadlines
from disputekit.domain.advice.contact_check import contact_warnings
from disputekit.domain.case.vocabulary import Channel, OrderStatus
from disputekit.domain.deadlines.deadline_attention import DueCounts
from disputekit.store import CaseDamaged, Store

Progress = Callable[[int, int, str], None]


@dataclass
class DashboardStats:
    """All cases at a glance. `claimed`: the refund asked for (else the amount paid);
    `refunded`: the same figure over the cases with a refund_received event."""

    total: int = 0
    by_status: Counter[OrderStatus] = field(default_factory=Counter)
    by_channel: Counter[Channel] = field(default_factory=Counter)
    # The pressing deadlines (`app.reminders.due_deadlines`) and their one count, as the
    # banner and the reminders window show them: legal ones and platform periods apart.
    due: list[DueDeadline] = field(default_factory=list)
    counts: DueCounts = field(default_factory=DueCounts)
    claimed: Decimal = Decimal("0.00")
    refunded: Decimal = Decimal("0.00")
    # Cases whose complainant shares a phone or address with another complainant or with the
    # filer (办法第十七条(四)): (case id, order number), in list order.
    shared_contacts: list[tuple[int, str]] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        """Legal deadlines overdue."""
        return self.counts.overdue

    @property
    def due_soon(self) -> int:
        """Legal deadlines due soon."""
        return self.counts.due_soon


def compute_stats(
    store: Store,
    now: datetime,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> DashboardStats:
    """Count every case; the channel needs the advice engine, so each case is loaded."""
    stats = DashboardStats()
    summaries = store.cases.list()
    stats.total = len(summaries)
    calendar = store.calendar()
    for done, summary in enumerate(summaries, start=1):
        if cancelled():
            break
        try:
            case = store.cases.get(summary.id) if not summary.damaged else None
        except CaseDamaged:
            case = None
        if case is None:  # a damaged row: counted in the total, its figures unknown
            continue
        stats.by_status[summary.status] += 1
        claim = (
            summary.refund_claimed if summary.refund_claimed is not None else summary.amount_paid
        )
        stats.claimed += claim
        if summary.refunded:
            stats.refunded += claim
        shared = [s for s in store.cases.shared_contacts(case, summary.id) if s.field != "file"]
        stats.by_channel[advise(case, now, calendar).channel] += 1
        if contact_warnings(case, shared):
            stats.shared_contacts.append((summary.id, summary.order_no))
        if progress is not None:
            progress(done, len(summaries), summary.order_no)
    if not cancelled():
        stats.due = due_deadlines(store, now)
        stats.counts = due_counts(stats.due)
    return stats
