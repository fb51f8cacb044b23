"""The legal citations the advice engine uses: key → law, article number and a one-line summary.

Only articles reproduced in `shared/reference/articles.md` appear here, numbered exactly as
there; their verbatim text ships in `assets/legal/articles.json` (see
`disputekit.legal_texts.load_articles`), and a test checks every entry against it. Figures that
come from the seed guide rather than a law are labelled with `GUIDE_BASIS`, never an article.
"""

from __future__ import annotations

from dataclasses import dataclass

from disputekit.messages import msg

CONSUMER_LAW = "《中华人民共和国消费者权益保护法》"
ECOMMERCE_LAW = "《中华人民共和国电子商务法》"
CIVIL_CODE = "《中华人民共和国民法典》"
# 总局令第121号, in force from 2026-04-15 (the rules it replaced live only in the rules data).
COMPLAINT_RULES = "《市场监督管理投诉举报处理办法》"
CONSUMER_REGULATIONS = "《中华人民共和国消费者权益保护法实施条例》"
SEVEN_DAY_RULES = "《网络购买商品七日无理由退货暂行办法》"
LIMITATION_RULES = "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》"
CIVIL_PROCEDURE = "《中华人民共和国民事诉讼法》"
PROCEDURE_INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"

# Said plainly wherever a figure is the platforms' usual practice, not a legal period.
GUIDE_BASIS = msg("deadline.guide_basis")


@dataclass(frozen=True)
class Citation:
    """One article: the law's full title in 《》, the article number (第…条) and what it says."""

    law: str
    article: str
    summary: str
    item: str = ""  # a numbered item such as （四）, shown after the article

    @property
    def cite(self) -> str:
        """The citation as written in advice and documents, e.g. 《…电子商务法》第六十二条."""
        return f"{self.law}{self.article}{self.item}"


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
    "consumer_44": Citation(
        CONSUMER_LAW,
        "第四十四条",
        "网络交易平台不能提供销售者真实名称、地址和有效联系方式的，可向平台要求赔偿",
    ),
    "complaint_10": Citation(
        COMPLAINT_RULES,
        "第十条",
        "投诉须提供投诉人姓名、电话、通讯地址，被投诉人名称、地址，具体请求和事实依据",
    ),
    "complaint_11": Citation(
        COMPLAINT_RULES, "第十一条", "委托他人投诉须提供授权委托书原件及受托人身份证明"
    ),
    "complaint_13": Citation(
        COMPLAINT_RULES, "第十三条", "投诉由被投诉人住所地或平台公示地址所在地县级市场监管部门处理"
    ),
    "complaint_15": Citation(
        COMPLAINT_RULES, "第十五条", "收到投诉之日起七个工作日内作出受理或不予受理决定"
    ),
    "complaint_16": Citation(
        COMPLAINT_RULES, "第十六条", "不予受理的情形，含知道权益受侵害之日起超过三年、材料不全"
    ),
    "complaint_16_4": Citation(
        COMPLAINT_RULES, "第十六条", "知道权益受侵害之日起超过三年的，不予受理", item="（四）"
    ),
    "complaint_16_5": Citation(
        COMPLAINT_RULES, "第十六条", "未提供第十条、第十一条规定的材料的，不予受理", item="（五）"
    ),
    "complaint_17_4": Citation(
        COMPLAINT_RULES, "第十七条", "多人使用同一手机号码、通讯地址等联系方式投诉", item="（四）"
    ),
    "complaint_23_5": Citation(
        COMPLAINT_RULES, "第二十三条", "受理之日起六十日内未达成调解协议的，终止调解", item="（五）"
    ),
    "complaint_45": Citation(
        COMPLAINT_RULES, "第四十五条", "期间开始的当日不计入，最后一日是法定节假日的顺延"
    ),
    "civil_188": Citation(
        CIVIL_CODE, "第一百八十八条", "诉讼时效期间为三年，自知道权利受损之日起算"
    ),
    "civil_195": Citation(
        CIVIL_CODE, "第一百九十五条", "权利人提出履行请求或义务人同意履行的，诉讼时效中断、重新计算"
    ),
    # Limitation, procedures and minors (December 2026 reference).
    "civil_192": Citation(
        CIVIL_CODE, "第一百九十二条", "诉讼时效届满后义务人可以抗辩；届满后同意履行的，不得再抗辩"
    ),
    "limitation_8": Citation(
        LIMITATION_RULES, "第八条", "主张权利的文书、信件或数据电文到达对方当事人的，时效中断"
    ),
    "limitation_12": Citation(
        LIMITATION_RULES, "第十二条", "向人民调解委员会等有权解决纠纷的组织提出请求，时效中断"
    ),
    "civil_17": Citation(CIVIL_CODE, "第十七条", "不满十八周岁的自然人为未成年人"),
    "civil_19": Citation(
        CIVIL_CODE, "第十九条", "八周岁以上的未成年人为限制民事行为能力人，须法定代理人同意、追认"
    ),
    "civil_20": Citation(
        CIVIL_CODE, "第二十条", "不满八周岁的未成年人由其法定代理人代理实施民事法律行为"
    ),
    "civil_23": Citation(CIVIL_CODE, "第二十三条", "监护人是未成年人的法定代理人"),
    "civil_145": Citation(
        CIVIL_CODE, "第一百四十五条", "限制民事行为能力人超出其年龄、智力的行为，须同意或追认后有效"
    ),
    "civil_procedure_60": Citation(
        CIVIL_PROCEDURE, "第六十条", "无诉讼行为能力人由他的监护人作为法定代理人代为诉讼"
    ),
    "complaint_16_2": Citation(
        COMPLAINT_RULES,
        "第十六条",
        "市场监管部门或消费者协会等已经受理或者处理过同一争议的，不予受理",
        item="（二）",
    ),
    "civil_201": Citation(CIVIL_CODE, "第二百零一条", "按日、月、年计算期间，开始的当日不计入"),
    "civil_203": Citation(
        CIVIL_CODE, "第二百零三条", "期间最后一日是法定休假日的，顺延至休假日结束的次日"
    ),
    # Many buyers, one seller: the routes a group has.
    "complaint_12": Citation(
        COMPLAINT_RULES,
        "第十二条",
        "两人以上就同一争议投诉同一经营者，经同意可按共同投诉处理，书面推选两名代表人",
    ),
    "consumer_37_7": Citation(
        CONSUMER_LAW, "第三十七条", "消费者协会支持受损害的消费者提起诉讼", item="（七）"
    ),
    "civil_procedure_56": Citation(
        CIVIL_PROCEDURE, "第五十六条", "当事人一方人数众多的共同诉讼，可以推选代表人进行诉讼"
    ),
    "civil_procedure_57": Citation(
        CIVIL_PROCEDURE, "第五十七条", "人数众多在起诉时尚未确定的，法院可以公告通知权利人登记"
    ),
    "procedure_interpretation_75": Citation(
        PROCEDURE_INTERPRETATION,
        "第七十五条",
        "民事诉讼法第五十六条、第五十七条规定的人数众多，一般指十人以上",
    ),
    "civil_566": Citation(
        CIVIL_CODE, "第五百六十六条", "合同解除后，尚未履行的终止履行，已经履行的可请求恢复原状"
    ),
}


def cite(*keys: str) -> str:
    """The citations for `keys`, articles of one law grouped under its title in first-seen
    order: 《…民法典》第一百八十八条、第二百零一条；《…办法》第十六条（四）."""
    return format_citations([CITATIONS[key] for key in keys])


def format_citations(citations: list[Citation] | tuple[Citation, ...]) -> str:
    """Citations grouped per law in first-seen order, as `cite` writes them."""
    grouped: dict[str, list[str]] = {}
    for citation in citations:
        grouped.setdefault(citation.law, []).append(citation.article + citation.item)
    return "；".join(law + "、".join(articles) for law, articles in grouped.items())
