"""Draft cases: a case made by 新建案件 stays a draft until it names an order number or a
platform, and a draft nobody put anything into is dropped when the user leaves it, so giving
up on 新建案件 leaves no litter in the case list."""

from __future__ import annotations

from disputekit.domain.model import Case


def is_draft(case: Case) -> bool:
    """True until the case has an order number or a platform."""
    return not case.order.order_no.strip() and not case.respondent.platform.strip()


def is_empty_draft(case: Case) -> bool:
    """A draft holding nothing a user typed or added: no text, amount, event or evidence."""
    c, r, o = case.complainant, case.respondent, case.order
    texts = [
        c.name, c.phone, c.address, c.email or "",
        r.url, r.shop, r.company, r.credit_code, r.address, r.contact,
        o.product, o.transaction_no, case.claims.other,
        o.target_account.game, o.target_account.region, o.target_account.server,
        o.target_account.account,
    ]  # fmt: skip
    return (
        is_draft(case)
        and not any(t.strip() for t in texts)
        and not o.amount_paid
        and case.claims.refund_amount is None
        and case.filed_by is None
        and not case.events
        and not case.evidence
    )
