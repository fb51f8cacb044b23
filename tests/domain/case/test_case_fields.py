"""The case's text fields come from the model: a field added in one place is checked and kept."""

from __future__ import annotations

import dataclasses

from disputekit.domain.case.case_fields import text_fields
from disputekit.domain.case.document.case_codec import encode
from disputekit.domain.case.document.case_dump import dumps_case
from disputekit.domain.case.document.case_json import loads_case
from disputekit.domain.case.drafts import is_empty_draft
from disputekit.domain.case.model import Case, Complainant, Event, EvidenceItem
from disputekit.domain.case.vocabulary import EventKind
from disputekit.packet.pages.fonts import check_case_glyphs
from tests.domain.factories import at, make_case

RARE = "\U00020000"  # CJK Extension B: outside the packet font


def test_every_text_field_of_every_part_is_walked_with_its_json_path():
    case = make_case()
    case.events = [Event(id="ev1", at=at(2026, 11, 20, 10), kind=EventKind.NOTE, note="说明")]
    case.evidence = [EvidenceItem(id="e1", caption="截图", sha256="a" * 64)]
    paths = dict(text_fields(case))
    assert paths["events[0].note"] == "说明"
    assert paths["evidence[0].caption"] == "截图"
    assert "order.target_account.game" in paths and "complainant.email" in paths
    # identifiers, codes and hashes are not words a person reads
    assert not {"events[0].id", "evidence[0].id", "evidence[0].sha256"} & paths.keys()
    assert "filed_by.relation" not in dict(text_fields(make_case(filed_by=True)))


def test_a_field_added_to_the_model_is_glyph_checked_and_round_trips():
    @dataclasses.dataclass
    class ComplainantWithNickname(Complainant):  # a field added in one place: the model
        nickname: str = ""

    case = make_case()
    case.complainant = ComplainantWithNickname(name="张三", nickname=f"小{RARE}")
    assert ("complainant.nickname", f"小{RARE}") in list(text_fields(case))
    problems = check_case_glyphs(case)
    assert [(p.field_path, p.char) for p in problems] == [("complainant.nickname", RARE)]
    # Written and read back by the codec the model drives: the new key survives the trip.
    again = loads_case(dumps_case(case))
    assert encode(again.complainant)["nickname"] == f"小{RARE}"


def test_text_typed_anywhere_keeps_a_draft():
    draft = Case()
    assert is_empty_draft(draft)
    draft.order.target_account.server = "二区"
    assert not is_empty_draft(draft)
