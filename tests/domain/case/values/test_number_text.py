"""What is typed into number fields: full-width forms folded, ambiguous amounts refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from disputekit.domain.case.values.number_text import (
    AMBIGUOUS_COMMA,
    NOT_A_NUMBER,
    TOO_LARGE,
    TOO_MANY_DECIMALS,
    money_problem,
    normalize_number_text,
    parse_typed_money,
)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("４９．５０", "49.50"),
        ("49。5", "49.5"),
        ("１，２３４", "1,234"),
        ("￥98", "¥98"),
        ("12", "12"),
    ],
)
def test_full_width_forms_become_ascii(typed, plain):
    assert normalize_number_text(typed) == plain


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("49,2", AMBIGUOUS_COMMA),
        ("1,23", AMBIGUOUS_COMMA),
        ("12,34.5", AMBIGUOUS_COMMA),
        ("abc", NOT_A_NUMBER),
        ("-5", NOT_A_NUMBER),
        (".", NOT_A_NUMBER),
        ("12.345", TOO_MANY_DECIMALS),
        ("100000001", TOO_LARGE),
        ("", None),
        ("1,234.50", None),
        ("¥98.5", None),
        ("98元", None),
        ("49.", None),
    ],
)
def test_money_problems(text, problem):
    assert money_problem(text) == problem


def test_parse_typed_money():
    assert parse_typed_money("４９．５") == Decimal("49.50")
    assert parse_typed_money("1,234.5") == Decimal("1234.50")
    assert parse_typed_money("49,2") is None
    assert parse_typed_money("") is None
