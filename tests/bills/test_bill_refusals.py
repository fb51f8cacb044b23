"""Bills a user may hand in that used to end in a traceback, and signed or exponent amounts."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import pyzipper

from disputekit.bills.model import BillError
from disputekit.bills.read import read_bill_bytes
from disputekit.messages import render
from tests.support import bill_samples as samples

ROWS = samples.sample_rows(3)


def _csv(old: str, new: str) -> bytes:
    text = samples.alipay_csv(ROWS, encoding="utf-8-sig").decode("utf-8-sig")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8-sig")


def _refused(data: bytes, name: str, password: str | None = None) -> BillError:
    with pytest.raises(BillError) as caught:
        read_bill_bytes(data, name, password)
    return caught.value


def test_a_cell_over_the_csv_limit(tmp_path):
    error = _refused(_csv(ROWS[0].item, "王" * 140_000), "big.csv")
    assert render(error.text, "zh_CN") == (
        "「big.csv」无法按 CSV 读取：有一格超过 131,072 个字符，不是支付应用导出的账单；请重新导出"
    )


@pytest.mark.parametrize("amount", ["9" * 30 + ".00", "¥1e9", "1E+2", "NaN", "١٢.٥٠"])
def test_amounts_no_export_writes_are_refused(amount):
    error = _refused(_csv(f",{ROWS[0].amount},", f",{amount},"), "edited.csv")
    assert error.code == "bad_row"
    assert f"金额「{amount}」无法识别" in render(error.text, "zh_CN")


def test_a_minus_sign_is_kept_and_flags_the_file():
    bill = read_bill_bytes(_csv(f",{ROWS[0].amount},", ",¥-49.20,"), "signed.csv")
    assert bill.rows[0].amount == Decimal("-49.20")
    assert [r.amount for r in bill.rows[1:]] == [r.amount for r in ROWS[1:]]
    reasons = [render(r, "zh_CN") for r in bill.resaved]
    assert "第 1 行的金额带负号，官方导出的金额不带符号（收/支列表示方向）" in reasons


def test_corrupt_deflate_data():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bill.csv", samples.alipay_csv(ROWS))
    data = bytearray(buf.getvalue())
    start = 30 + len("bill.csv") + 5
    data[start : start + 40] = bytes(b ^ 0x5A for b in data[start : start + 40])
    error = _refused(bytes(data), "corrupt.zip")
    assert error.code == "unreadable"
    assert render(error.text, "zh_CN").startswith("压缩包「corrupt.zip」已损坏或无法打开")


@pytest.mark.skipif(shutil.which("zip") is None, reason="Info-ZIP's zip writes ZipCrypto here")
def _zipcrypto_bill(tmp_path: Path, rows: int) -> bytes:
    bill = tmp_path / "bill.csv"
    bill.write_bytes(samples.alipay_csv(samples.sample_rows(rows)))
    archive = tmp_path / "bill.zip"
    archive.unlink(missing_ok=True)
    subprocess.run(["zip", "-q", "-j", "-P", "135790", str(archive), str(bill)], check=True)
    return archive.read_bytes()


def _how_it_fails(data: bytes, password: str) -> str | None:
    """How pyzipper fails on `password`: None when the check byte refuses it, else the
    error's class (the noise it decrypts to fails to inflate, or inflates to a bad CRC)."""
    with pyzipper.AESZipFile(io.BytesIO(data)) as zf:
        zf.setpassword(password.encode())
        try:
            zf.read("bill.csv")
        except RuntimeError:
            return None
        except Exception as exc:
            return type(exc).__name__
    return "read"


def test_a_zipcrypto_password_that_passes_the_one_byte_check(tmp_path):
    # About one wrong password in 256 passes ZipCrypto's check byte; how each then fails
    # depends on the bill's bytes (zip's salt is seeded by the clock, so archives made in the
    # same second share it): bills of other lengths are zipped until both ways are met.
    found: dict[str, tuple[bytes, str]] = {}
    for rows in range(30, 230):
        data = _zipcrypto_bill(tmp_path, rows)
        for n in range(1000):
            how = _how_it_fails(data, f"{n:06d}")
            if how is not None:
                found.setdefault(how, (data, f"{n:06d}"))
        if {"error", "BadZipFile"} <= set(found):
            break
    assert {"error", "BadZipFile"} <= set(found), found.keys()
    for how, (data, wrong) in found.items():
        assert _refused(data, "bill.zip", wrong).code == "wrong_password", how
    assert read_bill_bytes(data, "bill.zip", "135790").rows


def test_a_case_is_not_made_from_a_signed_row(tmp_path: Path):
    from disputekit.app.evidence.bill_import import import_bill
    from disputekit.store import Store

    bill = read_bill_bytes(_csv(f",{ROWS[0].amount},", ",-49.20,"), "signed.csv")
    with Store.open(tmp_path / "data") as store:
        with pytest.raises(BillError) as caught:
            import_bill(store, bill, None, [1])
        assert render(caught.value.text, "zh_CN").startswith("「signed.csv」第 1 行的金额带负号")
        assert store.cases.ids() == []


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_a_chinese_member_name_without_the_utf8_flag(encoding):
    """As Chinese Windows (GBK) or Info-ZIP on Linux (UTF-8) write it: no UTF-8 flag."""
    name = "支付宝交易明细.csv"
    raw = name.encode(encoding)
    placeholder = "x" * (len(raw) - 4) + ".csv"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(placeholder, samples.alipay_csv(ROWS))
    data = buf.getvalue().replace(placeholder.encode("ascii"), raw)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert not zf.infolist()[0].flag_bits & 0x800
        assert zf.namelist() != [name]  # what Python alone shows: CP437 mojibake
    bill = read_bill_bytes(data, "账单.zip")
    assert bill.file_name == name
    assert len(bill.rows) == len(ROWS)
