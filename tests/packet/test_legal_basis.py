"""The 法律依据 chooses the articles that fit, with the shipped verbatim text."""

from __future__ import annotations

from disputekit.domain.model import Case, Respondent
from disputekit.domain.vocabulary import OrderStatus, PacketKind, Problem
from disputekit.legal_texts import load_articles
from disputekit.packet.legal_basis import choose_articles


def cites(case: Case, kind: PacketKind = PacketKind.COMPLAINT_12315) -> list[str]:
    return [a.cite for a in choose_articles(case, kind)]


def test_non_delivery():
    case = Case(problem=Problem.NOT_RECEIVED)
    case.order.status = OrderStatus.DELIVERED_NOT_CREDITED
    assert cites(case) == [
        "《中华人民共和国电子商务法》第二十条",
        "《中华人民共和国电子商务法》第五十一条",
        "《中华人民共和国消费者权益保护法》第五十三条",
        "《中华人民共和国消费者权益保护法实施条例》第二十二条",
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
    in_shop = Case(problem=Problem.WRONG_SERVER, respondent=Respondent(shop="某店"))
    assert "《中华人民共和国消费者权益保护法》第四十四条" in cites(in_shop)
    assert "《中华人民共和国消费者权益保护法》第四十四条" not in cites(in_shop, PacketKind.APPEAL)


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
            assert shipped[(f"《{article.law}》", article.article)] == article.text
