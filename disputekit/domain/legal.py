"""The legal citations the advice engine uses: key → law, article number and a one-line summary.

Only articles reproduced in `shared/reference/articles.md` appear here, numbered exactly as
there; their verbatim text ships in `assets/legal/articles.json` (see
`disputekit.legal_texts.load_articles`), and a test checks every entry against it. Figures that
come from the seed guide rather than a law are labelled with `GUIDE_BASIS`, never an article.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSUMER_LAW = "《中华人民共和国消费者权益保护法》"
ECOMMERCE_LAW = "《中华人民共和国电子商务法》"
CIVIL_CODE = "《中华人民共和国民法典》"
COMPLAINT_RULES = "《市场监督管理投诉举报处理暂行办法》"
CONSUMER_REGULATIONS = "《中华人民共和国消费者权益保护法实施条例》"
SEVEN_DAY_RULES = "《网络购买商品七日无理由退货暂行办法》"

# Said plainly wherever a figure is the platforms' usual practice, not a legal period.
GUIDE_BASIS = "卡盟取消订单指南：平台惯例，非法定期限"


@dataclass(frozen=True)
class Citation:
    """One article: the law's full title in 《》, the article number (第…条) and what it says."""

    law: str
    article: str
    summary: str

    @property
    def cite(self) -> str:
        """The citation as written in advice and documents, e.g. 《…电子商务法》第六十二条."""
        return f"{self.law}{self.article}"


CITATIONS: dict[str, Citation] = {
    "ecommerce_20": Citation(ECOMMERCE_LAW, "第二十条", "经营者应按承诺或约定的方式、时限交付商品"),
    "ecommerce_62": Citation(
        ECOMMERCE_LAW, "第六十二条", "争议处理中经营者应提供原始合同和交易记录，拒绝提供须担责"
    ),
    "consumer_25": Citation(
        CONSUMER_LAW, "第二十五条", "网购七日无理由退货，在线下载的数字化商品除外"
    ),
    "consumer_39": Citation(
        CONSUMER_LAW, "第三十九条", "争议解决途径：协商、消协调解、行政投诉、仲裁、诉讼"
    ),
    "consumer_53": Citation(
        CONSUMER_LAW, "第五十三条", "预收款未按约定提供商品的，应按消费者要求履行或退回预付款"
    ),
    "regulations_10": Citation(
        CONSUMER_REGULATIONS, "第十条", "自动续费须在接受服务前和续费日前以显著方式提请注意"
    ),
    "regulations_46": Citation(
        CONSUMER_REGULATIONS, "第四十六条", "投诉7个工作日内处理告知；受理之日起60日内调解完毕"
    ),
    "seven_day_6": Citation(SEVEN_DAY_RULES, "第六条", "在线下载的数字化商品不适用七日无理由退货"),
    "complaint_9": Citation(
        COMPLAINT_RULES,
        "第九条",
        "投诉须提供投诉人姓名、电话、地址，被投诉人名称、地址，请求和事实",
    ),
    "complaint_10": Citation(
        COMPLAINT_RULES, "第十条", "委托他人投诉须提供授权委托书原件及受托人身份证明"
    ),
    "complaint_14": Citation(
        COMPLAINT_RULES, "第十四条", "收到投诉之日起七个工作日内作出受理或不予受理决定"
    ),
    "complaint_15": Citation(
        COMPLAINT_RULES, "第十五条", "不予受理的情形，含知道权益受侵害之日起超过三年、材料不全"
    ),
    "complaint_21": Citation(
        COMPLAINT_RULES, "第二十一条", "受理之日起四十五个工作日内未达成调解协议的，终止调解"
    ),
    "civil_188": Citation(
        CIVIL_CODE, "第一百八十八条", "诉讼时效期间为三年，自知道权利受损之日起算"
    ),
    "civil_201": Citation(CIVIL_CODE, "第二百零一条", "按日、月、年计算期间，开始的当日不计入"),
    "civil_203": Citation(
        CIVIL_CODE, "第二百零三条", "期间最后一日是法定休假日的，顺延至休假日结束的次日"
    ),
}


def cite(*keys: str) -> str:
    """The citations for `keys`, articles of one law grouped under its title in first-seen
    order: 《…民法典》第一百八十八条、第二百零一条；《…暂行办法》第十五条."""
    grouped: dict[str, list[str]] = {}
    for key in keys:
        citation = CITATIONS[key]
        grouped.setdefault(citation.law, []).append(citation.article)
    return "；".join(law + "、".join(articles) for law, articles in grouped.items())
