"""Seller keys and groups: keys in the issue's order, chaining, merges, splits, suggestions."""

from __future__ import annotations

from typing import Any

from disputekit.domain.groups.grouping import (
    Decisions,
    group_described,
    suggest_merges,
)
from disputekit.domain.groups.seller_keys import (
    SellerDescription,
    credit_key,
    host_of,
    name_key,
    seller_keys,
)


def registrable(host: str) -> str | None:
    """A stand-in for the public-suffix look-up: the last two labels."""
    return ".".join(host.split(".")[-2:])


def seller(case_id: int, **said: Any) -> tuple[SellerDescription, list[int]]:
    """Case `case_id`, describing its seller so."""
    return SellerDescription(**said), [case_id]


def test_the_three_spellings_of_one_shop_address_are_one_host() -> None:
    hosts = {
        host_of(u) for u in ("https://www.xx-km.example/shop/1", "xx-km.example", "XX-KM.example")
    }
    assert {registrable(h) for h in hosts} == {"xx-km.example"}


def test_no_host_in_text_that_is_not_an_address() -> None:
    assert host_of("") == ""
    assert host_of("某某卡盟") == ""
    assert host_of("=HYPERLINK(1)") == ""


def test_credit_code_is_upper_cased_without_blanks() -> None:
    assert credit_key(" 91330106ma2xxxxx7q ") == "91330106MA2XXXXX7Q"
    assert credit_key("９１３３ 0106-MA2XXXXX7Q") == "91330106MA2XXXXX7Q"


def test_names_lose_blanks_width_and_business_endings() -> None:
    assert name_key("杭州堃昇网络科技有限公司") == name_key("杭州 堃昇 网络科技")
    assert name_key("星辰点卡店") == name_key("星辰点卡") == "星辰点卡"
    assert name_key("ＡＢＣ 科技有限公司") == "abc"
    assert name_key("店") == "店"  # a name that is only an ending stays itself


def test_keys_come_strongest_first() -> None:
    facts = SellerDescription(
        credit_code="91x", url="https://a.xx.example/1", company="堃昇网络科技有限公司",
        shop="珺昇游戏专营店", payee_notes=("支付宝账单记录：向星辰网络付款 98.50 元",),
    )  # fmt: skip
    assert seller_keys(facts, registrable) == [
        "credit:91X", "domain:xx.example", "payee:星辰", "name:堃昇", "name:珺昇游戏",
    ]  # fmt: skip


def test_a_case_with_code_and_domain_joins_the_two() -> None:
    facts = [
        seller(1, credit_code="91ABC"),
        seller(2, url="https://www.xx-km.example/shop/1"),
        seller(3, credit_code="91abc", url="XX-KM.example"),
        seller(4, shop="别家"),
    ]
    groups = group_described(facts, registrable)
    assert [g.case_ids for g in groups] == [(1, 2, 3), (4,)]
    assert groups[0].key == "credit:91ABC"


def test_without_the_linking_case_the_two_stay_apart() -> None:
    facts = [seller(1, credit_code="91ABC"), seller(2, url="xx-km.example")]
    assert len(group_described(facts, registrable)) == 2


def test_a_case_without_seller_details_is_its_own_group() -> None:
    groups = group_described([seller(7), seller(8)], registrable)
    assert [g.key for g in groups] == ["case:7", "case:8"]


def test_merge_joins_and_split_separates() -> None:
    facts = [
        seller(1, shop="星辰点卡"),
        seller(2, shop="星晨点卡"),
        seller(3, shop="星辰点卡店"),
    ]
    groups = group_described(facts, registrable)
    assert sorted(g.case_ids for g in groups) == [(1, 3), (2,)]
    merged = group_described(
        facts, registrable, Decisions(merges=(("name:星辰点卡", "name:星晨点卡"),))
    )
    assert [g.case_ids for g in merged] == [(1, 2, 3)]
    split = group_described(facts, registrable, Decisions(splits=frozenset({3})))
    assert sorted(g.case_ids for g in split) == [(1,), (2,), (3,)]


def test_a_case_without_details_can_be_merged_into_a_seller_and_split_out() -> None:
    facts = [seller(1, shop="星辰点卡"), seller(2, shop="星辰点卡店"), seller(7)]
    merge = Decisions(merges=(("case:7", "name:星辰点卡"),))
    assert [g.case_ids for g in group_described(facts, registrable, merge)] == [(1, 2, 7)]
    apart = Decisions(merges=merge.merges, splits=frozenset({2}))
    assert sorted(g.case_ids for g in group_described(facts, registrable, apart)) == [(1, 7), (2,)]


def test_cases_given_by_description_chain_and_split_as_cases_one_by_one() -> None:
    described = [
        (SellerDescription(credit_code="91ABC"), [1, 4]),
        (SellerDescription(credit_code="91abc", url="xx.example"), [2]),
        (SellerDescription(url="https://www.xx.example/9"), [3, 5]),
        (SellerDescription(), [6]),
    ]
    groups = group_described(described, registrable, Decisions(splits=frozenset({4})))
    assert [(g.key, g.keys, g.case_ids) for g in groups] == [
        ("credit:91ABC", ("credit:91ABC", "domain:xx.example"), (1, 2, 3, 5)),
        ("case:4", ("case:4",), (4,)),
        ("case:6", ("case:6",), (6,)),
    ]


def test_near_names_are_suggested_not_merged() -> None:
    facts = [
        seller(1, shop="星辰点卡"),
        seller(2, shop="星辰点卡专区"),
        seller(3, shop="月光"),
    ]
    groups = group_described(facts, registrable)
    assert len(groups) == 3
    suggestions = suggest_merges(groups)
    assert [(s.first, s.second) for s in suggestions] == [("name:星辰点卡", "name:星辰点卡专区")]


def test_a_thousand_cases_of_one_seller_are_one_group() -> None:
    facts = [
        seller(i, shop='=HYPERLINK("x")' if i % 2 else '=hyperlink("x")店') for i in range(1000)
    ]
    groups = group_described(facts, registrable)
    assert len(groups) == 1 and len(groups[0].case_ids) == 1000


def test_hosts_of_full_width_and_decorated_addresses() -> None:
    assert host_of("ｈｔｔｐｓ：／／ａ．ｃｎ／x") == "a.cn"
    assert host_of("http://user@Shop.Example.cn:8080/x?y#z") == "shop.example.cn"
    assert host_of("  https://a.b.cn  ") == "a.b.cn"
    assert host_of("https://a.cn?x=/y") == "a.cn"
