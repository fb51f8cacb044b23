"""The 法律依据 section's choice of articles: only those the facts support, quoted verbatim.

The texts come from `assets/legal/articles.json` (verbatim from the reference articles, loaded
by `disputekit.legal_texts`), so the packet can never quote an article the app does not ship; a
chosen article missing from that file is left out rather than paraphrased. Where only one
paragraph of an article applies (实施条例第二十二条's third), only that paragraph is quoted.

The articles the claims rest on come first (`domain.claims`); beyond them an article is cited
only when the case's facts support it:
- 消法第四十四条 only when the platform has not identified the seller (a shop with neither a
  company name nor a published address on record);
- 消法第五十三条 and 实施条例第二十二条 only for prepaid goods not supplied (not received);
- 民法典第五百六十六条 when the order was cancelled and the refund has not arrived.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PacketKind, Problem
from disputekit.domain.legal.claims import claim_articles, is_minor
from disputekit.domain.legal.jurisdiction import shop_address
from disputekit.legal_texts import load_articles

ECOMMERCE = "中华人民共和国电子商务法"
CONSUMER = "中华人民共和国消费者权益保护法"
REGULATIONS = "中华人民共和国消费者权益保护法实施条例"
CIVIL_CODE = "中华人民共和国民法典"
_PARAGRAPH_ZH = ("", "第一款", "第二款", "第三款", "第四款", "第五款")

# (law, article, paragraph number or 0 for the whole article)
Wanted = tuple[str, str, int]
NON_DELIVERY: tuple[Wanted, ...] = ((ECOMMERCE, "第二十条", 0), (ECOMMERCE, "第五十一条", 0))
PREPAID_NOT_SUPPLIED: tuple[Wanted, ...] = (
    (CONSUMER, "第五十三条", 0),
    (REGULATIONS, "第二十二条", 2),
)
RECORDS: tuple[Wanted, ...] = ((ECOMMERCE, "第六十二条", 0),)
PLATFORM_DISCLOSURE: tuple[Wanted, ...] = ((CONSUMER, "第四十四条", 0),)
AUTO_RENEWAL: tuple[Wanted, ...] = ((REGULATIONS, "第十条", 0),)
BAD_GOODS: tuple[Wanted, ...] = ((CONSUMER, "第二十四条", 0), (CIVIL_CODE, "第五百七十七条", 0))
WRONG_PERFORMANCE: tuple[Wanted, ...] = (
    (ECOMMERCE, "第二十条", 0),
    (CIVIL_CODE, "第五百七十七条", 0),
)
REFUND_AFTER_CANCEL: tuple[Wanted, ...] = ((CIVIL_CODE, "第五百六十六条", 1),)
# The buyer changed their mind or mistyped: no breach to cite, only the operator's duty to
# handle complaints (and, to a regulator, the consumer's routes to resolve a dispute).
COMPLAINT_HANDLING: tuple[Wanted, ...] = ((ECOMMERCE, "第五十九条", 0),)
DISPUTE_ROUTES: tuple[Wanted, ...] = ((CONSUMER, "第三十九条", 0),)
BUYER_SIDE = (Problem.MISTAKEN_ORDER, Problem.NO_LONGER_NEEDED, Problem.WRONG_INFO)

# What each article means for this dispute, for the 事实与理由's step from fact to rule.
REASONS: dict[tuple[str, str], str] = {
    (ECOMMERCE, "第二十条"): "电子商务经营者应当按照承诺或者与消费者约定的方式、时限交付商品",
    (ECOMMERCE, "第五十一条"): (
        "采用在线传输方式交付的，商品进入买家指定的特定系统并且能够检索识别时才算交付"
    ),
    (CONSUMER, "第五十三条"): (
        "经营者以预收款方式提供商品，未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款"
    ),
    (
        REGULATIONS,
        "第二十二条",
    ): "经营者未按照约定提供商品的，应当按照消费者的要求履行约定或者退还预付款",
    (ECOMMERCE, "第六十二条"): "在电子商务争议处理中，电子商务经营者应当提供原始合同和交易记录",
    (CONSUMER, "第四十四条"): (
        "网络交易平台提供者不能提供销售者的真实名称、地址和有效联系方式的，消费者可以向平台要求赔偿"
    ),
    (REGULATIONS, "第十条"): "经营者采取自动续费方式的，应当在续费前以显著方式提请消费者注意",
    (CONSUMER, "第二十四条"): "经营者提供的商品不符合质量要求的，消费者可以要求退货或者更换",
    (CIVIL_CODE, "第五百七十七条"): (
        "不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等"
        "违约责任"
    ),
    (CIVIL_CODE, "第五百六十六条"): (
        "合同解除后，已经履行的，当事人可以请求恢复原状或者采取其他补救措施，即退还已付货款"
    ),
    (ECOMMERCE, "第五十九条"): "电子商务经营者应当及时受理并处理投诉",
    (CONSUMER, "第五十五条"): (
        "经营者有欺诈行为的，应当按照消费者的要求增加赔偿，金额为价款的三倍，不足五百元的为五百元"
    ),
    (CIVIL_CODE, "第十九条"): (
        "八周岁以上的未成年人实施民事法律行为，由其法定代理人代理或者经其法定代理人同意、追认"
    ),
    (CIVIL_CODE, "第一百四十五条"): (
        "限制民事行为能力人实施的与其年龄、智力不相适应的民事法律行为，经法定代理人同意或者追认后"
        "才有效"
    ),
    (
        CONSUMER,
        "第三十九条",
    ): "消费者可以通过与经营者协商、请求消费者协会调解、向有关行政部门投诉等途径解决争议",
}


@dataclass(frozen=True)
class Article:
    """One quoted article (or one paragraph of it): the law's name (without 《》), its number,
    the paragraph (0: all) and its verbatim text."""

    law: str
    article: str
    text: str
    paragraph: int = 0

    @property
    def cite(self) -> str:
        """《law》article, with the paragraph when only one is quoted (第二十二条第二款)."""
        return f"《{self.law}》{self.article}{_PARAGRAPH_ZH[self.paragraph]}"

    @property
    def reason(self) -> str:
        """What the article means for the dispute, in one clause."""
        return REASONS.get((self.law, self.article), "")


def _norm(law: str) -> str:
    return law.strip().strip("《》")


@cache
def shipped_articles() -> dict[tuple[str, str], str]:
    """(law without 《》, 第…条) → verbatim text, from the shipped articles file."""
    return {(_norm(law), art): text for (law, art), text in load_articles().items()}


def refund_unpaid_after_cancel(case: Case) -> bool:
    """The order was cancelled and no refund has arrived since."""
    cancelled = case.latest(EventKind.CANCELLED)
    if case.order.status is not OrderStatus.CANCELLED or cancelled is None:
        return False
    return not any(e.at >= cancelled.at for e in case.events_of(EventKind.REFUND_RECEIVED))


def seller_unidentified(case: Case) -> bool:
    """A seller inside a platform whose legal name and published address are both unknown."""
    r = case.respondent
    return bool(r.shop.strip()) and not r.company.strip() and not shop_address(case)


def _wanted(case: Case, kind: PacketKind) -> list[Wanted]:
    # The articles the claims rest on come first: each is earned by its claim.
    claimed: list[Wanted] = [(law, art, 0) for law, art in claim_articles(case)]
    return list(dict.fromkeys(claimed + _from_facts(case, kind)))


def _from_facts(case: Case, kind: PacketKind) -> list[Wanted]:
    problem, status = case.problem, case.order.status
    kinds = {e.kind for e in case.events}
    wanted: list[Wanted] = []
    if case.claims.void_purchase and is_minor(case):
        # The purchase is not valid (民法典第一百四十五条, cited by the claim): no article on
        # performing or breaching it stands beside that.
        return (
            list(RECORDS)
            if EventKind.DELIVERY_PROOF_REQUESTED in {e.kind for e in case.events}
            else []
        )
    if refund_unpaid_after_cancel(case):
        wanted += REFUND_AFTER_CANCEL
    if problem is Problem.NOT_RECEIVED:
        wanted += NON_DELIVERY + PREPAID_NOT_SUPPLIED
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
    if seller_unidentified(case) and kind is PacketKind.COMPLAINT_12315:
        wanted += PLATFORM_DISCLOSURE
    if not wanted and problem in BUYER_SIDE:
        wanted += COMPLAINT_HANDLING
        if kind is PacketKind.COMPLAINT_12315:
            wanted += DISPUTE_ROUTES
    if not wanted:  # any other failure to perform as agreed
        wanted += ((CIVIL_CODE, "第五百七十七条", 0),)
    return list(dict.fromkeys(wanted))


def _paragraph(text: str, n: int) -> str | None:
    if n == 0:
        return text
    paragraphs = text.split("\n")
    return paragraphs[n - 1] if n <= len(paragraphs) else None


def choose_articles(case: Case, kind: PacketKind) -> list[Article]:
    """The articles that fit the case, in citation order, each with its shipped text."""
    texts = shipped_articles()
    chosen = []
    for law, art, n in _wanted(case, kind):
        if (law, art) not in texts:
            continue
        text = _paragraph(texts[(law, art)], n)
        if text is not None:
            chosen.append(Article(law, art, text, n))
    return chosen
