"""An official bill (CSV/XLSX) as an exhibit: its page prints the order's row, read back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import SimpleNamespace

from tests.support import bill_samples as samples


def _with_bill(folder: Path, kit: SimpleNamespace, bill: bytes, name: str, extra: dict) -> None:
    (folder / "evidence" / name).write_bytes(bill)
    case_json = folder / "case.json"
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["evidence"].append(
        {
            "id": "e20",
            "kind": "payment_record",
            "file": f"evidence/{name}",
            "caption": "微信支付账单（用于个人对账）",
            "source": "official_export",
            "original_name": name,
            **extra,
        }
    )
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_bill_exhibit_prints_the_recorded_row(tmp_path: Path, kit: SimpleNamespace) -> None:
    folder = kit.sample_folder(tmp_path / "case", screenshots=1, with_jpeg=False)
    rows = samples.sample_rows(5)
    _with_bill(folder, kit, samples.wechat_xlsx(rows), "微信支付账单.xlsx", {"bill_rows": [4]})
    case = kit.load(folder)
    result = kit.build(case, folder, folder / "p.pdf")
    bill_exhibit = next(ex for ex in result.exhibits if ex.item.id == "e20")
    assert bill_exhibit.bill is not None and [r.number for r in bill_exhibit.bill_rows] == [4]
    text = _text(folder / "p.pdf")
    raw = subprocess.run(
        ["pdftotext", str(folder / "p.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # The 来源 in the 证据目录: a narrow column, so compared without line breaks.
    assert "支付机构官方导出的账单（原始文件）" in "".join(raw.split())
    assert "微信支付账单导出文件 微信支付账单.xlsx，共 5 行交易记录" in text
    assert "2026112022001000000000000003" in text
    assert "KM20261120000003" in text
    assert "238.57" in text
    assert "2026112022001000000000000002" not in text  # only the order's row


def test_bill_exhibit_without_a_matching_row_says_so(tmp_path: Path, kit: SimpleNamespace) -> None:
    folder = kit.sample_folder(tmp_path / "case", screenshots=1, with_jpeg=False)
    rows = samples.sample_rows(3)
    _with_bill(folder, kit, samples.alipay_csv(rows, preamble=False), "alipay.csv", {})
    result = kit.build(kit.load(folder), folder, folder / "p.pdf", kind="appeal")
    assert result.pages >= 2
    text = _text(folder / "p.pdf")
    assert "账单中没有与本订单的订单号、交易单号或金额和时间相符的记录" in text
    assert "注意：此文件已不是支付机构的原始导出文件（缺少账单开头的账户和时间段说明" in text
