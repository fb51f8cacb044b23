"""The 法律依据 section's choice of articles: only those that fit the case, quoted verbatim.

The texts come from `assets/legal/articles.json` (verbatim from the reference articles, loaded
by `disputekit.legal_texts`), so the packet can never quote an article the app does not ship; a
chosen article missing from that file is left out rather than paraphrased.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from disputekit.domain.model import Case
from disputekit.domain.vocabulary import EventKind, OrderStatus, PacketKind, Problem
from disputekit.legal_texts import load_articles

ECOMMERCE = "中华人民共和国电子商务法"
CONSUMER = "中华人民共和国消费者权益保护法"
REGULATIONS = "中华人民共和国消费者权益保护法实施条例"
CIVIL_CODE = "中华人民共和国民法典"

NON_DELIVERY = (
    (ECOMMERCE, "第二十条"),
    (ECOMMERCE, "第五十一条"),
    (CONSUMER, "第五十三条"),
    (REGULATIONS, "第二十二条"),
)
RECORDS = ((ECOMMERCE, "第六十二条"),)
PLATFORM_DISCLOSURE = ((CONSUMER, "第四十四条"),)
AUTO_RENEWAL = ((REGULATIONS, "第十条"),)
BAD_GOODS = ((CONSUMER, "第二十四条"), (CIVIL_CODE, "第五百七十七条"))
WRONG_PERFORMANCE = ((ECOMMERCE, "第二十条"), (CIVIL_CODE, "第五百七十七条"))
# The buyer changed their mind or mistyped: no breach to cite, only the operator's duty to
# handle complaints (and, to a regulator, the consumer's routes to resolve a dispute).
COMPLAINT_HANDLING = ((ECOMMERCE, "第五十九条"),)
DISPUTE_ROUTES = ((CONSUMER, "第三十九条"),)
BUYER_SIDE = (Problem.MISTAKEN_ORDER, Problem.NO_LONGER_NEEDED, Problem.WRONG_INFO)


@dataclass(frozen=True)
class Article:
    """One quoted article: the law's name (without 《》), its number and its verbatim text."""

    law: str
    article: str
    text: str

    @property
    def cite(self) -> str:
        """《law》article."""
        return f"《{self.law}》{self.article}"


def _norm(law: str) -> str:
    return law.strip().strip("《》")


@cache
def shipped_articles() -> dict[tuple[str, str], str]:
    """(law without 《》, 第…条) → verbatim text, from the shipped articles file."""
    return {(_norm(law), art): text for (law, art), text in load_articles().items()}


def _wanted(case: Case, kind: PacketKind) -> list[tuple[str, str]]:
    problem, status = case.problem, case.order.status
    kinds = {e.kind for e in case.events}
    wanted: list[tuple[str, str]] = []
    if problem is Problem.NOT_RECEIVED:
        wanted += NON_DELIVERY
    if problem in (Problem.WRONG_AMOUNT, Problem.WRONG_SERVER):
        wanted += WRONG_PERFORMANCE
    if problem is Problem.INVALID_GOODS:
        wanted += BAD_GOODS
    if problem is Problem.UNDISCLOSED_AUTO_RENEWAL:
        wanted += AUTO_RENEWAL
    delivery_disputed = (
        status is OrderStatus.DELIVERED_NOT_CREDITED
        or EventKind.DELIVERY_PROOF_REQUESTED in kinds
        or problem in (Problem.NOT_RECEIVED, Problem.INVALID_GOODS)
    )
    if delivery_disputed:
        wanted += RECORDS
    # A seller inside a platform: the platform answers for it when it cannot name the seller.
    if case.respondent.shop and kind is PacketKind.COMPLAINT_12315:
        wanted += PLATFORM_DISCLOSURE
    if not wanted and problem in BUYER_SIDE:
        wanted += COMPLAINT_HANDLING
        if kind is PacketKind.COMPLAINT_12315:
            wanted += DISPUTE_ROUTES
    if not wanted:  # any other failure to perform as agreed
        wanted += ((CIVIL_CODE, "第五百七十七条"),)
    return list(dict.fromkeys(wanted))


def choose_articles(case: Case, kind: PacketKind) -> list[Article]:
    """The articles that fit the case, in citation order, each with its shipped text."""
    texts = shipped_articles()
    return [
        Article(law, art, texts[(law, art)])
        for law, art in _wanted(case, kind)
        if (law, art) in texts
    ]
