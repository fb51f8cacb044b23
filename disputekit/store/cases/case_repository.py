"""Cases in SQLite: the repository both the UI and the CLI use.

A case is written whole (the `cases` row with its document, the index rows of its events
and evidence, and its search text) in ONE transaction, so a reader or a crash never sees
half of it. Evidence rows point at vault files by sha256 (a foreign key on `files`);
deleting a case never deletes a file.
"""

from __future__ import annotations

import builtins
import copy
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind, OrderStatus
from disputekit.messages import Msg, msg
from disputekit.store.cases.case_list import DAMAGE, CaseDamaged, CaseList, CaseNotFound, order_sql
from disputekit.store.cases.case_rows import (
    CaseRows,
    case_from_row,
    case_to_rows,
    normalise_evidence_files,
)
from disputekit.store.cases.dismissals import all_dismissed, dismissed_of, forget_case
from disputekit.store.cases.next_due import instant as _instant
from disputekit.store.cases.next_due import next_due, readable, write_next_due
from disputekit.store.cases.search import FTS_COLUMNS, query_terms, spaced
from disputekit.store.cases.shared_contacts import find_shared_contacts
from disputekit.store.cases.sort_ranks import SortRanks
from disputekit.store.db import Database, write_transaction
from disputekit.store.fill_ticks import forget_ticks

if TYPE_CHECKING:
    from disputekit.domain.advice.contact_check import SharedContact
    from disputekit.domain.deadlines.calendar import WorkCalendar
    from disputekit.store.vault.evidence_vault import StoredFile


# The largest id SQLite can store (a signed 64-bit integer).
MAX_ROWID = 2**63 - 1


class EvidenceNotFound(KeyError):
    """No evidence item with this id in the case: `EvidenceNotFound(evidence_id, case_id)`."""

    @property
    def text(self) -> Msg:
        """The explanation as a message code (rendered per language by the UI)."""
        return msg("store.evidence_not_found", evidence=repr(self.args[0]), case_id=self.args[1])

    def __str__(self) -> str:
        return str(self.text)


class MissingFileError(ValueError):
    """Evidence that names a file the vault does not hold."""


def _now() -> str:
    return _instant(datetime.now(UTC))


class CaseRepository:
    """Create, read, replace, delete and search cases.

    `calendar` supplies the working-day calendar for the cached next deadline.
    """

    def __init__(
        self,
        db: Database,
        calendar: Callable[[], WorkCalendar | None] = lambda: None,
    ) -> None:
        self.db = db
        self._calendar = calendar
        self._ranks = SortRanks(db.conn, order_sql)

    # ---- reading -------------------------------------------------------------------------

    def list(
        self,
        query: str = "",
        status: OrderStatus | None = None,
        sort: str = "updated_at",
        descending: bool = True,
    ) -> CaseList:
        """Cases matching every term of `query` (substring, any indexed field) and `status`,
        ordered by the list column `sort` (a `SORT_KEYS` name), most recently updated first
        by default. Lazy: only the ids are read now, rows as they are used (see CaseList)."""
        terms = query_terms(query)
        return CaseList.select(self.db, terms, status, sort, descending, ranks=self._ranks)

    def due_by(self, moment: datetime) -> CaseList:
        """Cases whose cached next deadline falls at or before `moment` (reminders read
        these instead of every case), most recently updated first."""
        return CaseList.select(self.db, [], due_by=_instant(moment))

    def get(self, case_id: int) -> Case:
        """The case as last written; raises `CaseNotFound`."""
        if not 0 < case_id <= MAX_ROWID:  # SQLite cannot even be asked (OverflowError)
            raise CaseNotFound(case_id)
        rows = self._fetch("SELECT doc_json FROM cases WHERE id = ?", case_id)
        if not rows:
            raise CaseNotFound(case_id)
        try:
            return case_from_row(rows[0])
        except DAMAGE as exc:  # NULL, cut short, not an object, a field that cannot be read
            raise CaseDamaged(case_id) from exc

    def count(self) -> int:
        """How many cases the store holds."""
        return int(self.db.execute("SELECT count(*) FROM cases").fetchone()[0])

    def shared_contacts(self, case: Case, case_id: int | None = None) -> tuple[SharedContact, ...]:
        """Other stored cases whose complainant, by another name, uses `case`'s phone or
        address (办法第十七条(四)); `case_id` is the case itself, left out."""
        return find_shared_contacts(self.db.conn, case, case_id)

    def ids(self) -> builtins.list[int]:
        """Every case id, oldest first."""
        return [r[0] for r in self.db.execute("SELECT id FROM cases ORDER BY id")]

    def referenced_files(self) -> set[str]:
        """The sha256 of every file a case uses, and of the originals those were derived
        from (a redacted copy keeps its original alive)."""
        rows = self.db.execute(
            "SELECT sha256 FROM evidence UNION SELECT derived_from FROM evidence "
            "WHERE derived_from IS NOT NULL UNION SELECT f.derived_from FROM files f "
            "JOIN evidence e ON e.sha256 = f.sha256 WHERE f.derived_from IS NOT NULL"
        )
        return {r[0] for r in rows}

    # ---- writing -------------------------------------------------------------------------

    def create(self, case: Case) -> int:
        """Store a new case; returns its id. Evidence must name vault files by sha256."""
        return self.create_many([case])[0]

    def create_many(self, cases: Iterable[Case]) -> builtins.list[int]:
        """Store several new cases in one transaction (imports, demo data, benchmarks)."""
        ids: builtins.list[int] = []
        calendar = self._calendar()
        with write_transaction(self.db):
            for case in cases:
                prepared, rows = self._prepare(case)
                now = _now()
                row = self._case_row(prepared, rows, calendar, ())
                row.update(created_at=now, updated_at=now)
                cols = ", ".join(row)
                cur = self.db.conn.execute(
                    f"INSERT INTO cases ({cols}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                case_id = int(cur.lastrowid or 0)
                self._insert_children(case_id, rows)
                ids.append(case_id)
        return ids

    def save(self, case_id: int, case: Case) -> None:
        """Replace the stored case `case_id` with `case`, whole, in one transaction."""
        prepared, rows = self._prepare(case)
        row = self._case_row(prepared, rows, self._calendar(), dismissed_of(self.db, case_id))
        row["updated_at"] = _now()
        with write_transaction(self.db):
            sets = ", ".join(f"{k} = ?" for k in row)
            cur = self.db.conn.execute(
                f"UPDATE cases SET {sets} WHERE id = ?", [*row.values(), case_id]
            )
            if cur.rowcount != 1:
                raise CaseNotFound(case_id)
            self._delete_children(case_id)
            self._insert_children(case_id, rows)

    def delete(self, case_id: int) -> None:
        """Delete the case, its rows, dismissals and fill-sheet ticks; vault files stay (gc)."""
        with write_transaction(self.db):
            cur = self.db.conn.execute("DELETE FROM cases WHERE id = ?", [case_id])
            if cur.rowcount != 1:
                raise CaseNotFound(case_id)
            _delete_search_rows(self.db, case_id)
            forget_case(self.db, case_id)
            forget_ticks(self.db, case_id)

    def add_evidence(
        self,
        case_id: int,
        stored: StoredFile,
        kind: EvidenceKind = EvidenceKind.OTHER,
        caption: str = "",
        proves: str = "",
        captured_at: datetime | None = None,
        source: str = "",
    ) -> EvidenceItem:
        """Attach a vault file to the case as a new evidence item; returns the item."""
        with write_transaction(self.db):
            case = self.get(case_id)
            item = EvidenceItem(
                id=case.new_evidence_id(),
                kind=kind,
                file=stored.original_name,
                caption=caption,
                proves=proves,
                captured_at=captured_at,
                source=source or stored.source_note,
                sha256=stored.sha256,
                original_name=stored.original_name,
                derived_from=stored.derived_from,
            )
            case.evidence.append(item)
            self.save(case_id, case)
            return self.get(case_id).evidence[-1]

    def remove_evidence(self, case_id: int, evidence_id: str) -> None:
        """Remove an evidence item from the case and from its events; the file stays."""
        with write_transaction(self.db):
            case = self.get(case_id)
            if case.evidence_by_id(evidence_id) is None:
                raise EvidenceNotFound(evidence_id, case_id)
            case.evidence = [e for e in case.evidence if e.id != evidence_id]
            for event in case.events:
                event.evidence = [ref for ref in event.evidence if ref != evidence_id]
            self.save(case_id, case)

    def refresh_digests(self) -> None:
        """Recompute every cached next deadline (after the calendar overrides changed)."""
        calendar, dismissed = self._calendar(), all_dismissed(self.db)
        with write_transaction(self.db):
            for case_id, case in readable(self.get, self.ids()):  # a damaged row is skipped
                write_next_due(self.db, case_id, case, calendar, dismissed.get(case_id, ()))

    # ---- internals -----------------------------------------------------------------------

    def _fetch(self, sql: str, *params: Any) -> builtins.list[dict[str, Any]]:
        cur = self.db.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def _prepare(self, case: Case) -> tuple[Case, CaseRows]:
        """A copy of `case` with bundle paths set, and its rows; refuses evidence the vault
        lacks."""
        case = copy.deepcopy(case)
        shas = {e.sha256 for e in case.evidence if e.sha256}
        known = self._vault_names(shas)
        for item in case.evidence:
            if not item.sha256:
                raise MissingFileError(f"evidence {item.id!r} has no sha256: add its file first")
            if item.sha256 not in known:
                raise MissingFileError(
                    f"evidence {item.id!r}: file {item.sha256} is not in the evidence vault"
                )
        normalise_evidence_files(case, known)
        return case, case_to_rows(case)

    def _vault_names(self, shas: set[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        ordered = sorted(shas)
        for start in range(0, len(ordered), 500):  # stay under SQLite's variable limit
            chunk = ordered[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            cur = self.db.conn.execute(
                f"SELECT sha256, original_name FROM files WHERE sha256 IN ({marks})", chunk
            )
            found.update(dict(cur.fetchall()))
        return found

    def _case_row(
        self, case: Case, rows: CaseRows, calendar: WorkCalendar | None, dismissed: Collection[str]
    ) -> dict[str, Any]:
        row = dict(rows.case)
        row["next_due_at"], row["next_due_kind"] = next_due(case, calendar, dismissed)
        return row

    def _delete_children(self, case_id: int) -> None:
        for table in ("events", "evidence"):
            self.db.conn.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id])
        _delete_search_rows(self.db, case_id)

    def _insert_children(self, case_id: int, rows: CaseRows) -> None:
        for table, items in (("evidence", rows.evidence), ("events", rows.events)):
            _insert_many(self.db, table, [{"case_id": case_id, **r} for r in items])
        fts = {"rowid": case_id, **{c: rows.fts[c] for c in FTS_COLUMNS}}
        _insert_many(self.db, "case_fts", [fts])
        chars = {"rowid": case_id, **{c: spaced(rows.fts[c]) for c in FTS_COLUMNS}}
        _insert_many(self.db, "case_chars", [chars])


def _delete_search_rows(db: Database, case_id: int) -> None:
    for table in ("case_fts", "case_chars"):
        db.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [case_id])


def _insert_many(db: Database, table: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    db.conn.executemany(sql, [[r[c] for c in cols] for r in rows])
