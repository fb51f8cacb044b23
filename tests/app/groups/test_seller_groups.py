"""Seller groups read back from a real store: keys, totals, shared contacts, decisions,
consent; the public-suffix list is the package's own snapshot, never downloaded."""

from __future__ import annotations

import socket
from decimal import Decimal

import pytest

from disputekit.app.groups.seller_groups import (
    CaseNotFound,
    confirm_merge,
    group_for_case,
    list_groups,
    merge_suggestions,
    set_share_consent,
    split_case,
)
from disputekit.store import Store
from disputekit.store.cases.seller_groups import registrable_domain
from tests.support.seller_samples import seller_case


def test_registrable_domain_uses_the_bundled_list_without_a_socket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the public-suffix list tried to reach the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    registrable_domain.cache_clear()
    from disputekit.store.cases import seller_groups

    seller_groups._suffixes.cache_clear()
    assert registrable_domain("www.xx-km.example") == "xx-km.example"
    assert registrable_domain("shop123.taobao.com") == "taobao.com"
    assert registrable_domain("a.b.km.com.cn") == "km.com.cn"


def test_cases_group_by_code_domain_and_name_and_sum_exactly(store: Store) -> None:
    a = store.cases.create(seller_case(1, credit_code="91330106ma2xxxxx7q", amount="0.10"))
    b = store.cases.create(seller_case(2, url="https://www.xx-km.example/shop/1", amount="0.20"))
    c = store.cases.create(
        seller_case(3, credit_code="91330106MA2XXXXX7Q", url="XX-KM.example", amount="0.30")
    )
    d = store.cases.create(seller_case(4, shop="星辰点卡店", company="星辰网络科技有限公司"))
    e = store.cases.create(seller_case(5, shop="星辰点卡"))
    lone = store.cases.create(seller_case(6, platform=""))
    groups = list_groups(store)
    assert [(g.key, g.case_ids) for g in groups] == [
        ("credit:91330106MA2XXXXX7Q", (a, b, c)),
        ("name:星辰", (d, e)),
        (f"case:{lone}", (lone,)),
    ]
    assert groups[0].total == Decimal("0.60")
    assert groups[1].seller == "星辰网络科技有限公司"
    assert group_for_case(store, e).case_ids == (d, e)


def test_payee_from_an_imported_bill_joins_cases(store: Store) -> None:
    a = store.cases.create(seller_case(1, paid_note="支付宝账单记录：向杭州星辰付款 98.50 元"))
    b = store.cases.create(seller_case(2, paid_note="微信支付账单记录：向 杭州星辰 付款 20.00 元"))
    assert group_for_case(store, a).case_ids == (a, b)


def test_names_and_notes_with_quotes_and_separators_read_back_whole(store: Store) -> None:
    odd = '星辰"点卡\x1f\\店'
    a = store.cases.create(seller_case(1, shop=odd, paid_note="向星\x1f辰付款 1.00 元"))
    b = store.cases.create(seller_case(2, shop=odd))
    (group,) = list_groups(store)
    assert (group.case_ids, group.seller) == ((a, b), odd)
    assert group.key == "payee:星辰"  # the note whole, its payee found


def test_shared_contacts_name_the_cases_not_the_values(store: Store) -> None:
    a = store.cases.create(seller_case(1, shop="星辰", name="甲", phone="138 0000 0000"))
    b = store.cases.create(seller_case(2, shop="星辰", name="乙", phone="13800000000"))
    store.cases.create(seller_case(3, shop="星辰", name="丙", phone=""))  # no phone: fine
    (group,) = list_groups(store)
    assert group.shared_contacts == [("phone", (a, b))]


def test_merge_and_split_are_stored_decisions(store: Store, tmp_path) -> None:
    a = store.cases.create(seller_case(1, shop="星辰点卡"))
    b = store.cases.create(seller_case(2, shop="星辰点卡专区"))
    assert len(list_groups(store)) == 2
    (suggestion,) = merge_suggestions(store)
    confirm_merge(store, suggestion.first, suggestion.second)
    reopened = Store.open(store.data_dir)
    try:
        assert [g.case_ids for g in list_groups(reopened)] == [(a, b)]
        split_case(reopened, b)
        assert sorted(g.case_ids for g in list_groups(reopened)) == [(a,), (b,)]
        split_case(reopened, b, apart=False)
        assert [g.case_ids for g in list_groups(reopened)] == [(a, b)]
    finally:
        reopened.close()


def test_consent_is_stored_in_the_case(store: Store) -> None:
    cid = store.cases.create(seller_case(1, name="甲"))
    assert store.cases.get(cid).complainant.share_consent is False
    set_share_consent(store, cid, True)
    assert store.cases.get(cid).complainant.share_consent is True
    with pytest.raises(CaseNotFound):
        set_share_consent(store, 999, True)


def test_a_group_tells_the_channels_its_cases_reached(store: Store) -> None:
    from disputekit.domain.case.model import Event
    from disputekit.domain.case.vocabulary import Channel, EventKind

    first = seller_case(1, shop="星辰")
    second = seller_case(2, shop="星辰")
    second.events.append(
        Event(id=second.new_event_id(), at=second.order.ordered_at, kind=EventKind.COMPLAINT_FILED)
    )
    store.cases.create(first)
    store.cases.create(second)
    (group,) = list_groups(store)
    assert group.channels == (Channel.CUSTOMER_SERVICE, Channel.REGULATOR_12315)


def test_a_merge_of_an_unknown_key_is_refused_and_nothing_stored(store: Store) -> None:
    from disputekit.app.groups.seller_groups import UnknownSellerKey

    store.cases.create(seller_case(1, shop="星辰点卡"))
    with pytest.raises(UnknownSellerKey, match="name:nobody"):
        confirm_merge(store, "name:星辰点卡", "name:nobody")
    assert store.settings.get("seller_group_decisions") is None
