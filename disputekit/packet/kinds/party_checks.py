"""What blocks a packet over who acts and what is claimed.

- A buyer under 18 on the order day acts through the guardian (民法典第二十三条): every packet
  needs the guardian's name and phone, a 民事起诉状 the ID number too (民诉法第六十条).
- A court agent must be one 民诉法第六十一条 allows; a recommended citizen names who recommends
  them (解释第八十七条).
- Claims are earned by facts and do not contradict each other: 三倍赔偿 only with facts of fraud
  (消法第五十五条); a void purchase (民法典第一百四十五条) only for a minor, and never beside a
  claim to perform the same contract.

民族, 职业, 工作单位 (民诉法第一百二十四条) print as 未填写 when unknown: `blank_rows` warns of
them, they do not block.
"""

from __future__ import annotations

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.legal.agents import court_agent_problem, through_guardian
from disputekit.domain.legal.claims import fraud_facts, is_minor
from disputekit.messages import msg
from disputekit.packet.blocker import Blocker


def _guardian(case: Case, kind: PacketKind) -> list[Blocker]:
    if not through_guardian(case) or kind is PacketKind.APPEAL:
        return []
    g = case.complainant.guardian
    wanted = [
        ("name", msg("party_check.guardian.name")),
        ("phone", msg("party_check.guardian.phone")),
    ]
    if kind is PacketKind.CIVIL_COMPLAINT:
        wanted.append(("id_number", msg("party_check.guardian.id_number")))
    return [
        Blocker(
            "guardian_missing",
            msg("party_check.guardian_missing", what=label),
            f"complainant.guardian.{key}",
        )
        for key, label in wanted
        if g is None or not str(getattr(g, key)).strip()
    ]


def _claims(case: Case) -> list[Blocker]:
    cl = case.claims
    out = []
    if cl.fraud_damages and not fraud_facts(case):
        out.append(Blocker("claim_unsupported", msg("party_check.fraud_without_facts"),
                           "claims.fraud_damages"))  # fmt: skip
    if cl.void_purchase and not is_minor(case):
        out.append(Blocker("claim_unsupported", msg("party_check.void_not_minor"),
                           "claims.void_purchase"))  # fmt: skip
    if cl.void_purchase and cl.delivery:
        out.append(Blocker("claim_contradiction", msg("party_check.void_and_delivery"),
                           "claims.delivery"))  # fmt: skip
    return out


def party_blockers(case: Case, kind: PacketKind) -> list[Blocker]:
    """The blockers over the guardian, the claims and (for a court) the agent."""
    blockers = _guardian(case, kind) + _claims(case)
    if kind is PacketKind.CIVIL_COMPLAINT:
        problem = court_agent_problem(case)
        if problem is not None:
            if problem == "ineligible":
                found = msg("party_check.agent_ineligible"), "filed_by.relation"
            else:
                found = msg("party_check.agent_no_recommender"), "filed_by.recommended_by"
            blockers.append(Blocker("agent_ineligible", *found))
    return blockers
