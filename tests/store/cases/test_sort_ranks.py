"""Searches ordered by cached list positions (SortRanks) give the same lists as ordering in
SQL, for every sort key and direction, and follow changes made by this or another connection."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal

import pytest

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.store import Store
from disputekit.store.cases import sort_ranks
from disputekit.store.cases.case_list import SORT_KEYS, ids_sql
from disputekit.store.cases.search import query_terms

PLATFORMS = ["b卡盟", "A卡盟", "c卡盟", "a卡盟", "星辰点卡", "卡盟之家"]
STATUSES = list(OrderStatus)


@pytest.fixture
def six(store: Store, make_case: Callable[..., Case]) -> list[int]:
    """Six cases, five of them with "卡盟" in the platform; amounts, statuses and deadlines vary,
    and two pairs tie (same amount, same update time) so the id tie-break is exercised."""
    base = make_case()
    cases = []
    for n, platform in enumerate(PLATFORMS):
        case = copy.deepcopy(base)
        case.respondent.platform = platform
        case.order.order_no = f"KM-{5 - n}"
        case.order.amount_paid = Decimal(["99.00", "1000.00", "99.00", "5.50", "30", "8"][n])
        case.order.status = STATUSES[n % len(STATUSES)]
        cases.append(case)
    ids = store.cases.create_many(cases)
    for n, case_id in enumerate(ids):
        due = None if n % 3 == 1 else f"2026-11-{10 + n:02d}T10:00:00.000000+08:00"
        updated = f"2026-11-{20 - n // 2:02d}T08:00:00.000000+08:00"  # pairs share a time
        store.db.execute(
            "UPDATE cases SET next_due_at = ?, updated_at = ? WHERE id = ?", [due, updated, case_id]
        )
    store.db.conn.commit()
    return ids


def in_sql(store: Store, query: str, sort: str, descending: bool) -> list[int]:
    sql, params = ids_sql(query_terms(query), None, sort, descending)
    return [r[0] for r in store.db.execute(sql, params)]


@pytest.fixture
def ranks_always(monkeypatch):
    """Use the ranks for any number of hits (the fixtures hold fewer than LOAD_FROM_HITS)."""
    monkeypatch.setattr(sort_ranks, "LOAD_FROM_HITS", 1)


@pytest.mark.parametrize("load_from", [1, 10_000])
@pytest.mark.parametrize("descending", [False, True])
def test_ranked_search_lists_what_sql_lists(store, six, monkeypatch, load_from, descending):
    monkeypatch.setattr(sort_ranks, "LOAD_FROM_HITS", load_from)
    for sort in SORT_KEYS:
        for query in ("卡盟", "卡盟 KM", "星辰点卡", "KM-3", "没有这个"):
            listed = store.cases.list(query, sort=sort, descending=descending)
            assert list(listed.ids) == in_sql(store, query, sort, descending), (sort, query)
    hits = store.cases.list("卡盟", sort="amount_paid", descending=descending)
    amounts = [str(s.amount_paid) for s in hits]
    expected = ["5.50", "8.00", "99.00", "99.00", "1000.00"]
    assert amounts == (expected[::-1] if descending else expected)
    by_due = store.cases.list("卡盟", sort="next_due_at", descending=descending)
    assert [s.next_due_at is None for s in by_due] == [False] * 4 + [True]  # undated last


def test_own_writes_reorder_the_next_search(store, six, ranks_always):
    assert store.cases.list("卡盟").ids[0] == six[1]  # newest pair, higher id first
    store.db.execute(
        "UPDATE cases SET updated_at = '2026-12-01T08:00:00.000000+08:00' WHERE id = ?", [six[3]]
    )
    assert store.cases.list("卡盟").ids[0] == six[3]
    store.db.conn.commit()
    store.cases.delete(six[3])
    assert six[3] not in store.cases.list("卡盟").ids
    assert list(store.cases.list("卡盟").ids) == in_sql(store, "卡盟", "updated_at", True)


def test_another_connections_commit_reorders_the_next_search(store, six, ranks_always):
    assert store.cases.list("卡盟", sort="order_no", descending=False).ids[0] == six[5]
    other = Store.open(store.data_dir)
    try:
        other.db.execute("UPDATE cases SET order_no = 'KA-1' WHERE id = ?", [six[0]])
        other.db.conn.commit()
    finally:
        other.close()
    listed = store.cases.list("卡盟", sort="order_no", descending=False)
    assert listed.ids[0] == six[0]
    assert listed[0].order_no == "KA-1"


def test_opening_the_store_imports_neither_sqlite_utils_nor_pillow(tmp_path, store, six):
    # The window's first paint waits for this; both libraries load on first write or intake.
    code = (
        "import sys; from pathlib import Path; from disputekit.store import Store\n"
        f"s = Store.open(Path({str(store.data_dir)!r})); rows = s.cases.list('卡盟')[:50]\n"
        "assert len(rows) == 5, rows\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'sqlite_utils', 'PIL'})\n"
        "print(','.join(loaded))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == ""


def test_an_order_read_inside_a_rolled_back_write_is_not_kept(store, six, ranks_always):
    before = store.cases.list("卡盟").ids
    store.db.execute(
        "UPDATE cases SET updated_at = '2026-12-01T08:00:00.000000+08:00' WHERE id = ?", [six[5]]
    )
    assert store.cases.list("卡盟").ids[0] == six[5]  # this connection sees its own write
    store.db.conn.rollback()
    assert store.cases.list("卡盟").ids == before
