"""`groups`, `consent` and `group-report` as a user runs them: real subprocesses, a real
store, the PDF, CSV and XLSX parsed back; a non-consenting buyer is never named."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from disputekit.store import Store
from tests.support.seller_samples import seller_case

FORMULA_SHOP = '=HYPERLINK("http://x.example","点我")'


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def pdf_text(pdf: Path) -> str:
    """The PDF's text without the running header and page numbers, lines joined."""
    lines = [
        line
        for page in PdfReader(pdf).pages
        for line in page.extract_text().splitlines()
        if not re.fullmatch(r"第 \d+ 页 / 共 \d+ 页|同一经营者多名消费者投诉情况汇总", line.strip())
    ]
    return "".join(lines)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Three buyers of one formula-named shop (one consenting, one without a phone, two
    sharing an address), and one case with no seller details."""
    folder = tmp_path / "data"
    store = Store.open(folder)
    try:
        shop = {"shop": FORMULA_SHOP, "credit_code": "91330106ma2xxxxx7q"}
        store.cases.create(
            seller_case(1, name="赵敏", phone="13911112222", address="杭州市文三路1号", **shop)
        )
        store.cases.create(
            seller_case(2, name="钱多多", phone="13933334444", address="杭州市文三路1号",
                        consent=True, amount="0.10", **shop)
        )  # fmt: skip
        store.cases.create(seller_case(3, name="孙小美", phone="", amount="0.20", **shop))
        store.cases.create(seller_case(4, platform="", name="李四"))
    finally:
        store.close()
    return folder


def test_groups_json_lists_keys_cases_totals_and_shared_contacts(data: Path) -> None:
    result = run(data, "groups", "--json")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert [(g["key"], g["cases"], g["total"]) for g in groups] == [
        ("credit:91330106MA2XXXXX7Q", [1, 2, 3], "98.80"),
        ("case:4", [4], "98.50"),
    ]
    assert groups[0]["seller"] == FORMULA_SHOP
    assert groups[0]["shared_contacts"] == [{"kind": "address", "cases": [1, 2]}]
    assert "杭州市文三路1号" not in result.stdout


def test_consent_is_set_from_the_command_line(data: Path) -> None:
    assert run(data, "consent", "3", "--yes").returncode == 0
    with Store.open(data) as store:
        assert store.cases.get(3).complainant.share_consent is True
    assert run(data, "consent", "3", "--no").returncode == 0
    with Store.open(data) as store:
        assert store.cases.get(3).complainant.share_consent is False
    refused = run(data, "consent", "99", "--yes")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr


def test_group_report_names_only_consenting_buyers(data: Path, tmp_path: Path) -> None:
    pdf, sheet, book = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.xlsx"
    result = run(data, "group-report", "1", "--out", str(pdf), "--csv", str(sheet),
                 "--xlsx", str(book))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    raw = sheet.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    cells = [c.value for r in load_workbook(book).active.iter_rows() for c in r]
    cell_text = " ".join(str(c) for c in cells if c is not None)
    for secret in ("赵敏", "13911112222", "孙小美", "杭州市文三路1号"):
        assert secret not in text
        assert secret not in raw.decode("utf-8-sig")
        assert secret not in cell_text
    assert "钱多多" in text and "13933334444" in text
    assert "与未同意公开的买家相同" in text  # her address is also 赵敏's
    assert rows[2][2] == "买家2（钱多多）" and rows[1][2] == "买家1"
    assert "98.80" in text and "3 人" in text
    assert "第十二条" in text and "第三十七条（七）" in text and "第七十五条" in text
    assert "买家1、买家2 使用同一通讯地址" in text
    assert "91330106MA2XXXXX7Q" in text
    # XLSX numbers are numbers
    ws = load_workbook(book).active
    assert ws.cell(2, 8).value == pytest.approx(98.5) and isinstance(
        ws.cell(2, 8).value, float | int | Decimal
    )
    assert ws.cell(2, 13).value == 0 and isinstance(ws.cell(2, 13).value, int)
    assert ws.cell(2, 2).value == 1


def test_a_formula_is_neutralised_in_csv_and_xlsx(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        case = seller_case(1, shop=FORMULA_SHOP, name="=cmd|' /C calc'!A0", consent=True)
        case.order.order_no = "=1+1"
        case.order.transaction_no = "\t@SUM(A1)"
        store.cases.create(case)
    sheet, book = tmp_path / "r.csv", tmp_path / "r.xlsx"
    result = run(folder, "group-report", "1", "--out", str(tmp_path / "r.pdf"),
                 "--csv", str(sheet), "--xlsx", str(book))  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(sheet.read_text("utf-8-sig"))))
    assert rows[1][2] == "买家1（=cmd|' /C calc'!A0）"  # starts with 买, already safe
    assert rows[1][5] == "'=1+1" and rows[1][9] == "'\t@SUM(A1)"
    ws = load_workbook(book).active
    assert all(
        not str(c.value).startswith(("=", "+", "-", "@", "\t", "\r"))
        for r in ws.iter_rows() for c in r if isinstance(c.value, str)
    )  # fmt: skip


def test_report_refuses_a_path_inside_the_data_folder(data: Path) -> None:
    result = run(data, "group-report", "1", "--out", str(data / "r.pdf"))
    assert result.returncode == 1
    assert "数据文件夹" in result.stderr and "Traceback" not in result.stderr
    assert not (data / "r.pdf").exists()


def _with_file(case, stored_sha: str, evidence_id: str = "E1"):
    from disputekit.domain.case.model import EvidenceItem
    from disputekit.domain.case.vocabulary import EvidenceKind

    case.evidence.append(
        EvidenceItem(id=evidence_id, kind=EvidenceKind.PAYMENT_RECORD, file="pay.png",
                     sha256=stored_sha)
    )  # fmt: skip
    return case


def test_the_same_file_in_two_buyers_cases_is_named_by_advise_and_the_precheck(
    tmp_path: Path, png
) -> None:
    from datetime import date

    from disputekit.app.case_loading import load_case
    from disputekit.app.packets.precheck import precheck
    from disputekit.domain.case.vocabulary import PacketKind

    folder = tmp_path / "data"
    with Store.open(folder) as store:
        sha = store.vault.add_bytes(png((10, 20, 30)), "pay.png").sha256
        own = store.vault.add_bytes(png((40, 50, 60)), "mine.png").sha256
        first = store.cases.create(_with_file(seller_case(1, name="甲"), sha))
        second = store.cases.create(_with_file(seller_case(2, name="乙"), sha))
        third = store.cases.create(_with_file(seller_case(3, name="丙"), own))
    result = run(folder, "advise", str(second), "--today", "2026-11-10")
    assert result.returncode == 0, result.stderr
    assert f"同一文件也在案件 {first} 中" in result.stdout
    alone = run(folder, "advise", str(third), "--today", "2026-11-10")
    assert "同一文件也在案件" not in alone.stdout
    loaded = load_case(str(first), folder)
    check = precheck(loaded.case, PacketKind.CONSUMER_ASSOCIATION, date(2026, 11, 10), None,
                     loaded.shared_contacts)  # fmt: skip
    assert any(f"同一文件也在案件 {second} 中" in note for note in check.contact_notes)


def test_groups_text_suggest_merge_and_split(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.cases.create(seller_case(1, shop="星辰点卡", phone="13800000000", name="甲"))
        store.cases.create(seller_case(2, shop="星辰点卡店", phone="138-0000-0000", name="乙"))
        store.cases.create(seller_case(3, shop="星辰点卡专区", amount="1.50"))
    text = run(folder, "groups", "--suggest")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == [
        "name:星辰点卡  星辰点卡  2 件  合计 ¥197.00  案件 1、2",
        "    共用手机号码：案件 1、2（办法第十七条（四），请核实）",
        "name:星辰点卡专区  星辰点卡专区  1 件  合计 ¥1.50  案件 3",
        "  可能是同一商家（需确认后合并）："
        "name:星辰点卡「星辰点卡」 与 name:星辰点卡专区「星辰点卡专区」",
    ]
    bad = run(folder, "group-merge", "name:星辰点卡", "name:没有")
    assert bad.returncode == 1 and "没有案件带有商家标识 name:没有" in bad.stderr
    assert run(folder, "group-merge", "name:星辰点卡", "name:星辰点卡专区").returncode == 0
    merged = json.loads(run(folder, "groups", "--json").stdout)
    assert [g["cases"] for g in merged] == [[1, 2, 3]]
    split = run(folder, "group-split", "2")
    assert (split.returncode, split.stdout.strip()) == (0, "案件 2 已单独成组")
    apart = json.loads(run(folder, "groups", "--json").stdout)
    assert sorted(g["cases"] for g in apart) == [[1, 3], [2]]
