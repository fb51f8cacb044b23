"""Reading bill files in every variant a buyer may hand us, and refusing what is not a bill."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from disputekit.bills.model import Bill, BillError, BillSource, Direction
from disputekit.bills.read import bill_format, read_bill, read_bill_bytes
from disputekit.messages import render
from tests.support import bill_samples as samples

ROWS = samples.sample_rows(4)
EXPECTED_FIRST = {
    "time": "2026-11-20T10:15:00+08:00",
    "counterparty": "星辰卡盟",
    "item": "腾讯Q币 100元",
    "method": "招商银行储蓄卡(1234)",
    "direction": "expense",
    "amount": "1.00",
    "transaction_no": "2026112022001000000000000000",
    "merchant_order_no": "KM20261120000000",
}


def _first(bill_rows: list) -> dict:
    doc = bill_rows[0].to_json()
    doc.pop("status")
    return doc


def _english(bill: Bill) -> list[str]:
    """Why the file was re-saved, as the English window and `bill --json` say it."""
    return [render(reason, "en") for reason in bill.resaved]


def test_alipay_gbk_with_preamble_is_the_original(tmp_path: Path) -> None:
    data = samples.alipay_csv(ROWS)
    assert data.startswith(b"-") and "支付宝".encode("gbk") in data
    path = tmp_path / "alipay_record_20261127.csv"
    path.write_bytes(data)
    bill = read_bill(path)
    assert bill.source is BillSource.ALIPAY
    assert bill.format == "CSV"
    assert bill.sha256 == hashlib.sha256(data).hexdigest()
    assert bill.resaved == []
    assert len(bill.rows) == 4
    assert _first(bill.rows) == EXPECTED_FIRST
    assert bill.rows[0].status == "交易成功"
    # the 4th row: 141 minutes earlier, amount (3*7919 % 50000)/100 + 1
    assert bill.rows[3].time == datetime.fromisoformat("2026-11-20T07:53:57+08:00")
    assert bill.rows[3].amount == Decimal("238.57")
    assert [r.number for r in bill.rows] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("options", "reasons"),
    [
        (
            {"encoding": "utf-8-sig", "tabs": False, "padded": True},
            [
                "it is UTF-8, while Alipay exports GBK",
                "its lines were padded with commas",
                "its order numbers lost the tab the export puts after them",
            ],
        ),
        (
            {"encoding": "utf-8", "preamble": False, "tabs": False},
            [
                "it has no preamble (the export starts with the account and the period)",
                "it is UTF-8, while Alipay exports GBK",
                "its order numbers lost the tab the export puts after them",
            ],
        ),
        (
            {"encoding": "gbk", "preamble": False},
            ["it has no preamble (the export starts with the account and the period)"],
        ),
    ],
    ids=["utf8-bom-padded", "utf8-no-preamble", "gbk-no-preamble"],
)
def test_a_resaved_alipay_bill_is_read_and_said_to_be_no_longer_original(
    options: dict, reasons: list[str]
) -> None:
    bill = read_bill_bytes(samples.alipay_csv(ROWS, **options), "账单.csv")
    assert _english(bill) == reasons
    assert _first(bill.rows) == EXPECTED_FIRST
    assert bill.to_json()["resaved"] == reasons


def test_the_old_alipay_web_export_uses_the_paid_time_and_stops_at_its_summary() -> None:
    bill = read_bill_bytes(samples.alipay_old_csv(ROWS), "alipay_old.csv")
    assert bill.source is BillSource.ALIPAY
    assert len(bill.rows) == 4  # the "共4条记录" and "导出时间" lines are not rows
    first = bill.rows[0]
    assert first.time.isoformat() == "2026-11-20T10:15:00+08:00"  # 付款时间, not 创建时间
    assert first.counterparty == "星辰卡盟"  # padding stripped
    assert first.amount == Decimal("1.00")
    assert first.transaction_no == "2026112022001000000000000000"
    assert first.method == ""


def test_wechat_csv_with_bom() -> None:
    bill = read_bill_bytes(samples.wechat_csv(ROWS), "微信支付账单.csv")
    assert bill.source is BillSource.WECHAT_PAY
    assert bill.resaved == []
    assert _first(bill.rows) == EXPECTED_FIRST
    assert bill.rows[0].status == "支付成功"


def test_wechat_csv_without_bom_is_no_longer_original() -> None:
    bill = read_bill_bytes(samples.wechat_csv(ROWS, bom=False), "微信支付账单.csv")
    assert _english(bill) == ["it is UTF-8, while WeChat Pay exports UTF-8 with a BOM"]
    assert bill.resaved == ["编码为 UTF-8，微信支付导出为带 BOM 的 UTF-8"]  # a str is Chinese


@pytest.mark.parametrize("header_row", [17, 18, 19, 25])
def test_wechat_xlsx_header_found_on_any_row(header_row: int) -> None:
    data = samples.wechat_xlsx(ROWS, header_row=header_row)
    bill = read_bill_bytes(data, "微信支付账单.xlsx")
    assert bill.format == "XLSX"
    assert bill.source is BillSource.WECHAT_PAY
    assert bill.resaved == []
    assert len(bill.rows) == 4
    assert _first(bill.rows) == EXPECTED_FIRST
    assert bill.rows[2].amount == Decimal("159.38")


def test_xlsx_header_on_the_first_row_has_lost_its_preamble() -> None:
    bill = read_bill_bytes(samples.wechat_xlsx(ROWS, header_row=1), "w.xlsx")
    assert _english(bill) == [
        "it has no preamble (the export starts with the account and the period)"
    ]
    assert _first(bill.rows) == EXPECTED_FIRST


def test_xlsx_with_numbers_rounded_to_floats_leaves_them_empty() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["微信支付账单明细"])
    sheet.append(samples.WECHAT_HEADER)
    sheet.append(
        [
            "2026-11-20 10:15:00", "商户消费", "星辰卡盟", "Q币", "支出", 12.5, "零钱", "支付成功",
            4.200001234567891e27, 1234567890123.0, "/",
        ]
    )
    out = io.BytesIO()
    book.save(out)
    bill = read_bill_bytes(out.getvalue(), "w.xlsx")
    row = bill.rows[0]
    assert row.amount == Decimal("12.50")
    assert row.transaction_no == ""  # the digits are gone: nothing invented
    assert row.merchant_order_no == "1234567890123"  # exact in a float
    assert _english(bill) == [
        "1 order numbers were rounded by a spreadsheet program and are left empty"
    ]


def test_scientific_notation_in_a_csv_is_a_lost_number() -> None:
    text = samples.alipay_csv(ROWS[:1], tabs=False).decode("gbk")
    text = text.replace("2026112022001000000000000000", "2.02611E+27")
    bill = read_bill_bytes(text.encode("gbk"), "a.csv")
    assert bill.rows[0].transaction_no == ""
    assert bill.rows[0].merchant_order_no == "KM20261120000000"
    assert "1 order numbers were rounded" in _english(bill)[-1]
    assert bill.resaved[-1] == "有 1 个订单号被表格软件改成了近似数，已无法还原，留空处理"


def test_aes_zip_with_the_right_password(tmp_path: Path) -> None:
    xlsx = samples.wechat_xlsx(ROWS, header_row=18)
    path = tmp_path / "微信支付账单.zip"
    path.write_bytes(samples.zipped("微信支付账单(20261101-20261130).xlsx", xlsx, "246810"))
    with zipfile.ZipFile(path) as zf:  # really AES: the standard library cannot read it
        assert zf.infolist()[0].compress_type == 99
    bill = read_bill(path, "246810")
    assert bill.file_name == "微信支付账单(20261101-20261130).xlsx"
    assert bill.container == "微信支付账单.zip"
    assert bill.sha256 == hashlib.sha256(xlsx).hexdigest()  # of the export, not the zip
    assert bill.data == xlsx
    assert _first(bill.rows) == EXPECTED_FIRST


def test_zip_without_password_holding_a_csv() -> None:
    data = samples.zipped("alipay.csv", samples.alipay_csv(ROWS))
    bill = read_bill_bytes(data, "alipay.zip")
    assert bill.source is BillSource.ALIPAY and bill.resaved == []


@pytest.mark.parametrize(
    ("password", "code", "words"),
    [
        (None, "password_needed", "is protected by a password"),
        ("000000", "wrong_password", "the password for w.zip is wrong"),
    ],
)
def test_zip_password_missing_or_wrong(password: str | None, code: str, words: str) -> None:
    data = samples.zipped("w.xlsx", samples.wechat_xlsx(ROWS), "246810")
    with pytest.raises(BillError) as caught:
        read_bill_bytes(data, "w.zip", password)
    assert caught.value.code == code
    assert words in caught.value.message
    assert "w.zip" in caught.value.message_zh


@pytest.mark.parametrize(
    ("data", "name", "code", "words"),
    [
        (b"name,age\nbob,3\n", "people.csv", "not_bill", "is not an Alipay or WeChat Pay bill"),
        (b"\x00\x01\x02binary" * 50, "x.bin", "not_bill", "neither a text (CSV) bill nor"),
        (b"PK\x03\x04broken", "w.zip", "unreadable", "damaged or unsupported zip"),
        (samples.zipped("readme.txt", b"hi"), "w.zip", "not_bill", "holds no bill"),
        (b"", "empty.csv", "not_bill", "is not an Alipay or WeChat Pay bill"),
    ],
    ids=["other-csv", "binary", "broken-zip", "zip-without-bill", "empty"],
)
def test_what_is_not_a_bill_is_refused_clearly(
    data: bytes, name: str, code: str, words: str
) -> None:
    with pytest.raises(BillError) as caught:
        read_bill_bytes(data, name)
    assert caught.value.code == code
    assert words in caught.value.message
    assert name in caught.value.message


def test_zip_with_two_bills_asks_to_pick_one() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("a.csv", samples.alipay_csv(ROWS))
        zf.writestr("b.csv", samples.alipay_csv(ROWS))
    with pytest.raises(BillError, match=r"several bill files \(a.csv, b.csv\)"):
        read_bill_bytes(out.getvalue(), "two.zip")


def test_a_row_with_an_unreadable_amount_is_named() -> None:
    text = samples.alipay_csv(ROWS).decode("gbk").replace(",80.19,", ",八十,")
    with pytest.raises(BillError) as caught:
        read_bill_bytes(text.encode("gbk"), "a.csv")
    assert caught.value.code == "bad_row"
    assert "a.csv, row 24: the amount '八十' cannot be read" in caught.value.message


def test_a_bill_without_transactions() -> None:
    with pytest.raises(BillError) as caught:
        read_bill_bytes(samples.alipay_csv([]), "a.csv")
    assert caught.value.code == "no_rows"


def test_directions_and_slashes() -> None:
    text = samples.wechat_csv(ROWS[:2]).decode("utf-8-sig")
    lines = text.splitlines()
    lines[-1] = lines[-1].replace(",支出,", ",/,").replace("KM20261120000001\t", "/")
    lines[-2] = lines[-2].replace(",支出,", ",收入,")
    bill = read_bill_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"), "w.csv")
    assert [r.direction for r in bill.rows] == [Direction.INCOME, Direction.NEUTRAL]
    assert bill.rows[1].merchant_order_no == ""


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BillError, match="no such file"):
        read_bill(tmp_path / "nope.csv")
    with pytest.raises(BillError, match="is a folder"):
        read_bill(tmp_path)


def test_a_bill_the_user_may_not_read_says_why_in_chinese(tmp_path: Path) -> None:
    locked = tmp_path / "b.csv"
    locked.write_bytes(samples.alipay_csv(ROWS))
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root (or Windows): chmod does not stop it reading
        locked.chmod(0o600)
        pytest.skip("chmod 000 does not make a file unreadable for this user")
    try:
        with pytest.raises(BillError) as caught:
            read_bill(locked)
    finally:
        locked.chmod(0o600)
    assert caught.value.code == "unreadable"
    assert caught.value.text == f"无法读取「{locked}」：没有权限"
    assert render(caught.value.text, "en") == f"{locked} cannot be read: Permission denied"


def test_bill_format_is_what_the_vault_uses() -> None:
    assert bill_format(samples.alipay_csv(ROWS), "a.csv") == "CSV"
    assert bill_format(samples.wechat_xlsx(ROWS), "w.xlsx") == "XLSX"
    assert bill_format(samples.zipped("a.csv", samples.alipay_csv(ROWS)), "a.zip") is None
    assert bill_format(b"hello", "x.txt") is None


def test_the_export_time_comes_from_the_preamble() -> None:
    at = datetime.fromisoformat("2026-11-27T10:00:00+08:00")
    assert read_bill_bytes(samples.alipay_csv(ROWS), "a.csv").exported_at == at
    assert read_bill_bytes(samples.wechat_xlsx(ROWS, header_row=19), "w.xlsx").exported_at == at
    no_preamble = samples.alipay_csv(ROWS, preamble=False)
    assert read_bill_bytes(no_preamble, "a.csv").exported_at is None


def test_a_gb18030_name_outside_gbk_survives_the_decoding() -> None:
    rows = [r.__class__(**{**r.__dict__, "counterparty": "𠀀记卡盟"}) for r in ROWS]
    data = samples.alipay_csv(rows, encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")  # a four-byte sequence: GBK alone cannot read this file
    bill = read_bill_bytes(data, "a.csv")
    assert [r.counterparty for r in bill.rows] == ["𠀀记卡盟"] * 4
    assert bill.resaved == []
