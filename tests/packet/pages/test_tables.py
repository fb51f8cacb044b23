"""Table cells break their lines once per width, and the page they make is the same."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Paragraph

from disputekit.packet.pages import tables
from disputekit.packet.pages.styles import CONTENT_WIDTH, styles
from disputekit.packet.render import prepare_reportlab, write_pdf


def _story() -> list:
    s = styles()
    text = "卖家称卡密已发出，但充值时提示“该点卡已被使用”，客服拒绝退款（见证据3）。"
    rows = [
        [Paragraph(f"证据{n}", s.cell), Paragraph(text * (1 + n % 3), s.cell)] for n in range(90)
    ]
    return [tables.grid(rows, [40, CONTENT_WIDTH - 40])]  # about six pages


def _build(path: Path) -> int:
    return write_pdf(path, _story(), header="订单号 KM1", draft=False, title="t")


def test_a_table_over_several_pages_breaks_each_cell_once(tmp_path, monkeypatch):
    prepare_reportlab()
    broken: Counter[int] = Counter()
    original = Paragraph.breakLinesCJK

    def counting(self, widths):
        broken[id(self)] += 1
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLinesCJK", counting)
    assert _build(tmp_path / "t.pdf") >= 4
    assert len(broken) == 180 and set(broken.values()) == {1}


def test_the_pdf_is_byte_for_byte_what_plain_cells_make(tmp_path, monkeypatch):
    prepare_reportlab()
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    _build(tmp_path / "once.pdf")
    monkeypatch.setattr(tables, "_measured_once", lambda cell: cell)
    _build(tmp_path / "plain.pdf")
    assert (tmp_path / "once.pdf").read_bytes() == (tmp_path / "plain.pdf").read_bytes()
