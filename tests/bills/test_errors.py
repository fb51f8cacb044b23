"""A refused bill says why in the reader's language: a `bills.*` message with both texts."""

from __future__ import annotations

import inspect

import pytest

from disputekit.bills import errors
from disputekit.bills.model import BillError, BillSource
from disputekit.bills.read import read_bill_bytes
from disputekit.messages import Msg, render
from disputekit.messages.message import CATALOGS
from tests.support import bill_samples as samples

ARGS = {
    "path": "/tmp/b.csv",
    "name": "b.csv",
    "detail": "Permission denied",
    "size": 70_000_000,
    "source": BillSource.WECHAT_PAY,
    "line": 24,
    "what_en": "the amount",
    "what_zh": "金额",
    "value": "八十",
    "members": "a.txt",
    "member": "../x.csv",
}
BUILDERS = [
    (name, fn)
    for name, fn in inspect.getmembers(errors, inspect.isfunction)
    if fn.__module__ == errors.__name__
]


@pytest.mark.parametrize(("name", "build"), BUILDERS, ids=[n for n, _ in BUILDERS])
def test_every_refusal_is_a_catalog_message_in_both_languages(name: str, build) -> None:  # type: ignore[no-untyped-def]
    params = inspect.signature(build).parameters
    error = build(*(ARGS[p] for p in params))
    assert isinstance(error, BillError) and isinstance(error.text, Msg)
    assert error.text.code.startswith("bills.") and error.text.code in CATALOGS["en"]
    assert error.message == render(error.text, "en") == str(error)
    assert error.message_zh == str(error.text) == render(error.text, "zh_CN")
    assert error.message != error.message_zh
    assert any("\u4e00" <= c <= "\u9fff" for c in error.message_zh)


def test_the_english_names_the_provider_in_english() -> None:
    error = errors.no_rows("w.csv", BillSource.WECHAT_PAY)
    assert error.message.startswith("w.csv is a bill from WeChat Pay without any transactions")
    assert error.message_zh.startswith("「w.csv」是微信支付账单，但没有任何交易记录")


def test_a_bad_cell_quotes_the_value_as_each_language_does() -> None:
    text = samples.alipay_csv(samples.sample_rows(30)).decode("gbk").replace(",80.19,", ",八十,")
    with pytest.raises(BillError) as caught:
        read_bill_bytes(text.encode("gbk"), "a.csv")
    assert caught.value.text.code == "bills.bad_cell"
    assert "a.csv, row 24: the amount '八十' cannot be read" in caught.value.message
    assert "「a.csv」第 24 行：金额「八十」无法识别" in caught.value.message_zh


def test_a_caller_may_still_give_both_texts() -> None:
    error = BillError("bad_row", "no row 9", "没有第 9 行")
    assert (error.message, error.message_zh, str(error)) == ("no row 9", "没有第 9 行", "no row 9")
    assert render(error.text, "en") == "no row 9"
