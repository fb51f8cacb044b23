"""A lazy case list: the ordered ids of the matching cases up front, rows read in pages.

Searching 10,000 cases for "卡盟" hits nearly all of them; building a `CaseSummary` for every
hit cost 30x the search itself, while a screen shows about fifty rows. So `CaseList.select`
runs ONE query for the ids (search, filters and order all in SQL) and `CaseSummary` rows are
built only when asked for, `PAGE_SIZE` at a time, and kept.

A case deleted after the id query keeps its position (the length does not change under a
view) but has no row: `get` returns None, `[i]` raises `CaseGone` (a `CaseNotFound`), and
iteration and slices skip it (so `list(cases)` may be shorter than `len(cases)`). A page read
before the delete still shows the row, and cases changed meanwhile show the state of when
their page was read. Callers that outlive a store change make a new list (the UI reloads
after every change it makes).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import overload

from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.messages import Msg, msg
from disputekit.store.cases.search import matching_ids_sql
from disputekit.store.cases.sort_ranks import SortRanks
from disputekit.store.cases.summaries import CaseSummary, filter_sql, page_sql, summary_from_row
from disputekit.store.db import Database

PAGE_SIZE = 64  # rows per SQL read: a tall window's screenful; ~0.5 ms each at 10,000 cases

_STATUS_RANK = " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(OrderStatus))
# Each list column's order in SQL. Text ignores ASCII case; Chinese sorts by code point.
SORT_KEYS: dict[str, str] = {
    "platform": "c.platform COLLATE NOCASE",
    "complainant_name": "c.complainant_name COLLATE NOCASE",
    # The digits as dialled: "139 1234 5678" and "139-1234-5678" sort as 13912345678.
    "complainant_phone": "replace(replace(c.complainant_phone, ' ', ''), '-', '')",
    "order_no": "c.order_no COLLATE NOCASE",
    "product": "c.product COLLATE NOCASE",
    # Stored as decimal text: "1000.00" must come after "99.00".
    "amount_paid": "CAST(c.amount_paid AS REAL)",
    # The order the statuses are declared in (the workflow), not their spelling.
    "status": f"CASE c.status {_STATUS_RANK} ELSE {len(OrderStatus)} END",
    # Instants are stored with one fixed offset, so text order is time order.
    "next_due_at": "c.next_due_at",
    "updated_at": "c.updated_at",
}


class CaseNotFound(KeyError):
    """No case with this id (defined here, below the repository, so `CaseGone` can be one)."""

    def __init__(self, case_id: int) -> None:
        super().__init__(case_id)
        self.case_id = case_id

    @property
    def text(self) -> Msg:
        """The explanation as a message code (rendered per language by the UI)."""
        return msg("store.case_not_found", case_id=self.case_id)

    def __str__(self) -> str:
        return str(self.text)


# What decoding a damaged stored row raises (json, the codec, Decimal, datetime, enums).
DAMAGE = (ValueError, TypeError, KeyError, AttributeError, ArithmeticError, RecursionError)


class CaseDamaged(CaseNotFound):
    """The case's stored row cannot be read back (a damaged database page, an edit outside
    DisputeKit); the other cases are not affected."""

    @property
    def text(self) -> Msg:
        """The explanation as a message code (rendered per language by the UI)."""
        return msg("store.case_damaged", case_id=self.case_id)


class CaseGone(CaseNotFound):
    """The case at this position was deleted after the list was made."""

    @property
    def text(self) -> Msg:
        """The explanation as a message code (rendered per language by the UI)."""
        return msg("store.case_gone", case_id=self.case_id)


def ids_sql(
    terms: list[str],
    status: OrderStatus | None,
    sort: str,
    descending: bool,
    due_by: str | None = None,
) -> tuple[str, list[str]]:
    """`(sql, params)` selecting the ids of the matching cases in list order; ties by id
    (same direction), cases without a deadline last in either direction."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")
    where, params = filter_sql(terms, status, due_by)
    way = "DESC" if descending else "ASC"
    order = f"{SORT_KEYS[sort]} {way}, c.id {way}"
    if sort == "next_due_at":
        order = "c.next_due_at IS NULL, " + order
    elif sort == "complainant_phone":  # cases without a phone last either way
        order = "c.complainant_phone = '', " + order
    return f"SELECT c.id FROM cases c {'WHERE ' + where if where else ''} ORDER BY {order}", params


def order_sql(sort: str, descending: bool, where: str = "") -> str:
    """The SQL selecting every case id (or those meeting `where`, a condition on `cases c`)
    in the list order `sort`/`descending`."""
    sql = ids_sql([], None, sort, descending)[0]
    return sql.replace(" ORDER BY ", f" WHERE {where} ORDER BY ", 1) if where else sql


class CaseList(Sequence[CaseSummary]):
    """The cases of one list query, in order; rows are read from `db` on first access."""

    def __init__(self, db: Database, ids: Sequence[int], page_size: int = PAGE_SIZE) -> None:
        self._db = db
        self._ids = tuple(ids)
        self._page_size = page_size
        self._pages: dict[int, list[CaseSummary | None]] = {}
        self._positions: dict[int, int] | None = None

    @classmethod
    def select(
        cls,
        db: Database,
        terms: list[str],
        status: OrderStatus | None = None,
        sort: str = "updated_at",
        descending: bool = True,
        due_by: str | None = None,
        ranks: SortRanks | None = None,
    ) -> CaseList:
        """The cases matching all `terms`, `status` and `due_by`, ordered by the `SORT_KEYS`
        entry `sort`; reads only their ids. With `ranks`, a plain search orders its hits by
        the cached list positions instead of in SQL."""
        if terms and status is None and due_by is None and ranks is not None:
            if sort not in SORT_KEYS:
                raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")
            hits_sql, hits_params = matching_ids_sql(terms)
            hits = [r[0] for r in db.conn.execute(hits_sql, hits_params)]
            ordered = ranks.order(hits, sort, descending)
            if ordered is None:  # a few hits: SQL orders them without loading every rank
                sql = order_sql(sort, descending, where="c.id IN (SELECT value FROM json_each(?))")
                ordered = [r[0] for r in db.conn.execute(sql, [json.dumps(hits)])]
            return cls(db, ordered)
        sql, params = ids_sql(terms, status, sort, descending, due_by)
        return cls(db, [r[0] for r in db.conn.execute(sql, params)])

    @property
    def ids(self) -> tuple[int, ...]:
        """Every listed case id, in list order (no row is read)."""
        return self._ids

    def index_of(self, case_id: int) -> int | None:
        """The position of `case_id` in the list, or None."""
        if self._positions is None:
            self._positions = {case_id: i for i, case_id in enumerate(self._ids)}
        return self._positions.get(case_id)

    def get(self, index: int) -> CaseSummary | None:
        """The row at `index` (negative counts from the end), or None if its case was
        deleted since the list was made; raises IndexError outside the list."""
        if index < 0:
            index += len(self._ids)
        if not 0 <= index < len(self._ids):
            raise IndexError(f"case list index {index} out of range")
        page, offset = divmod(index, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._pages[page] = self._read(page)
        return rows[offset]

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> CaseSummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[CaseSummary]: ...

    def __getitem__(self, index: int | slice) -> CaseSummary | list[CaseSummary]:
        if isinstance(index, slice):
            return self._present(range(*index.indices(len(self._ids))))
        row = self.get(index)
        if row is None:
            raise CaseGone(self._ids[index])
        return row

    def __iter__(self) -> Iterator[CaseSummary]:
        # A page at a time, as the loop gets there: a caller may stop early.
        return self._walk(range(len(self._ids)))

    def __reversed__(self) -> Iterator[CaseSummary]:
        return self._walk(range(len(self._ids) - 1, -1, -1))

    def __repr__(self) -> str:
        return f"<CaseList of {len(self._ids)} cases, {len(self._pages)} pages read>"

    def _present(self, positions: range) -> list[CaseSummary]:
        return list(self._walk(positions))

    def _walk(self, positions: range) -> Iterator[CaseSummary]:
        for i in positions:
            row = self.get(i)
            if row is not None:
                yield row

    def _read(self, page: int) -> list[CaseSummary | None]:
        start = page * self._page_size
        ids = self._ids[start : start + self._page_size]
        found = {r[0]: summary_from_row(r) for r in self._db.conn.execute(page_sql(len(ids)), ids)}
        return [found.get(case_id) for case_id in ids]
