"""Zips no provider would send are refused with a reason, before anything is inflated."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from disputekit.bills import archive
from disputekit.bills.model import BillError
from disputekit.bills.read import read_bill, read_bill_bytes
from tests.support import bill_samples as samples

ROWS = samples.sample_rows(3)
BILL = samples.alipay_csv(ROWS)


def _zip(*members: tuple[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return out.getvalue()


def _refused(data: bytes, name: str = "bill.zip") -> BillError:
    with pytest.raises(BillError) as caught:
        read_bill_bytes(data, name)
    assert name in caught.value.message and name in caught.value.message_zh
    return caught.value


@pytest.mark.parametrize(
    "member", ["../../alipay.csv", "/etc/alipay.csv", "C:/Users/alipay.csv", "a\\..\\..\\b.csv"]
)
def test_a_member_named_to_land_outside_its_folder_is_refused(member: str) -> None:
    error = _refused(_zip((member, BILL)))
    assert error.code == "not_bill"
    assert member in error.message and "outside the folder" in error.message
    assert "解压目录之外" in error.message_zh


def test_a_traversal_name_next_to_a_good_bill_still_refuses_the_zip() -> None:
    error = _refused(_zip(("alipay.csv", BILL), ("../evil.txt", b"x")))
    assert "../evil.txt" in error.message


def test_a_zip_inside_the_zip_is_refused_not_opened() -> None:
    inner = _zip(("alipay.csv", BILL))
    error = _refused(_zip(("alipay.csv", inner)))
    assert error.code == "not_bill" and "another zip" in error.message
    # a zip named as such is not a bill file at all
    assert "holds no bill" in _refused(_zip(("inner.zip", inner))).message


def test_a_workbook_inside_the_zip_is_still_read() -> None:
    bill = read_bill_bytes(_zip(("w.xlsx", samples.wechat_xlsx(ROWS))), "w.zip")
    assert len(bill.rows) == 3 and bill.container == "w.zip"


def test_a_member_that_inflates_far_beyond_its_size_is_a_bomb() -> None:
    bomb = _zip(("alipay.csv", BILL + b"0" * (8 * 1024 * 1024)))
    with zipfile.ZipFile(io.BytesIO(bomb)) as zf:
        info = zf.infolist()[0]
    assert info.file_size > archive.MAX_RATIO * info.compress_size  # what makes it a bomb
    error = _refused(bomb)
    assert "expand far beyond" in error.message and "解压后" in error.message_zh


def test_a_member_larger_than_any_bill_is_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(archive, "MAX_BILL_BYTES", 1000)
    with pytest.raises(BillError) as caught:
        read_bill_bytes(_zip(("alipay.csv", BILL)), "bill.zip")
    assert caught.value.message.startswith(f"alipay.csv is {len(BILL):,} bytes, far larger than")


def test_a_workbook_whose_parts_would_inflate_to_a_bomb_is_refused() -> None:
    out = io.BytesIO(samples.wechat_xlsx(ROWS))
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024))
    error = _refused(out.getvalue(), "w.xlsx")
    assert "expand far beyond" in error.message


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:  # sparse: the size is there, the bytes are not
        f.truncate(archive.MAX_BILL_BYTES + 1)
    with pytest.raises(BillError) as caught:
        read_bill(path)
    assert caught.value.code == "not_bill"
    assert "far larger than any bill export" in caught.value.message


def test_an_ordinary_export_zip_passes_every_check() -> None:
    year = samples.alipay_csv(samples.sample_rows(2000))
    bill = read_bill_bytes(_zip(("alipay.csv", year)), "a.zip")
    assert len(bill.rows) == 2000
