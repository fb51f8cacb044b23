"""Evidence attached but not logged: a chat screenshot of a refusal, or a refund record, with no
event in the timeline to match. The advice reads events, not pictures, so it asks the buyer to
log what the file shows rather than silently staying a stage behind."""

from __future__ import annotations

from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, Outcome
from disputekit.messages import Msg, msg

# Words of a caption or "proves" note that say the chat shows a refusal.
REFUSAL_WORDS = ("拒绝", "驳回", "不予", "不支持", "不同意", "不能退", "无法退", "refus", "declin")


def unlogged_prompts(case: Case) -> list[Msg]:
    """One prompt per attached file whose fact the timeline lacks, in evidence order."""
    refused = any(
        e.kind is EventKind.CS_REFUSED or e.outcome is Outcome.NEGATIVE
        for e in case.events_of(EventKind.CS_REFUSED, EventKind.CS_REPLIED)
    )
    refunded = bool(case.events_of(EventKind.REFUND_RECEIVED))
    out = []
    for item in case.evidence:
        text = f"{item.caption} {item.proves}".lower()
        says_refused = any(word in text for word in REFUSAL_WORDS)
        if item.kind is EvidenceKind.CHAT_LOG and not refused and says_refused:
            out.append(msg("step.log_refusal", item=_name(item), event=EventKind.CS_REFUSED))
        if item.kind is EvidenceKind.REFUND_RECORD and not refunded:
            out.append(msg("step.log_refund", item=_name(item), event=EventKind.REFUND_RECEIVED))
    return out


def _name(item: EvidenceItem) -> str:
    return f"{item.id}（{item.caption}）" if item.caption else item.id
