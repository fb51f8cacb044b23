"""The bundled fonts: registered, and every case string checked against their character map."""

from __future__ import annotations

from disputekit.domain.case.model import Case, Complainant, Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.packet.pages.fonts import GlyphProblem, check_case_glyphs, drawable, missing_glyphs


def test_rare_name_characters_are_covered():
    assert missing_glyphs("王镕喆 张堃 李昇 赵珺 ¥98.50（）“”…—") == set()


def test_missing_characters_are_found():
    assert missing_glyphs("张三😀𠀀") == {"😀", "𠀀"}
    assert drawable("张三😀") == "张三[U+1F600]"


def test_case_glyph_report_names_field_and_value():
    from datetime import datetime, timedelta, timezone

    case = Case(
        complainant=Complainant(name="王😀😀"),
        events=[
            Event(
                "ev1",
                datetime(2026, 11, 20, tzinfo=timezone(timedelta(hours=8))),
                EventKind.NOTE,
                note="见𠀀",
            )
        ],
    )
    assert check_case_glyphs(case) == [
        GlyphProblem("complainant.name", "😀", "U+1F600"),
        GlyphProblem("events[0].note", "𠀀", "U+20000"),
    ]
