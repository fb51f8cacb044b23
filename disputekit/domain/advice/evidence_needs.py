"""The evidence a channel needs, and which of it a case still lacks.

Needs are groups: a group is satisfied by any one kind in it (a balance screenshot or a top-up
record both show a wrong amount), so "one of" is never shown as two musts. What each channel
needs follows the seed guide: every channel wants the order and the payment; customer service
wants proof of non-receipt; an appeal wants proof of the fault; 12315 wants the appeal's
evidence plus the chat showing the platform refused. Once the order is cancelled the dispute
is about the refund, so proof of the goods' fault is no longer asked for.
"""

from __future__ import annotations

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import Channel, EventKind, EvidenceKind, OrderStatus, Problem

Group = tuple[EvidenceKind, ...]

_K = EvidenceKind
BASE: tuple[Group, ...] = ((_K.ORDER_SCREENSHOT,), (_K.PAYMENT_RECORD,))
# What shows the fault, per problem (seed guide: 充值记录截图、账户余额截图、商品失效证明).
PROBLEM_PROOF: dict[Problem, tuple[Group, ...]] = {
    Problem.NOT_RECEIVED: ((_K.RECHARGE_RECORD,),),
    Problem.WRONG_AMOUNT: ((_K.BALANCE_SCREENSHOT, _K.RECHARGE_RECORD),),
    Problem.INVALID_GOODS: ((_K.FAILURE_PROOF,),),
    Problem.WRONG_SERVER: ((_K.RECHARGE_RECORD,),),
}
_ESCALATED = frozenset({Channel.REGULATOR_12315, Channel.CONSUMER_ASSOCIATION, Channel.LITIGATION})
_CS_EVENTS = (EventKind.CS_CONTACTED, EventKind.CS_REPLIED, EventKind.CS_REFUSED)


def needed_evidence(case: Case, channel: Channel) -> list[Group]:
    """Every evidence group `channel` needs for this case, whether held or not."""
    groups: list[Group] = list(BASE)
    cancelled = case.order.status is OrderStatus.CANCELLED
    proof = () if cancelled else PROBLEM_PROOF.get(case.problem, ())
    if channel is Channel.CUSTOMER_SERVICE and case.problem is Problem.NOT_RECEIVED:
        groups.extend(proof)
    elif channel is Channel.PLATFORM_APPEAL:
        groups.extend(proof)
        if case.events_of(*_CS_EVENTS):  # the appeal follows a chat that went nowhere
            groups.append((_K.CHAT_LOG,))
    elif channel in _ESCALATED:
        groups.extend(proof)
        groups.append((_K.CHAT_LOG,))
    return _unique(groups)


def missing_evidence(case: Case, channel: Channel) -> list[list[EvidenceKind]]:
    """The groups `channel` needs that the case holds no kind of, in the order needed."""
    held = case.evidence_kinds()
    return [list(group) for group in needed_evidence(case, channel) if not held.intersection(group)]


def _unique(groups: list[Group]) -> list[Group]:
    return list(dict.fromkeys(groups))
