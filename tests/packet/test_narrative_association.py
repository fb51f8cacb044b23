"""A consumer association's mediation, logged in the timeline, is told in the packet's facts
in plain words, like the 12315 mediation."""

from __future__ import annotations

from datetime import date

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.kinds.narrative import event_text, facts_context, render_paragraphs
from tests.domain.factories import at, ev, make_case


def test_the_association_s_mediation_is_stated_in_the_facts():
    case = make_case(
        ordered_at=at(2026, 7, 20),
        events=[
            ev("association_requested", at(2026, 8, 25)),
            ev("association_result", at(2026, 9, 20), outcome="negative"),
        ],
    )
    assert event_text(case.events[1]) == "消协调解结果：未达成调解协议"
    context = facts_context(case, date(2026, 10, 12), PacketKind.CIVIL_COMPLAINT, {})
    text = "".join(render_paragraphs("facts.j2", context))
    assert "请求消协调解" in text and "消协调解结果：未达成调解协议" in text
