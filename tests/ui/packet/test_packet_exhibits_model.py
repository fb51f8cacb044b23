"""The 材料 tab's exhibit list starts from the case: a key frame the user left unticked in the
frames dialog (`in_packet` false) starts unticked here."""

from __future__ import annotations

from disputekit.domain.case.model import EvidenceItem
from disputekit.ui.packet.packet_exhibits_model import PacketExhibitsModel


def test_items_left_out_of_packets_start_unticked(qapp) -> None:
    model = PacketExhibitsModel()
    items = [
        EvidenceItem("e1"),
        EvidenceItem("e2", derived_from="e1", at_seconds=0.0),
        EvidenceItem("e3", derived_from="e1", at_seconds=1.5, in_packet=False),
    ]
    model.set_items(items)
    assert model.order() == ["e1", "e2"]
