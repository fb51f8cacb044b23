"""`disputekit bill` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from disputekit.domain.case.document.case_json import loads_case
from tests.support import bill_samples as samples
from tests.support.reader_stops import first_line_then_stop

ROWS = samples.sample_rows(4)


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "bill", *args]
    return subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", timeout=120, stdin=subprocess.DEVNULL
    )


@pytest.fixture
def bill_zip(tmp_path: Path) -> Path:
    path = tmp_path / "微信支付账单流水文件.zip"
    path.write_bytes(samples.zipped("微信支付账单.xlsx", samples.wechat_xlsx(ROWS), "135790"))
    return path


def test_json_listing(tmp_path: Path, bill_zip: Path) -> None:
    done = run(tmp_path / "d", str(bill_zip), "--password", "135790", "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["source"] == "wechat_pay"
    assert doc["file"] == "微信支付账单.xlsx"
    assert len(doc["sha256"]) == 64
    assert len(doc["rows"]) == 4
    assert doc["rows"][1] == {
        "time": "2026-11-20T09:27:59+08:00",
        "counterparty": "速达数码充值",
        "item": "王者荣耀 点券 60元",
        "method": "余额宝",
        "status": "支付成功",
        "direction": "expense",
        "amount": "80.19",
        "transaction_no": "2026112022001000000000000001",
        "merchant_order_no": "KM20261120000001",
    }


def test_text_listing_and_resaved_note(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(samples.alipay_csv(ROWS, encoding="utf-8-sig"))
    done = run(tmp_path / "d", str(path))
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith("支付宝账单 a.csv：4 行，SHA-256 ")
    assert "    2  2026-11-20 09:27:59  支出       80.19  速达数码充值" in done.stdout
    assert "注意：a.csv 已不是原始导出文件：编码为 UTF-8，支付宝导出为 GBK" in done.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`disputekit bill year.csv | head -1`: the rest of the listing has nowhere to go."""
    path = tmp_path / "a.csv"
    path.write_bytes(samples.alipay_csv(samples.sample_rows(3000)))  # far past a pipe's buffer
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(tmp_path / "d"), "bill", str(path)]
    first, errors, code = first_line_then_stop(cmd)
    assert first.startswith("支付宝账单 a.csv")
    assert errors == ""
    assert code == 141


def test_wrong_password_and_not_a_bill(tmp_path: Path, bill_zip: Path) -> None:
    done = run(tmp_path / "d", str(bill_zip), "--password", "111111")
    assert done.returncode == 1
    assert "压缩包「微信支付账单流水文件.zip」的密码不对" in done.stderr
    assert "Traceback" not in done.stderr
    done = run(tmp_path / "d", str(bill_zip))
    assert done.returncode == 1
    assert "压缩包「微信支付账单流水文件.zip」有密码" in done.stderr
    assert "在命令行用 --password 给出" in done.stderr
    other = tmp_path / "x.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    done = run(tmp_path / "d", str(other))
    assert done.returncode == 1 and "「x.csv」不是支付宝或微信支付账单" in done.stderr


def test_new_then_attach_then_no_match(tmp_path: Path, bill_zip: Path) -> None:
    data = tmp_path / "d"
    done = run(data, str(bill_zip), "--password", "135790", "--new", "--row", "3", "--json")
    assert done.returncode == 0, done.stderr
    (created,) = json.loads(done.stdout)
    assert created["created"] is True and created["rows"] == [3]
    case_id = str(created["case_id"])

    csv_path = tmp_path / "alipay.csv"
    csv_path.write_bytes(samples.alipay_csv(ROWS))
    done = run(data, str(csv_path), "--case", case_id)
    assert done.returncode == 0, done.stderr
    assert "按商户单号（即订单号）找到第 3 行" in done.stdout
    assert "未填写任何字段：案件已有付款信息" in done.stdout

    shown = subprocess.run(
        [sys.executable, "-m", "disputekit", "--data-dir", str(data), "show", case_id, "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=True,
    )
    case = loads_case(shown.stdout)
    assert case.order.order_no == "KM20261120000002"
    assert case.order.amount_paid == ROWS[2].amount
    assert [e.source for e in case.evidence] == ["official_export", "official_export"]

    other = tmp_path / "other.csv"
    other.write_bytes(samples.alipay_csv(samples.sample_rows(2, start=ROWS[3].time)))
    done = run(data, str(other), "--case", case_id)
    assert done.returncode == 1
    assert f"中没有一行符合案件 {case_id} 的订单（订单号 KM20261120000002，" in done.stderr
    assert "未保存任何内容。最接近的几行（用 --row N 选定其一）：" in done.stderr
    assert "    1  2026-11-20 07:53:57" in done.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--row", "1"], "--row needs --case CASE_ID or --new"),
        (["--new"], "--new needs --row N"),
        (["--case", "1", "--new", "--row", "1"], "not allowed with argument"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], words: str) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(samples.alipay_csv(ROWS))
    done = run(tmp_path / "d", str(path), *args)
    assert done.returncode == 2
    assert words in done.stderr


def test_unknown_case(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(samples.alipay_csv(ROWS))
    done = run(tmp_path / "d", str(path), "--case", "42")
    assert done.returncode == 1
    assert "42" in done.stderr and "Traceback" not in done.stderr


def test_a_contradicting_amount_is_reported(tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = tmp_path / "a.csv"
    path.write_bytes(samples.alipay_csv(ROWS))
    done = run(data, str(path), "--new", "--row", "2")
    assert done.returncode == 0
    other = tmp_path / "b.csv"
    text = samples.alipay_csv(ROWS).decode("gbk").replace(",80.19,", ",81.00,")
    other.write_bytes(text.encode("gbk"))
    done = run(data, str(other), "--case", "1", "--json")
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    assert result["differs"] == [{"field": "amount_paid", "case": "80.19", "bill": "81.00"}]
    assert result["filled"] == []
