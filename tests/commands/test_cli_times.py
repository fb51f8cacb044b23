"""Times the command line prints are Asia/Shanghai, whatever offset they were entered with."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from disputekit.app.evidence.bill_import import NoMatchingRow
from disputekit.bills.read import read_bill_bytes
from disputekit.cli import main
from disputekit.commands.bill import _bill_attach, _bill_texts
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.store import Store
from tests.domain.factories import make_case
from tests.support import bill_samples as samples

# 18:05 UTC on the 19th is already 02:05 on the 20th in Shanghai.
LATE_UTC = datetime(2026, 11, 19, 18, 5, tzinfo=UTC)


def test_show_prints_an_event_entered_in_utc_in_shanghai_time(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = Event(id="ev1", at=LATE_UTC, kind=EventKind.CS_CONTACTED, note="问客服")
    with Store.open(data_home) as store:
        case_id = store.cases.create(make_case(events=[event]))
    assert main(["show", str(case_id)]) == 0
    out = capsys.readouterr().out
    assert "  2026-11-20 02:05  " in out
    assert "2026-11-19 18:05" not in out


def test_bill_rows_and_the_order_time_print_in_shanghai_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bill = read_bill_bytes(samples.alipay_csv(samples.sample_rows(1)), "alipay.csv")
    row = bill.rows[0]._replace(time=LATE_UTC)
    assert "  2026-11-20 02:05:00  " in _bill_texts.row_line(row)
    order = replace(make_case().order, ordered_at=LATE_UTC)
    assert _bill_attach._no_match(bill, NoMatchingRow(1, [row], False, order)) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "disputekit: alipay.csv 中没有一行符合案件 1 的订单（订单号 KM2026092900123，"
        "交易单号 -，98.50 元，2026-11-20 02:05）；未保存任何内容。"
    )
    assert "18:05" not in err
