"""Each case's position in a list order, kept between searches while the database is unchanged.

Ordering the hits of a search in SQL looks every hit up in `cases` and sorts them: for a term
in nearly every case ("卡盟") that took twice as long as the FTS5 query itself. With the
position of every case in the list order at hand (one index scan, about 3 ms for 10,000
cases), the hits are sorted in Python by a dict lookup each, and the next keystroke's search
reuses it. The ranks are dropped when the database changes: `PRAGMA data_version` moves when
another connection (the CLI, a second window) commits, `total_changes` when this one writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Below this many hits an ordered SQL query is cheaper than loading ranks that are not cached.
LOAD_FROM_HITS = 500

OrderSql = Callable[[str, bool], str]


class SortRanks:
    """Positions of every case id in each list order asked for (`order_sql(sort, descending)`
    selects all ids in that order), valid until the database changes."""

    def __init__(self, conn: sqlite3.Connection, order_sql: OrderSql) -> None:
        self._conn = conn
        self._order_sql = order_sql
        self._ranks: dict[tuple[str, bool], dict[int, int]] = {}
        self._stamp: tuple[int, int] | None = None

    def get(self, sort: str, descending: bool, load: bool = True) -> dict[int, int] | None:
        """`{case id: position}` in the order `sort`/`descending`; None when not cached and
        `load` is false (the caller then orders in SQL)."""
        stamp = (self._conn.execute("PRAGMA data_version").fetchone()[0], self._conn.total_changes)
        if stamp != self._stamp or self._conn.in_transaction:
            # Inside an open transaction the order may include writes still to be rolled back
            # (which total_changes does not undo): nothing read now is kept.
            self._ranks.clear()
            self._stamp = None if self._conn.in_transaction else stamp
        key = (sort, descending)
        ranks = self._ranks.get(key)
        if ranks is None and load:
            rows = self._conn.execute(self._order_sql(sort, descending))
            ranks = self._ranks[key] = {row[0]: i for i, row in enumerate(rows)}
        return ranks

    def order(self, ids: list[int], sort: str, descending: bool) -> list[int] | None:
        """`ids` in list order, leaving out ids with no case; None if that would take a rank
        load that costs more than ordering these few ids in SQL."""
        ranks = self.get(sort, descending, load=len(ids) >= LOAD_FROM_HITS)
        if ranks is None:
            return None
        present = [i for i in ids if i in ranks]
        present.sort(key=ranks.__getitem__)
        return present
