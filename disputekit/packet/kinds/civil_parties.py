"""The 当事人 of a 民事起诉状, as 民诉法第一百二十四条 lists them.

The 原告 with 性别、年龄、民族、职业、工作单位、住所、联系方式 (what the case does not record is
printed 未填写, and the pre-check warns of it); for a buyer under 18 on the order day the
guardian as 法定代理人 (民诉法第六十条); the 被告 with its 名称、住所 and, where known, its
法定代表人; and an agent only as 委托诉讼代理人 of 第六十一条, with a 授权委托书.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from disputekit.domain.legal.agents import agent, relation_of, through_guardian
from disputekit.domain.legal.claims import age_on, birth_date_of
from disputekit.packet.context import TITLES, PacketContext
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.tables import heading, kv_table
from disputekit.packet.pages.text import esc, fmt_date_zh, or_blank, safe

UNFILLED = "未填写"


def _or_unfilled(text: str) -> str:
    return safe(text.strip()) if text.strip() else UNFILLED


def _plaintiff(ctx: PacketContext) -> list[tuple[str, str]]:
    p = ctx.case.complainant
    born = birth_date_of(ctx.case)
    age = f"（{age_on(born, ctx.today)}周岁）" if born else ""
    return [
        ("原告", safe(or_blank(p.name))),
        ("性别", esc(p.gender.zh if p.gender else UNFILLED)),
        ("出生日期（年龄）", esc(fmt_date_zh(born) + age if born else UNFILLED)),
        ("民族", _or_unfilled(p.ethnicity)),
        ("职业", _or_unfilled(p.occupation)),
        ("工作单位", _or_unfilled(p.employer)),
        ("公民身份号码", safe(or_blank(p.id_number))),
        ("住所", safe(or_blank(p.address))),
        ("联系电话", safe(or_blank(p.phone))),
    ]


def _guardian(ctx: PacketContext) -> list[tuple[str, str]]:
    g = ctx.case.complainant.guardian
    if not through_guardian(ctx.case):
        return []
    if g is None:
        return [("法定代理人", "未填写（原告为未成年人，须由监护人作为法定代理人代为诉讼）")]
    return [
        ("法定代理人", safe(or_blank(g.name))),
        ("与原告关系", esc(f"原告的监护人（{g.relation.zh}）")),
        ("公民身份号码", safe(or_blank(g.id_number))),
        ("联系电话", safe(or_blank(g.phone))),
    ]


def _defendant(ctx: PacketContext) -> list[tuple[str, str]]:
    r = ctx.case.respondent
    rep = r.legal_rep
    rows = [
        ("被告", safe(or_blank(r.company))),
        ("统一社会信用代码", safe(or_blank(r.credit_code))),
        ("住所地", safe(or_blank(r.address))),
    ]
    if rep is not None and rep.name.strip():
        rows.append(("法定代表人", safe(rep.name + (f"（{rep.title}）" if rep.title else ""))))
    rows += [
        ("联系方式", safe(or_blank(r.contact))),
        ("经营平台", safe(or_blank(r.platform))),
        *([("店铺", safe(r.shop))] if r.shop else []),
    ]
    return rows


def _agent(ctx: PacketContext) -> list[tuple[str, str]]:
    fb = agent(ctx.case)
    if fb is None:
        return []
    relation = relation_of(fb)
    words = relation.zh if relation else fb.relation
    if fb.recommended_by.strip():
        words += f"（推荐单位：{fb.recommended_by.strip()}）"
    return [
        ("委托诉讼代理人", safe(or_blank(fb.name))),
        ("与原告关系", safe(words)),
        ("联系电话", safe(or_blank(fb.phone))),
    ]


def parties(ctx: PacketContext) -> list[Flowable]:
    """Title and 当事人信息: 原告 (and 法定代理人), 被告, agent, service and 案由."""
    p = ctx.case.complainant
    story: list[Flowable] = [
        Paragraph(TITLES[ctx.kind], styles().title),
        heading("当事人信息"),
        kv_table(_plaintiff(ctx)),
    ]
    for rows in (_guardian(ctx), _defendant(ctx), _agent(ctx)):
        if rows:
            story += [Spacer(1, 3 * mm), kv_table(rows)]
    story += [
        Spacer(1, 3 * mm),
        kv_table(
            [
                ("送达地址", safe(or_blank(p.address))),
                ("电子送达", "是否同意以手机短信、电子邮件等方式送达：□是　□否"),
                ("案由", "网络购物合同纠纷"),
            ]
        ),
    ]
    return story
