"""Draft cases: a case made by 新建案件 stays a draft until it names an order number or a
platform, and a draft nobody put anything into is dropped when the user leaves it, so giving
up on 新建案件 leaves no litter in the case list."""

from __future__ import annotations

from disputekit.domain.case.case_fields import text_fields
from disputekit.domain.case.model import Case


def is_draft(case: Case) -> bool:
    """True until the case has an order number or a platform."""
    return not case.order.order_no.strip() and not case.respondent.platform.strip()


def is_empty_draft(case: Case) -> bool:
    """A draft holding nothing a user typed or added: no text, amount, event or evidence."""
    return (
        is_draft(case)
        and not any(text.strip() for _path, text in text_fields(case))
        and not case.order.amount_paid
        and case.claims.refund_amount is None
        and case.filed_by is None
        and not case.events
        and not case.evidence
    )
