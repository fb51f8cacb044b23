"""Search: Chinese and partial-order-number substrings, short terms, AND, kept in sync."""

from __future__ import annotations

import pytest

from disputekit.domain.case.vocabulary import OrderStatus


@pytest.fixture
def ids(store, make_case):
    """Three cases: KM…123 (某某卡盟, Q币), JD…777 (京东点卡, 话费), XY…555 (星耀, 点券)."""
    first = make_case(seed=1)
    second = make_case(seed=2, order_no="JD20261101777", product="话费充值 50元")
    second.respondent.platform = "京东点卡"
    second.respondent.shop = "速充小店"
    second.complainant.name = "王五"
    second.filed_by = None
    second.events[0].note = "对方说已经到账"
    third = make_case(seed=3, order_no="XY555", product="点券 1000", status="completed")
    third.respondent.platform = "星耀游戏"
    third.respondent.shop = "官方旗舰店"
    third.complainant.name = "Alice"
    third.filed_by = None
    return {
        "km": store.cases.create(first),
        "jd": store.cases.create(second),
        "xy": store.cases.create(third),
    }


def found(store, query, status=None):
    return sorted(s.id for s in store.cases.list(query, status))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("卡盟", ["km"]),  # two characters: below a trigram
        ("某某卡盟", ["km"]),
        ("Q币", ["km"]),
        ("q币", ["km"]),  # ASCII case does not matter
        ("000123", ["km"]),  # the middle of an order number
        ("KM20", ["km"]),  # as-you-type prefix
        ("km2026112000123", ["km"]),
        ("2026", ["jd", "km", "xy"]),  # order numbers, and every case's transaction number
        ("22001400000", ["jd", "km", "xy"]),  # inside the payment transaction number
        ("13900000000", ["km"]),  # the filer's phone (the others were filed in person)
        ("点卡", ["jd", "km"]),  # shop 星辰点卡专营店 and platform 京东点卡
        ("张三", ["km"]),
        ("李志愿", ["km"]),  # filed_by
        ("王五", ["jd"]),
        ("alice", ["xy"]),
        ("😀", ["km"]),  # no letter or digit: the scanned path
        ("已经到账", ["jd"]),  # an event note
        ("支付宝账单", ["jd", "km", "xy"]),  # an evidence caption, in every case
        ("话费 速充", ["jd"]),  # all terms must match
        ("卡盟 话费", []),
        ("nothing-like-this", []),
        ("", ["jd", "km", "xy"]),
        ("   ", ["jd", "km", "xy"]),
    ],
)
def test_substring_search(store, ids, query, expected):
    assert found(store, query) == sorted(ids[k] for k in expected)


@pytest.mark.parametrize("query", ['"', '"卡盟', "卡*", "a OR b", "NEAR(x y)", "%", "_", "-1", "^"])
def test_fts_syntax_in_a_query_is_text_not_syntax(store, ids, query):
    assert found(store, query) == []


def test_status_filter_combines_with_search(store, ids):
    assert found(store, "点", OrderStatus.COMPLETED) == [ids["xy"]]
    assert found(store, "", OrderStatus.DELIVERED_NOT_CREDITED) == sorted([ids["km"], ids["jd"]])


def test_search_text_follows_save_and_delete(store, ids):
    case = store.cases.get(ids["jd"])
    case.respondent.platform = "新平台名"
    store.cases.save(ids["jd"], case)
    assert found(store, "京东") == []
    assert found(store, "新平台") == [ids["jd"]]
    store.cases.delete(ids["jd"])
    assert found(store, "新平台") == []
    for table in ("case_fts", "case_chars"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 2
