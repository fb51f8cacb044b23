"""The group report from the store: a thousand buyers, a case without seller details, and the
output path checks; PDF and CSV read back."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from disputekit.app.groups.group_report import OutputRefused, make_group_report
from disputekit.store import Store
from tests.support.seller_samples import seller_case


def test_a_group_of_a_thousand_buyers_is_reported_whole(store: Store, tmp_path: Path) -> None:
    store.cases.create_many(
        seller_case(n, shop="星辰点卡", name=f"买家姓名{n}", phone=f"139{n:08d}", amount="0.01")
        for n in range(1, 1001)
    )
    result = make_group_report(store, 500, tmp_path / "r.pdf", csv=tmp_path / "r.csv")
    assert result.report.total == Decimal("10.00")
    assert len(result.report.rows) == 1000
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text("utf-8-sig"))))
    assert len(rows) == 1 + 1000 + 1 and rows[-1][7] == "10.00"
    assert [r[2] for r in rows[1:4]] == ["买家1", "买家2", "买家3"]
    reader = PdfReader(tmp_path / "r.pdf")
    assert len(reader.pages) > 20
    text = "".join(p.extract_text() for p in reader.pages)
    assert "买家1000" in text and "买家姓名" not in text and "13900000001" not in text


def test_a_case_without_seller_details_is_reported_alone(store: Store, tmp_path: Path) -> None:
    lone = store.cases.create(seller_case(1, platform="", name="甲"))
    result = make_group_report(store, lone, tmp_path / "r.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert result.group.case_ids == (lone,)
    assert "经营者名称" in text and "未填写" in text
    assert "尚不足十人" in text


def test_outputs_are_refused_inside_the_data_folder_or_on_a_device(
    store: Store, tmp_path: Path
) -> None:
    cid = store.cases.create(seller_case(1, shop="星辰"))
    with pytest.raises(OutputRefused):
        make_group_report(store, cid, store.data_dir / "r.pdf")
    with pytest.raises(OutputRefused):
        make_group_report(store, cid, tmp_path / "r.pdf", csv=Path("/dev/null"))
    with pytest.raises(OutputRefused):
        make_group_report(store, cid, tmp_path / "no" / "such" / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
