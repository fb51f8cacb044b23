"""The situations the channel rules tell apart, the choice they make, the routes after each,
and how a recorded result is read (negative, missing materials, a failed self-cancel)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import Channel, Outcome

_C = Channel
# Only read when a result carries no `outcome`: the issue allows a negative note to count.
_NEGATIVE_WORDS = ("驳回", "拒绝", "失败", "不支持", "不予", "未通过", "未达成")
# A refused self-cancel, as platforms word it (a flash sale's "仅支持取消1次").
_CANCEL_FAILED_WORDS = (*_NEGATIVE_WORDS, "仅支持", "无法取消", "不可取消", "不能取消")
_MISSING_MATERIAL_WORDS = ("材料不全", "材料不齐", "缺少材料", "补充材料", "补正", "补齐材料")


class Situation(StrEnum):
    """The rule that chose the channel; steps and the message are written per situation."""

    CANCEL_SELF = "cancel_self"
    CS_CANCEL_FAILED = "cs_cancel_failed"
    CS_DELIVERY = "cs_delivery"
    APPEAL_CANCEL_REFUSED = "appeal_cancel_refused"
    CS_NOT_RECEIVED = "cs_not_received"
    CS_GOODWILL = "cs_goodwill"
    CS_OTHER = "cs_other"
    APPEAL_AFTER_CS = "appeal_after_cs"
    APPEAL_COMPLETED = "appeal_completed"
    APPEAL_PENDING = "appeal_pending"
    APPEAL_WON = "appeal_won"
    REFUND_WAITING = "refund_waiting"
    REFUND_CHASE = "refund_chase"
    REFUND_DONE = "refund_done"
    CANCELLED_UNDATED = "cancelled_undated"
    REGULATOR_FILE = "regulator_file"
    REGULATOR_WAITING = "regulator_waiting"
    REGULATOR_MEDIATION = "regulator_mediation"
    MEDIATION_AGREED = "mediation_agreed"
    ASSOCIATION = "association"
    REGULATOR_REFILE = "regulator_refile"
    MEDIATION_ENDED = "mediation_ended"
    BARRED = "barred"
    ALREADY_HANDLED = "already_handled"


@dataclass(frozen=True)
class ChannelChoice:
    """The channel now, the reason in Chinese, the routes after it, and the rule that fired."""

    channel: Channel
    reason: str
    further: tuple[Channel, ...]
    situation: Situation
    # The 12315 three-year bar (办法第十六条(四)) has passed: 12315 is off the ladder.
    barred: bool = False
    # 12315 has accepted or mediated this dispute (办法第十六条(二)): never again.
    handled: bool = False

    @property
    def may_reach_12315(self) -> bool:
        """True when the channel is, or may become, a 12315 complaint."""
        return Channel.REGULATOR_12315 in (self.channel, *self.further)

    @property
    def closed_12315(self) -> bool:
        """12315 is off the ladder: barred, or it has handled this dispute already."""
        return self.barred or self.handled


def rejected_for_missing_materials(event: Event) -> bool:
    """A 12315 refusal whose only reason is missing materials (办法第十六条(五)): recorded as
    `reason: "missing_materials"`, or (no reason given) said so in the note."""
    if event.reason:
        return event.reason == "missing_materials"
    return any(word in event.note for word in _MISSING_MATERIAL_WORDS)


def is_negative(event: Event) -> bool:
    """A result that went against the buyer: outcome negative, or (no outcome) a note that says
    so."""
    if event.outcome is not None:
        return event.outcome is Outcome.NEGATIVE
    return any(word in event.note for word in _NEGATIVE_WORDS)


def cancel_failed(event: Event) -> bool:
    """A self-cancel request the platform refused: outcome negative, or a note saying so."""
    if event.outcome is not None:
        return event.outcome is Outcome.NEGATIVE
    return any(word in event.note for word in _CANCEL_FAILED_WORDS)


_TO_12315 = (_C.REGULATOR_12315, _C.CONSUMER_ASSOCIATION, _C.LITIGATION)
FURTHER: dict[Situation, tuple[Channel, ...]] = {
    Situation.CANCEL_SELF: (_C.CUSTOMER_SERVICE,),
    Situation.CS_CANCEL_FAILED: (_C.PLATFORM_APPEAL, *_TO_12315),
    Situation.CS_DELIVERY: (_C.PLATFORM_APPEAL, *_TO_12315),
    Situation.APPEAL_CANCEL_REFUSED: _TO_12315,
    Situation.CS_NOT_RECEIVED: (_C.PLATFORM_APPEAL, *_TO_12315),
    Situation.CS_GOODWILL: (),
    Situation.CS_OTHER: (_C.PLATFORM_APPEAL, *_TO_12315),
    Situation.APPEAL_AFTER_CS: _TO_12315,
    Situation.APPEAL_COMPLETED: _TO_12315,
    Situation.APPEAL_PENDING: _TO_12315,
    Situation.APPEAL_WON: _TO_12315,
    Situation.REFUND_WAITING: _TO_12315,
    Situation.REFUND_CHASE: _TO_12315,
    Situation.REFUND_DONE: (),
    Situation.CANCELLED_UNDATED: _TO_12315,
    Situation.REGULATOR_FILE: _TO_12315[1:],
    Situation.REGULATOR_WAITING: _TO_12315[1:],
    Situation.REGULATOR_MEDIATION: _TO_12315[1:],
    Situation.MEDIATION_AGREED: _TO_12315[1:],
    Situation.ASSOCIATION: (_C.LITIGATION,),
    Situation.REGULATOR_REFILE: _TO_12315[1:],
    Situation.MEDIATION_ENDED: (_C.LITIGATION,),
    Situation.BARRED: (_C.LITIGATION,),
    Situation.ALREADY_HANDLED: (_C.LITIGATION,),
}
