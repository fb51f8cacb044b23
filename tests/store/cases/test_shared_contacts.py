"""办法第十七条(四): the store finds other complainants using a case's phone or address."""

from __future__ import annotations

from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.case.model import Case, Complainant


def _case(name: str, phone: str, address: str) -> Case:
    return Case(complainant=Complainant(name, phone, address))


def test_other_complainants_with_the_same_phone_or_address(store):
    mine = _case("张三", "138-0000-0000", "上海市 浦东新区某路1号")
    own_id = store.cases.create(mine)
    same_person = store.cases.create(_case("张三", "13800000000", "上海市浦东新区某路1号"))
    by_phone = store.cases.create(_case("李四", "13800000000", "北京市某路2号"))
    by_address = store.cases.create(_case("王五", "13700000000", "上海市浦东新区某路1号"))
    store.cases.create(_case("赵六", "13600000000", "广州市某路3号"))
    found = store.cases.shared_contacts(store.cases.get(own_id), own_id)
    assert found == (
        SharedContact("phone", "138-0000-0000", f"案件#{by_phone}", "李四"),
        SharedContact("address", "上海市 浦东新区某路1号", f"案件#{by_address}", "王五"),
    )
    assert same_person not in {int(s.other_case.removeprefix("案件#")) for s in found}


def test_a_case_without_contact_details_matches_nothing(store):
    store.cases.create(_case("李四", "", ""))
    assert store.cases.shared_contacts(_case("张三", "", "")) == ()
