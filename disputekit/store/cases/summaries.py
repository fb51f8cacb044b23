"""The case list's rows: one cheap summary per case, and the SQL that filters and reads them
(`case_list.CaseList` orders the ids and reads these rows a page at a time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from disputekit.domain.case.vocabulary import EventKind, OrderStatus, Problem
from disputekit.store.cases.search import matching_ids_sql


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list; cheap to load for 10,000 cases. Times are in Asia/Shanghai.

    `refunded`: a refund_received event exists. `next_due_*`: the earliest unmet deadline
    (advice engine) that is not a dismissed platform period, cached when the case is saved
    or a dismissal changes.
    """

    id: int
    platform: str
    shop: str
    order_no: str
    product: str
    amount_paid: Decimal
    status: OrderStatus
    problem: Problem
    complainant_name: str
    complainant_phone: str
    refund_claimed: Decimal | None
    refunded: bool
    evidence_count: int
    created_at: datetime
    updated_at: datetime
    next_due_at: datetime | None
    next_due_kind: str | None
    # The row's columns cannot be read back (a damaged database): only the id is certain.
    damaged: bool = False


_SELECT = f"""
SELECT c.id, c.platform, c.shop, c.order_no, c.product, c.amount_paid, c.status, c.problem,
       c.complainant_name, c.refund_amount,
       EXISTS (SELECT 1 FROM events e
               WHERE e.case_id = c.id AND e.kind = '{EventKind.REFUND_RECEIVED.value}'),
       (SELECT count(*) FROM evidence v WHERE v.case_id = c.id),
       c.created_at, c.updated_at, c.next_due_at, c.next_due_kind,
       CASE WHEN json_valid(c.doc_json) THEN json_type(c.doc_json) = 'object' ELSE 0 END,
       c.complainant_phone
FROM cases c
"""

# Parsing is the cost of a long list: look enum members up instead of calling the enum.
_STATUS = {m.value: m for m in OrderStatus}
_PROBLEM = {m.value: m for m in Problem}


# Stored with the +08:00 offset already (case_repository._instant): no conversion per row.
_when = datetime.fromisoformat


def filter_sql(
    terms: list[str], status: OrderStatus | None, due_by: str | None = None
) -> tuple[str, list[str]]:
    """`(where, params)`: the SQL condition on `cases c` for `terms` and `status` ("" for
    none); with `due_by` (an instant stored as the cache writes it) only cases whose next
    deadline falls at or before it."""
    where: list[str] = []
    params: list[str] = []
    if terms:
        ids_sql, params = matching_ids_sql(terms)
        where.append(f"c.id IN ({ids_sql})")
    if status is not None:
        where.append("c.status = ?")
        params.append(status.value)
    if due_by is not None:
        where.append("c.next_due_at IS NOT NULL AND c.next_due_at <= ?")
        params.append(due_by)
    return " AND ".join(where), params


def page_sql(count: int) -> str:
    """The SQL selecting the list rows of `count` case ids (one `?` per id, any order)."""
    return _SELECT + f" WHERE c.id IN ({', '.join('?' * count)})"


def summary_from_row(r: tuple[Any, ...]) -> CaseSummary:
    """A `CaseSummary` from one row of `page_sql`; a row whose columns cannot be read is a
    summary marked `damaged` (the list shows it as such and the rest as they are)."""
    if not r[16]:  # the case's document is not a JSON object: NULL, cut short, a list
        return _damaged(r)
    try:
        return _summary(r)
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return _damaged(r)


def _damaged(r: tuple[Any, ...]) -> CaseSummary:
    def text(value: Any) -> str:
        return value if isinstance(value, str) else ""

    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return CaseSummary(
        id=r[0],
        platform=text(r[1]),
        shop=text(r[2]),
        order_no=text(r[3]),
        product=text(r[4]),
        amount_paid=Decimal(0),
        status=OrderStatus.PENDING_DELIVERY,  # placeholders: `damaged` says not to trust them
        problem=Problem.NOT_RECEIVED,
        complainant_name=text(r[8]),
        complainant_phone=text(r[17]),
        refund_claimed=None,
        refunded=False,
        evidence_count=r[11] if isinstance(r[11], int) else 0,
        created_at=epoch,
        updated_at=epoch,
        next_due_at=None,
        next_due_kind=None,
        damaged=True,
    )


def _summary(r: tuple[Any, ...]) -> CaseSummary:
    return CaseSummary(
        id=r[0],
        platform=r[1],
        shop=r[2],
        order_no=r[3],
        product=r[4],
        amount_paid=Decimal(r[5]),
        status=_STATUS[r[6]],
        problem=_PROBLEM[r[7]],
        complainant_name=r[8],
        complainant_phone=r[17],
        refund_claimed=Decimal(r[9]) if r[9] is not None else None,
        refunded=bool(r[10]),
        evidence_count=r[11],
        created_at=_when(r[12]),
        updated_at=_when(r[13]),
        next_due_at=_when(r[14]) if r[14] is not None else None,
        next_due_kind=r[15],
    )
