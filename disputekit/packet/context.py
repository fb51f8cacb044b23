"""What every section of a packet is built from: the case, the kind, the day, the exhibits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.images.exhibits import Exhibit
from disputekit.packet.kinds.narrative import facts_context

TITLES = {
    PacketKind.APPEAL: "平台申诉材料",
    PacketKind.COMPLAINT_12315: "12315投诉材料",
    PacketKind.CONSUMER_ASSOCIATION: "消费者投诉调解申请书",
    PacketKind.CIVIL_COMPLAINT: "民事起诉状",
}


@dataclass
class PacketContext:
    """What every section needs: the case, the packet kind, the day and the exhibits."""

    case: Case
    kind: PacketKind
    today: date
    exhibits: list[Exhibit]
    overdue: list[Any] = field(default_factory=list)  # advice Deadline objects already passed
    stamps: list[Any] = field(default_factory=list)  # packet.stamps.PacketStamp, trusted timestamps

    @property
    def numbers(self) -> dict[str, int]:
        """Evidence id → exhibit number."""
        return {ex.item.id: ex.number for ex in self.exhibits}

    @property
    def is_12315(self) -> bool:
        """True for the 12315 complaint packet."""
        return self.kind is PacketKind.COMPLAINT_12315

    def template_context(self) -> dict[str, Any]:
        """The values the Jinja2 templates see."""
        return facts_context(self.case, self.today, self.kind, self.numbers)
