"""Who speaks for the buyer: a guardian for a minor (法定代理人), and who may be an agent.

A buyer under 18 on the order day acts through the guardian as 法定代理人 (民法典第二十三条,
民诉法第六十条), who also files the 12315 and 消协 papers; the guardian needs no 授权委托书 from
the child. In court only the persons of 民诉法第六十一条 may be 委托诉讼代理人: a lawyer or a
basic-level legal service worker, a close relative, or a citizen recommended by the party's
社区, 单位 or a 社会团体 (解释第八十七条); a volunteer only through such a recommendation. Each
brings the papers of 解释第八十八条 besides the 授权委托书 (第六十二条).
"""

from __future__ import annotations

from disputekit.domain.case.model import Case, FiledBy
from disputekit.domain.case.vocabulary import FilerRelation
from disputekit.domain.legal.claims import is_minor

# 解释第八十八条: the papers each kind of agent hands the court with the 授权委托书.
PAPERS: dict[FilerRelation, str] = {
    FilerRelation.LAWYER: "律师执业证、律师事务所证明材料（解释第八十八条第（一）项）",
    FilerRelation.LEGAL_WORKER: (
        "法律服务工作者执业证、基层法律服务所出具的介绍信以及当事人一方位于本辖区内的证明材料"
        "（解释第八十八条第（二）项）"
    ),
    FilerRelation.FAMILY: "身份证件和与委托人有近亲属关系的证明材料（解释第八十八条第（三）项）",
    FilerRelation.GUARDIAN: "身份证件和与委托人有近亲属关系的证明材料（解释第八十八条第（三）项）",
    FilerRelation.RECOMMENDED: (
        "身份证件、推荐材料和当事人属于该社区、单位的证明材料（解释第八十八条第（五）项）；"
        "由社会团体推荐的，身份证件和符合解释第八十七条规定条件的证明材料（第（六）项）"
    ),
}
COURT_ELIGIBLE = frozenset(PAPERS)


def relation_of(filed_by: FiledBy) -> FilerRelation | None:
    """The agent's relation as vocabulary, or None for a value this version does not know."""
    try:
        return FilerRelation(filed_by.relation)
    except ValueError:
        return None


def through_guardian(case: Case) -> bool:
    """The buyer was a minor on the order day, so the guardian acts as 法定代理人."""
    return is_minor(case)


def agent(case: Case) -> FiledBy | None:
    """Who files on the buyer's behalf as an agent (with a 授权委托书): `filed_by`, unless
    that is the minor's own guardian, who acts as 法定代理人 without one."""
    fb = case.filed_by
    if fb is None:
        return None
    if through_guardian(case):
        guardian = case.complainant.guardian
        same = guardian is not None and guardian.name.strip() == fb.name.strip()
        if relation_of(fb) is FilerRelation.GUARDIAN or same:
            return None
    return fb


def court_agent_problem(case: Case) -> str | None:
    """Why the agent may not be a 委托诉讼代理人 ('ineligible', 'no_recommender'), or None."""
    fb = agent(case)
    if fb is None:
        return None
    relation = relation_of(fb)
    if relation not in COURT_ELIGIBLE:
        return "ineligible"
    if relation is FilerRelation.RECOMMENDED and not fb.recommended_by.strip():
        return "no_recommender"
    return None


def agent_papers(case: Case) -> str:
    """The 第八十八条 papers the agent brings, or '' when there is no eligible agent."""
    fb = agent(case)
    relation = relation_of(fb) if fb else None
    return PAPERS.get(relation, "") if relation else ""
