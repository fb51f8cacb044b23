"""CaseList: SQL order for every list column, rows read a page at a time on demand, sequence
behaviour (negative indexes, slices, index_of), and cases deleted after the id query."""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal

import pytest

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.store import CaseGone, CaseList, CaseNotFound, Store
from disputekit.store.cases.case_list import PAGE_SIZE, SORT_KEYS

# platform, order_no, product, amount_paid, status, next_due_at (None: no deadline)
ROWS = [
    ("b卡盟", "KM-b", "话费", "99.00", OrderStatus.COMPLETED, "2026-11-27T10:00:00.000000+08:00"),
    ("A卡盟", "km-c", "Q币", "1000.00", OrderStatus.PENDING_DELIVERY, None),
    ("c卡盟", "KM-a", "点券", "5.50", OrderStatus.CANCELLED, "2026-11-25T10:00:00.000000+08:00"),
    ("a卡盟", "KM-d", "Q币", "99.00", OrderStatus.DELIVERED_NOT_CREDITED, None),
]


def ordered(ids: list[int], key: Callable[[int], object], descending: bool) -> list[int]:
    """`ids` sorted by `key`, ties by id, the way the list promises."""
    return sorted(ids, key=lambda i: (key(i), i), reverse=descending)


@pytest.fixture
def four(store: Store, make_case: Callable[..., Case]) -> list[int]:
    """The ROWS cases, with `updated_at` in reverse creation order and fixed deadlines."""
    base = make_case()
    cases = []
    for platform, order_no, product, amount, status, _due in ROWS:
        case = copy.deepcopy(base)
        case.respondent.platform = platform
        case.order.order_no, case.order.product = order_no, product
        case.order.amount_paid, case.order.status = Decimal(amount), status
        case.complainant.name = order_no[::-1]  # an order of its own, ASCII case ignored
        cases.append(case)
    ids = store.cases.create_many(cases)
    for n, (case_id, row) in enumerate(zip(ids, ROWS, strict=True)):
        store.db.execute(
            "UPDATE cases SET next_due_at = ?, updated_at = ? WHERE id = ?",
            [row[5], f"2026-11-{20 - n:02d}T08:00:00.000000+08:00", case_id],
        )
    return ids


@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_orders_in_sql(store, four, descending):
    row = dict(zip(four, ROWS, strict=True))
    status_rank = {s: i for i, s in enumerate(OrderStatus)}
    keys = {
        "platform": lambda i: row[i][0].casefold(),
        "order_no": lambda i: row[i][1].casefold(),
        "product": lambda i: row[i][2],
        "amount_paid": lambda i: float(row[i][3]),
        "status": lambda i: status_rank[row[i][4]],
        "updated_at": lambda i: -four.index(i),
        "complainant_name": lambda i: row[i][1][::-1].casefold(),
    }
    assert set(keys) | {"next_due_at", "complainant_phone"} == set(SORT_KEYS)
    for sort, key in keys.items():
        listed = store.cases.list(sort=sort, descending=descending)
        assert list(listed.ids) == ordered(four, key, descending), sort
        assert [s.id for s in listed] == list(listed.ids)
    # Numbers, not text: ¥1,000 after ¥99 (and the two ¥99 cases by id).
    by_amount = store.cases.list(sort="amount_paid", descending=False)
    assert [str(s.amount_paid) for s in by_amount] == ["5.50", "99.00", "99.00", "1000.00"]
    assert [s.id for s in by_amount][1:3] == sorted([four[0], four[3]])


@pytest.mark.parametrize("descending", [False, True])
def test_cases_without_deadline_come_last_either_way(store, four, descending):
    listed = store.cases.list(sort="next_due_at", descending=descending)
    dated = [four[2], four[0]] if not descending else [four[0], four[2]]
    undated = sorted([four[1], four[3]], reverse=descending)
    assert list(listed.ids) == dated + undated
    assert [s.next_due_at is None for s in listed] == [False, False, True, True]


@pytest.mark.parametrize("descending", [False, True])
def test_phones_order_by_their_digits_and_cases_without_one_come_last(store, four, descending):
    phones = {four[0]: "139 1234 5678", four[1]: "", four[2]: "13800001111", four[3]: "137-0000"}
    for case_id, phone in phones.items():
        case = store.cases.get(case_id)
        case.complainant.phone = phone
        store.cases.save(case_id, case)
    listed = store.cases.list(sort="complainant_phone", descending=descending)
    with_phone = [four[3], four[2], four[0]]  # 1370000 < 13800001111 < 13912345678
    assert list(listed.ids) == (with_phone[::-1] if descending else with_phone) + [four[1]]
    assert [s.complainant_phone for s in listed][-1] == ""
    assert store.cases.list(sort="complainant_phone")[0].complainant_phone in phones.values()


def test_search_status_and_sort_combine(store, four):
    listed = store.cases.list("Q币", OrderStatus.DELIVERED_NOT_CREDITED, "amount_paid")
    assert list(listed.ids) == [four[3]]
    listed = store.cases.list("卡盟 Q币", sort="platform", descending=False)
    assert list(listed.ids) == [four[1], four[3]]  # "A卡盟" = "a卡盟" ignoring case: by id
    assert list(store.cases.list("卡盟", OrderStatus.CANCELLED, "order_no")) == [
        store.cases.list()[2]
    ]
    with pytest.raises(ValueError, match="unknown sort key 'amount'"):
        store.cases.list(sort="amount")


@pytest.fixture
def many(store: Store, make_case: Callable[..., Case]) -> list[int]:
    """4.5 pages (288) of cases; ids in list order (order numbers ascending)."""
    base = make_case()
    cases = []
    for n in range(PAGE_SIZE * 4 + PAGE_SIZE // 2):
        case = copy.deepcopy(base)
        case.order.order_no = f"KM{n:05d}"
        cases.append(case)
    return store.cases.create_many(cases)


def test_rows_are_read_a_page_at_a_time_when_used(store, many):
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    listed = store.cases.list(sort="order_no", descending=False)
    assert len(statements) == 1 and "SELECT c.id FROM cases" in statements[0]
    assert len(listed) == len(many) and list(listed.ids) == many
    first = listed[0]
    assert first.id == many[0] and first.order_no == "KM00000"
    assert len(statements) == 2
    assert listed[PAGE_SIZE - 1].order_no == f"KM{PAGE_SIZE - 1:05d}"
    assert len(statements) == 2  # same page: no query
    assert listed[PAGE_SIZE].order_no == f"KM{PAGE_SIZE:05d}"  # across the boundary
    assert len(statements) == 3
    assert [s.order_no for s in listed] == [f"KM{n:05d}" for n in range(len(many))]
    assert len(statements) == 1 + 5  # the other pages; the first two were kept
    assert listed[0] is first
    store.db.conn.set_trace_callback(None)


def test_negative_indexes_slices_and_index_of(store, many):
    listed = store.cases.list(sort="order_no", descending=False)
    n = len(many)
    assert listed[-1].id == many[-1] and listed[-n].id == many[0]
    assert listed.get(-2) == listed[n - 2]
    with pytest.raises(IndexError):
        listed[n]
    with pytest.raises(IndexError):
        listed[-n - 1]
    assert [s.id for s in listed[PAGE_SIZE - 2 : PAGE_SIZE + 3]] == many[
        PAGE_SIZE - 2 : PAGE_SIZE + 3
    ]
    assert [s.id for s in listed[::-200]] == many[::-200]
    assert [s.id for s in listed[-3:]] == many[-3:]
    assert listed[5:2] == []
    assert [s.id for s in reversed(listed)] == many[::-1]
    assert listed.index_of(many[PAGE_SIZE + 7]) == PAGE_SIZE + 7
    assert listed.index_of(10**9) is None
    assert listed[3] in listed


def test_a_case_deleted_after_the_id_query_keeps_its_place_without_a_row(store, many):
    listed = store.cases.list(sort="order_no", descending=False)
    assert listed[0].id == many[0]  # the first page is read and kept
    gone, read_before = many[PAGE_SIZE + 1], many[1]
    store.cases.delete(gone)
    store.cases.delete(read_before)
    assert len(listed) == len(many) and listed.index_of(gone) == PAGE_SIZE + 1
    assert listed.get(PAGE_SIZE + 1) is None
    with pytest.raises(CaseGone) as info:
        listed[PAGE_SIZE + 1]
    assert info.value.case_id == gone and isinstance(info.value, CaseNotFound)
    assert listed[PAGE_SIZE].id == many[PAGE_SIZE]
    assert listed[PAGE_SIZE + 2].id == many[PAGE_SIZE + 2]
    assert [s.id for s in listed[PAGE_SIZE : PAGE_SIZE + 3]] == [
        many[PAGE_SIZE],
        many[PAGE_SIZE + 2],
    ]
    # Iteration skips it; a page read before the delete still shows its row.
    assert [s.id for s in listed] == [i for i in many if i != gone]
    assert [s.id for s in store.cases.list()] == sorted(set(many) - {gone, read_before})[::-1]


def test_due_by_and_an_empty_list(store, four):
    due = store.cases.due_by(CaseList(store.db, four)[2].next_due_at)
    assert [s.id for s in due] == [four[2]]
    empty = CaseList(store.db, [])
    assert len(empty) == 0 and list(empty) == [] and empty[:] == [] and not empty
    assert empty.index_of(four[0]) is None
