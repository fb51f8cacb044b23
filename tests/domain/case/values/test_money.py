"""Money parsing: exact Decimals, and no silently different number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from disputekit.domain.case.values.money import MoneyError, format_money, format_yuan, parse_money
from disputekit.messages import render


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("98.50", "98.50"),
        ("98.5", "98.50"),
        ("1,234.50", "1234.50"),
        ("12,345,678", "12345678.00"),
        ("¥98.50", "98.50"),
        ("￥ 49.2", "49.20"),
        (".5", "0.50"),
        (7, "7.00"),
    ],
)
def test_amounts_people_write(text, amount):
    assert parse_money(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["1,5", "1,2,3,4", "12,34.50", "4_9.20", "1 000", "98.50元"])
def test_commas_underscores_and_words_never_change_the_number(text):
    # Dropping every comma read a decimal comma "1,5" as fifteen yuan.
    with pytest.raises(MoneyError, match="不是数字") as info:
        parse_money(text)
    assert info.value.text.code == "money.not_number"
    assert "is not a number" in render(info.value.text, "en")


def test_floats_are_refused_and_output_has_two_decimals():
    with pytest.raises(MoneyError) as info:
        parse_money(98.5)
    assert str(info.value) == '98.5 是浮点数；请把金额写成文本（如 "98.50"）'
    assert render(info.value.text, "en") == (
        "98.5 is a floating-point number; write the amount as a string"
    )
    assert format_money(Decimal("98.5")) == "98.50"
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
