"""The 法律依据 chooses the articles that fit, with the shipped verbatim text."""

from __future__ import annotations

from disputekit.domain.case.model import Case, Respondent
from disputekit.domain.case.vocabulary import OrderStatus, PacketKind, Problem
from disputekit.legal_texts import load_articles
from disputekit.packet.kinds.legal_basis import choose_articles


def cites(case: Case, kind: PacketKind = PacketKind.COMPLAINT_12315) -> list[str]:
    return [a.cite for a in choose_articles(case, kind)]


def test_non_delivery():
    case = Case(problem=Problem.NOT_RECEIVED)
    case.order.status = OrderStatus.DELIVERED_NOT_CREDITED
    assert cites(case) == [
        "《中华人民共和国电子商务法》第二十条",
        "《中华人民共和国电子商务法》第五十一条",
        "《中华人民共和国消费者权益保护法》第五十三条",
        "《中华人民共和国消费者权益保护法实施条例》第二十二条第二款",
        "《中华人民共和国电子商务法》第六十二条",
    ]


def test_auto_renewal_invalid_goods_and_platform_seller():
    assert cites(Case(problem=Problem.UNDISCLOSED_AUTO_RENEWAL)) == [
        "《中华人民共和国消费者权益保护法实施条例》第十条"
    ]
    assert cites(Case(problem=Problem.INVALID_GOODS)) == [
        "《中华人民共和国消费者权益保护法》第二十四条",
        "《中华人民共和国民法典》第五百七十七条",
        "《中华人民共和国电子商务法》第六十二条",
    ]
    # 第四十四条 only when the platform has not identified the seller.
    in_shop = Case(problem=Problem.WRONG_SERVER, respondent=Respondent(shop="某店"))
    assert "《中华人民共和国消费者权益保护法》第四十四条" in cites(in_shop)
    assert "《中华人民共和国消费者权益保护法》第四十四条" not in cites(in_shop, PacketKind.APPEAL)
    named = Case(
        problem=Problem.WRONG_SERVER, respondent=Respondent(shop="某店", company="某某公司")
    )
    assert "《中华人民共和国消费者权益保护法》第四十四条" not in cites(named)


def test_prepaid_articles_only_for_goods_not_supplied_and_only_the_relevant_paragraph():
    wrong = Case(problem=Problem.WRONG_AMOUNT)
    assert not any("第五十三条" in c or "第二十二条" in c for c in cites(wrong))
    (article,) = [
        a
        for a in choose_articles(Case(problem=Problem.NOT_RECEIVED), PacketKind.COMPLAINT_12315)
        if a.article == "第二十二条"
    ]
    assert article.text == (
        "经营者收取预付款后，应当按照与消费者的约定提供商品或者服务，不得降低商品或者服务质量，"
        "不得任意加价。经营者未按照约定提供商品或者服务的，应当按照消费者的要求履行约定或者退还预付款。"
    )


def test_a_refund_unpaid_after_cancelling_cites_article_566():
    from datetime import datetime, timedelta, timezone

    from disputekit.domain.case.model import Event
    from disputekit.domain.case.vocabulary import EventKind

    tz = timezone(timedelta(hours=8))
    case = Case(problem=Problem.NO_LONGER_NEEDED)
    case.order.status = OrderStatus.CANCELLED
    case.events = [Event("ev1", datetime(2026, 11, 2, 10, tzinfo=tz), EventKind.CANCELLED)]
    assert cites(case)[0] == "《中华人民共和国民法典》第五百六十六条第一款"
    case.events.append(
        Event("ev2", datetime(2026, 11, 4, 10, tzinfo=tz), EventKind.REFUND_RECEIVED)
    )
    assert "《中华人民共和国民法典》第五百六十六条第一款" not in cites(case)


def test_a_buyer_side_problem_cites_no_breach():
    # The buyer mistyped or changed their mind: the seller broke nothing, so no 第五百七十七条;
    # only the operator's duty to handle the complaint (and, to 12315, the dispute routes).
    mistaken = Case(problem=Problem.MISTAKEN_ORDER)
    mistaken.order.status = OrderStatus.COMPLETED
    assert cites(mistaken, PacketKind.APPEAL) == ["《中华人民共和国电子商务法》第五十九条"]
    assert cites(mistaken) == [
        "《中华人民共和国电子商务法》第五十九条",
        "《中华人民共和国消费者权益保护法》第三十九条",
    ]


def test_texts_are_the_shipped_verbatim_texts():
    shipped = load_articles()
    for problem in Problem:
        for article in choose_articles(Case(problem=problem), PacketKind.COMPLAINT_12315):
            full = shipped[(f"《{article.law}》", article.article)]
            if article.paragraph:
                assert full.split("\n")[article.paragraph - 1] == article.text
            else:
                assert full == article.text
