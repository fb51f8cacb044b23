"""Chinese line breaking: no line starts with closing punctuation, nothing lost or reordered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disputekit.packet.pages import kinsoku
from disputekit.packet.pages.kinsoku import CLOSING_PUNCTUATION, break_lines

TEXT = st.text(
    alphabet=st.sampled_from(
        list("王镕喆付款到账客服订单") + list("，。）”…—、；？！（“") + list("KM2026 ./:")
    ),
    min_size=1,
    max_size=300,
)


@given(TEXT, st.integers(min_value=3, max_value=40))
@settings(max_examples=300, deadline=None)
def test_no_line_starts_with_closing_punctuation(text, per_line):
    if text[0] in CLOSING_PUNCTUATION:
        text = "字" + text  # a paragraph may start with anything; later lines may not
    lines = break_lines(text, [10.0] * len(text), [10.0 * per_line])
    joined = "".join(text[s:e] for s, e, _ in lines)
    assert joined.replace(" ", "") == text.replace(" ", "")  # every character, in order
    for s, _e, _ in lines[1:]:
        assert text[s] not in CLOSING_PUNCTUATION, (text, [text[a:b] for a, b, _ in lines])
    for s, e, _ in lines:
        assert e > s


def test_runs_of_closing_marks_carry_the_previous_character_down():
    text = "甲乙丙丁（见证据2）。戊"
    lines = [text[s:e] for s, e, _ in break_lines(text, [10.0] * len(text), [90.0])]
    assert lines == ["甲乙丙丁（见证据", "2）。戊"]


def test_a_number_that_fits_on_the_next_line_is_not_cut():
    text = "付款方式为支付宝，交易号2026112022001412345678901234。"
    lines = [text[s:e] for s, e, _ in break_lines(text, [10.0] * len(text), [300.0])]
    assert lines[1].startswith("2026112022001412345678901234")


def test_install_is_idempotent_and_patches_both_modules():
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    kinsoku.install()
    first = textsplit.ALL_CANNOT_START
    kinsoku.install()
    assert textsplit.ALL_CANNOT_START == first == paragraph.ALL_CANNOT_START
    assert all(c in first for c in "，；：？！》〉”’…—·")
    assert paragraph.cjkFragSplit is kinsoku._frag_split
    assert paragraph.wordSplit is kinsoku._word_split
