"""Per-cell rules of `bills.cells`."""

from __future__ import annotations

from datetime import datetime

import pytest

from disputekit.bills.cells import CHINA, parse_time


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-11-20 10:15:00", datetime(2026, 11, 20, 10, 15, tzinfo=CHINA)),
        (" 2026-11-20 10:15:00\t", datetime(2026, 11, 20, 10, 15, tzinfo=CHINA)),
        ("2026/11/20 10:15", datetime(2026, 11, 20, 10, 15, tzinfo=CHINA)),
        ("2026-11-20 02:15:00+00:00", datetime(2026, 11, 20, 10, 15, tzinfo=CHINA)),
        # A date alone is midnight China time, not "+08:00" read as its hour.
        ("2026-11-20", datetime(2026, 11, 20, tzinfo=CHINA)),
        ("20261120", datetime(2026, 11, 20, tzinfo=CHINA)),
    ],
)
def test_a_time_cell_is_china_time_with_its_offset(cell: str, expected: datetime) -> None:
    got = parse_time(cell)
    assert got == expected
    assert got is not None and got.utcoffset() == expected.utcoffset()


def test_what_is_no_time_reads_as_none() -> None:
    assert parse_time("昨天") is None
    assert parse_time("") is None
