"""The cover says which order facts were read off which exhibit, and only while they hold."""

from __future__ import annotations

import re
import subprocess

from disputekit.domain.case.field_sources import record_source
from disputekit.domain.case.parts import FieldSource


def cover_text(path) -> str:
    text = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(path), "-"],  # page 1: the buyer's note
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return re.sub(r"\s+", "", text)


def test_cover_names_the_exhibit_fields_were_read_from(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "case", screenshots=2, with_jpeg=True)
    case = kit.load(folder)
    o = case.order
    record_source(case, "order.order_no", FieldSource("e9", (10, 20, 300, 40), value=o.order_no))
    amount = f"{o.amount_paid:.2f}"
    record_source(case, "order.amount_paid", FieldSource("e9", (10, 90, 200, 40), value=amount))
    # A stale record: the time was edited after it was confirmed, so it is not named.
    record_source(
        case, "order.ordered_at", FieldSource("e9", (10, 160, 300, 40), value="2020-01-01")
    )
    result = kit.build(case, folder, tmp_path / "p.pdf")
    number = next(x.number for x in result.exhibits if x.item.id == "e9")
    text = cover_text(tmp_path / "p.pdf")
    match = re.search(
        r"订单号、实付金额读自证据(\d+)截图中标出的位置，经投诉人逐项核对确认。", text
    )
    assert match, text
    assert int(match.group(1)) == number
    assert "下单时间读自" not in text

    plain = kit.load(folder)
    kit.build(plain, folder, tmp_path / "plain.pdf")
    assert "读自证据" not in cover_text(tmp_path / "plain.pdf")
