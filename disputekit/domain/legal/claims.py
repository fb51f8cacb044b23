"""What the buyer asks for, as structured claims, each with the article that earns it.

A refund (on the article the facts give: 消法第五十三条 for goods paid in advance and not
supplied, 第二十四条 for goods that do not work, …), delivery with the refund as its
fallback (电子商务法第二十条), 三倍赔偿 (消法第五十五条: three times the price, at least ¥500, only
where the case records facts of fraud), and a minor's purchase without the guardian's consent,
which is not valid (民法典第一百四十五条), so the money is returned on that basis rather than
for breach. 标的总额 is the sum of every money claim. Free text (`claims.other`) is the buyer's
own words and never a claim with a sum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, Problem
from disputekit.timeutil import SHANGHAI

ECOMMERCE = "中华人民共和国电子商务法"
CONSUMER = "中华人民共和国消费者权益保护法"
CIVIL_CODE = "中华人民共和国民法典"
FRAUD_FLOOR = Decimal("500.00")
ADULT_AGE = 18  # 民法典第十七条
# Facts the case can record that show fraud: a card code sold as valid that does not work.
FRAUD_PROBLEMS = frozenset({Problem.INVALID_GOODS})

# (law, article): the articles each claim rests on.
Cite = tuple[str, str]
REFUND: tuple[Cite, ...] = ((CONSUMER, "第五十三条"),)
DELIVERY: tuple[Cite, ...] = ((ECOMMERCE, "第二十条"),)
FRAUD: tuple[Cite, ...] = ((CONSUMER, "第五十五条"),)
VOID: tuple[Cite, ...] = ((CIVIL_CODE, "第十九条"), (CIVIL_CODE, "第一百四十五条"))
# The refund's basis follows the facts: goods not supplied (消法第五十三条), goods that do not
# work (消法第二十四条), goods supplied other than agreed (民法典第五百七十七条), an order
# cancelled and not refunded (民法典第五百六十六条).
REFUND_BY_PROBLEM: dict[Problem, tuple[Cite, ...]] = {
    Problem.INVALID_GOODS: ((CONSUMER, "第二十四条"),),
    Problem.WRONG_AMOUNT: ((CIVIL_CODE, "第五百七十七条"),),
    Problem.WRONG_SERVER: ((CIVIL_CODE, "第五百七十七条"),),
}
AFTER_CANCEL: tuple[Cite, ...] = ((CIVIL_CODE, "第五百六十六条"),)


@dataclass(frozen=True)
class Claim:
    """One claim: what (`kind`), how much (None: not money), and the articles it rests on."""

    kind: str
    amount: Decimal | None
    articles: tuple[Cite, ...]


def birth_date_of(case: Case) -> date | None:
    """The buyer's birth date, as entered or read from the resident ID number."""
    c = case.complainant
    if c.birth_date is not None:
        return c.birth_date
    digits = c.id_number.strip()
    if re.fullmatch(r"\d{17}[\dX]", digits):
        try:
            return date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
        except ValueError:
            return None
    return None


def age_on(born: date, day: date) -> int:
    """Whole years of age on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def is_minor(case: Case) -> bool:
    """The buyer was under 18 on the order day (Asia/Shanghai), judged from the birth date or
    the ID number; False when neither is known."""
    born, ordered = birth_date_of(case), case.order.ordered_at
    if born is None or ordered is None:
        return False
    return age_on(born, ordered.astimezone(SHANGHAI).date()) < ADULT_AGE


def fraud_facts(case: Case) -> bool:
    """The case records facts of fraud (a card code sold that does not work)."""
    return case.problem in FRAUD_PROBLEMS


def fraud_amount(case: Case) -> Decimal:
    """消法第五十五条: three times the price paid, and at least ¥500."""
    return max(case.order.amount_paid * 3, FRAUD_FLOOR).quantize(Decimal("0.01"))


def refund_articles(case: Case) -> tuple[Cite, ...]:
    """The article a refund rests on, by what went wrong."""
    cancelled = case.latest(EventKind.CANCELLED)
    if case.order.status is OrderStatus.CANCELLED and cancelled is not None:
        refunded = case.events_of(EventKind.REFUND_RECEIVED)
        if not any(e.at >= cancelled.at for e in refunded):
            return AFTER_CANCEL
    return REFUND_BY_PROBLEM.get(case.problem, REFUND)


def structured_claims(case: Case) -> list[Claim]:
    """The claims in the order a document lists them; a fraud claim without facts of fraud and a
    void-purchase claim for an adult are left out (the pre-check names them)."""
    cl = case.claims
    out: list[Claim] = []
    refund = cl.refund_amount
    if cl.void_purchase and is_minor(case):
        out.append(Claim("void_refund", refund if refund is not None else case.order.amount_paid,
                         VOID))  # fmt: skip
    elif refund is not None and cl.delivery:
        out.append(Claim("delivery_or_refund", refund, DELIVERY + refund_articles(case)))
    elif refund is not None:
        out.append(Claim("refund", refund, refund_articles(case)))
    elif cl.delivery:
        out.append(Claim("delivery", None, DELIVERY))
    if cl.fraud_damages and fraud_facts(case):
        out.append(Claim("fraud_damages", fraud_amount(case), FRAUD))
    return out


def total_claimed(case: Case) -> Decimal | None:
    """标的总额: the sum of every money claim, or None when nothing is asked in yuan."""
    amounts = [c.amount for c in structured_claims(case) if c.amount is not None]
    return sum(amounts, Decimal("0.00")) if amounts else None


def claim_articles(case: Case) -> list[Cite]:
    """Every article the claims rest on, once each, in claim order."""
    return list(dict.fromkeys(a for c in structured_claims(case) for a in c.articles))
