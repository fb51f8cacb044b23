"""The column-at-a-time CSV path gives exactly what the row-by-row path gives.

Reference: csv.reader over the lines, then every row through `rows.typed_row` (the path
every row took before, and the one odd rows still take), compared with `parse_csv` on the
same lines.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from disputekit.bills import parse
from disputekit.bills.cells import CHINA
from disputekit.bills.layouts import Columns, find_header
from disputekit.bills.model import BillError, BillRow, Direction
from disputekit.bills.parse import csv_rows, parse_csv
from disputekit.bills.rows import ParsedTable, rest_rows
from tests.support import bill_samples as samples

HEADER = ",".join(samples.ALIPAY_HEADER)
PREAMBLE = ["支付宝交易明细", "导出时间：[2026-11-27 10:00:00]", ""]
FOOTER = ["------------------------------------", "共3笔记录,,"]


def _line(
    time: str = "2026-11-20 10:15:00",
    counterparty: str = "星辰卡盟",
    item: str = "腾讯Q币 100元",
    direction: str = "支出",
    amount: str = "1.00",
    method: str = "余额宝",
    status: str = "交易成功",
    tx: str = "2026112022001000000000000000\t",
    mo: str = "KM20261120000000\t",
) -> str:
    cells = [time, "数码产品", counterparty, "km***@163.com", item, direction, amount, method]
    return ",".join([*cells, status, tx, mo, ""])


def _row_by_row(lines: list[str], name: str = "b.csv") -> ParsedTable:
    table = list(csv.reader(lines))
    found = find_header(table)
    assert found is not None
    layout, h, columns = found
    cols = Columns(layout, columns)
    after = table[h + 1] if h + 1 < len(table) else ()
    parsed = rest_rows(table[h + 1 :], h + 1, [], 0, cols, h, table[h], after, name)
    return replace(parsed, above=lines[:h])


def _outcome(read: Callable[[], ParsedTable]) -> ParsedTable | tuple[str, str, str]:
    try:
        return read()
    except BillError as exc:
        return exc.code, exc.message, exc.message_zh


def _same(lines: list[str]) -> ParsedTable | tuple[str, str, str]:
    expected = _outcome(lambda: _row_by_row(lines))
    got = _outcome(lambda: parse_csv("\n".join(lines), "b.csv"))
    assert got == expected
    return got


def test_a_plain_export_reads_the_same_both_ways() -> None:
    lines = samples.alipay_csv(samples.sample_rows(50)).decode("gbk").splitlines()
    got = _same(lines)
    assert isinstance(got, ParsedTable) and len(got.rows) == 50
    assert got.rows[0] == BillRow(
        1,
        datetime(2026, 11, 20, 10, 15, tzinfo=CHINA),
        "星辰卡盟",
        "腾讯Q币 100元",
        "招商银行储蓄卡(1234)",
        "交易成功",
        Direction.EXPENSE,
        Decimal("1.00"),
        "2026112022001000000000000000",
        "KM20261120000000",
    )
    assert type(got.rows[0]) is BillRow and got.rows[0].amount.as_tuple().exponent == -2


def test_the_plain_rows_of_an_export_do_not_go_through_csv_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = samples.alipay_csv(samples.sample_rows(200)).decode("gbk").splitlines()
    given: list[str] = []
    real = csv.reader

    def reader(source: list[str]):  # type: ignore[no-untyped-def]
        given.extend(source)
        return real(source)

    monkeypatch.setattr(parse.csv, "reader", reader)
    got = parse_csv("\n".join(lines), "b.csv")
    assert len(got.rows) == 200
    assert not any(line.startswith("2026-") for line in given)


ODD_ROWS = {
    "currency sign and thousands": [_line(amount='"¥1,234.50"'), _line(amount=" 2.5 ")],
    "slash as nothing": [_line(method="/", mo="/"), _line()],
    "empty merchant number": [_line(mo=""), _line(mo="\t")],
    "spreadsheet-rounded numbers": [_line(tx="2.02611E+27"), _line(mo="KM 2026 1120")],
    "unknown direction": [_line(direction="不计收支"), _line(direction="收入")],
    "quoted item with a comma": [_line(), _line(item='"点券,60元"'), _line()],
    "quoted item over two lines": [_line(), _line(item='"点券\n60元"'), _line()],
    "blank line between rows": [_line(), "", _line(), ",,,,,,,,,,,"],
    "short row": [_line(), "2026-11-20 10:15:00,数码产品,星辰卡盟,x,物品,支出,3.00", _line()],
    "extra trailing cells": [_line(), _line() + ",,", _line()],
    "blank first cell": [_line(), _line(time=" "), _line()],
    "iso time with T and seconds fraction": [_line(time="2026-11-20T10:15:00.5"), _line()],
    "other time forms": [_line(time="2026/11/20 10:15:00"), _line(time="2026.11.20 10:15:00")],
    "time with its own offset": [_line(time="2026-11-20 02:15:00+00:00"), _line()],
    "offset in a later row": [_line(), _line(time="2026-11-20 02:15:00+00:00")],
    "a date alone": [_line(time="2026-11-20"), _line(time="20261121")],
    "amount with exponent": [_line(amount="1e-3"), _line(amount="12")],
    "signed amounts": [_line(amount="-5.00"), _line(amount="-0"), _line(amount="+3.1")],
    "no rows after a footer line": [_line(), "共2笔记录", _line()],
    "numbers with letters, fullwidth digits, inner tab": [
        _line(tx="T2026ab\t", mo="KM２０２６"),
        _line(tx="2026\t1120", mo=" KM1 "),
    ],
    "yen signs": [_line(amount="¥1.00"), _line(amount="¥2.50")],
    "yen from the second row on": [_line(amount="3.00"), _line(amount="¥2.50")],
    "yen in the middle of an amount": [_line(amount="1¥2.00"), _line()],
    "padded plain amounts": [_line(amount=" 1.00"), _line(amount="2.00\t")],
    "yen with a space, fullwidth yen, no yen": [
        _line(amount="¥ 1.00"),
        _line(amount="￥2.00"),
        _line(amount="3.00"),
    ],
    "one decimal, three decimals in a later row": [_line(amount="2.5"), _line(amount="1.005")],
    "a line with one comma more, then fewer": [_line(), _line() + ",", _line()[:-1], _line()],
}


@pytest.fixture(params=[parse.PIECE_CHARS, 1, 150, 300], ids=lambda n: f"pieces of {n}")
def piece_chars(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """The CSV path types its text a piece at a time; small pieces (a line is about 110
    characters: one line a piece, one or two, two or three) put every odd row on a piece's
    first line, its last, and alone."""
    monkeypatch.setattr(parse, "PIECE_CHARS", request.param)
    return int(request.param)


@pytest.mark.parametrize("rows", ODD_ROWS.values(), ids=ODD_ROWS.keys())
def test_odd_rows_read_the_same_both_ways(rows: list[str], piece_chars: int) -> None:
    lines = [*PREAMBLE, HEADER, *"\n".join(rows).split("\n"), *FOOTER]
    _same(lines)


@pytest.mark.parametrize("at", [0, 1, 2, 3, 599, 600, 601, 1099])
def test_an_odd_row_on_either_side_of_a_piece_boundary(at: int, piece_chars: int) -> None:
    rows = [_line(mo=f"KM{k:08d}\t", amount=f"{k}.00") for k in range(1100)]
    rows[at] = _line(item='"点券,60元"', mo="/")
    lines = [*PREAMBLE, HEADER, *rows, *FOOTER]
    got = _same(lines)
    assert isinstance(got, ParsedTable) and len(got.rows) == 1100
    assert [r.number for r in got.rows] == list(range(1, 1101))
    assert got.rows[at].item == "点券,60元" and got.rows[at].merchant_order_no == ""
    other = at - 1 if at else 1
    assert got.rows[other].merchant_order_no == f"KM{other:08d}"
    assert got.rows[other].amount == Decimal(f"{other}.00")


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n"], ids=["CRLF", "CR", "LF"])
def test_every_line_ending_reads_as_the_lines_of_the_text(ending: str, piece_chars: int) -> None:
    rows = [_line(mo=f"KM{k:08d}\t") for k in range(40)]
    rows[20] = _line(item='"点券,60元"')
    lines = [*PREAMBLE, HEADER, *rows, *FOOTER]
    text = ending.join(lines) + ending
    assert text.splitlines() == lines
    got = parse_csv(text, "b.csv")
    assert got == _row_by_row(lines)
    assert [r.merchant_order_no for r in got.rows][19:22] == [
        "KM00000019",
        "KM20261120000000",
        "KM00000021",
    ]


def test_a_bad_cell_in_a_later_piece_names_its_own_line() -> None:
    rows = [_line() for _ in range(1100)]
    rows[700] = _line(amount="七元")
    lines = [*PREAMBLE, HEADER, *rows]
    with pytest.raises(BillError) as got:
        parse_csv("\n".join(lines), "b.csv")
    assert "第 705 行：金额「七元」" in got.value.message_zh  # 4 lines above the rows


def test_the_fast_rows_carry_what_the_cells_say() -> None:
    lines = [HEADER, _line(amount="¥1234.50", mo="/"), _line(tx="2.02611E+27", direction="收入")]
    got = _same(lines)
    assert isinstance(got, ParsedTable)
    assert [r.amount for r in got.rows] == [Decimal("1234.50"), Decimal("1.00")]
    assert [r.merchant_order_no for r in got.rows] == ["", "KM20261120000000"]
    assert [r.transaction_no for r in got.rows] == ["2026112022001000000000000000", ""]
    assert [r.direction for r in got.rows] == [Direction.EXPENSE, Direction.INCOME]
    assert got.damaged_numbers == 1


BAD = {
    "bad time": ([_line(), _line(), _line(time="昨天")], "第 7 行：交易时间「昨天」"),
    "bad amount": ([_line(), _line(amount="1.234")], "第 6 行：金额「1.234」"),
    "time before amount in one row": (
        [_line(), _line(time="x", amount="y")],
        "第 6 行：交易时间「x」",
    ),
    "earlier bad amount first": (
        [_line(amount="abc"), _line(time="x")],
        "第 5 行：金额「abc」",
    ),
    "infinite amount": ([_line(amount="Infinity")], "第 5 行：金额「Infinity」"),
    "two yen signs": ([_line(amount="¥1.00"), _line(amount="¥¥1.00")], "第 6 行：金额「¥¥1.00」"),
    "after a quoted line": ([_line(item='"a\nb"'), _line(amount="-")], "第 6 行：金额「-」"),
}


@pytest.mark.parametrize(("rows", "says"), BAD.values(), ids=BAD.keys())
def test_bad_cells_are_refused_the_same_way_with_their_line(
    rows: list[str], says: str, piece_chars: int
) -> None:
    lines = [*PREAMBLE, HEADER, *"\n".join(rows).split("\n")]
    with pytest.raises(BillError) as expected:
        _row_by_row(lines)
    with pytest.raises(BillError) as got:
        parse_csv("\n".join(lines), "b.csv")
    assert got.value.code == "bad_row"
    assert str(got.value) == str(expected.value)
    assert got.value.message_zh == expected.value.message_zh
    assert says in got.value.message_zh


def test_csv_rows_is_csv_reader() -> None:
    lines = ["a,b,c", "", " x , y ", 'q,"r,s",t', '"multi', 'line",z', "after,quote", "", "1,2"]
    assert csv_rows(lines) == list(csv.reader(lines))


def test_csv_rows_refuses_an_oversized_field_like_csv_reader() -> None:
    lines = ["a,b", "x" * (csv.field_size_limit() + 1)]
    with pytest.raises(csv.Error):
        list(csv.reader(lines))
    with pytest.raises(csv.Error):
        csv_rows(lines)


def _table_row_by_row(table: list[list[object]]) -> ParsedTable:
    found = find_header(table)
    assert found is not None
    layout, h, columns = found
    after = table[h + 1] if h + 1 < len(table) else ()
    parsed = rest_rows(
        table[h + 1 :], h + 1, [], 0, Columns(layout, columns), h, table[h], after, "b.xlsx"
    )
    return replace(parsed, above=table[:h])


LINE_BREAKS = {
    "in a time": {0: "2026-11-20 10:15:00\n2026-11-20 10:16:00"},
    "in an amount": {6: "1.00\n2.00"},
    "in an amount with yen": {6: "¥1.00\n¥2.00"},
    "in an order number": {9: "2026\n1120\t"},
}


@pytest.mark.parametrize("cells", LINE_BREAKS.values(), ids=LINE_BREAKS.keys())
def test_a_cell_holding_a_line_break_reads_as_on_the_row_path(cells: dict[int, str]) -> None:
    """Workbook cells may hold line breaks, which the column calls join columns with."""
    rows: list[list[object]] = [_line().split(",") for _ in range(3)]
    for i, value in cells.items():
        rows[1][i] = value
    table: list[list[object]] = [[c] for c in PREAMBLE] + [HEADER.split(","), *rows]
    expected = _outcome(lambda: _table_row_by_row(table))
    got = _outcome(lambda: parse.parse_table(table, "b.xlsx"))
    assert got == expected
