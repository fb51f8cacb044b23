"""Bringing the search index up to what `case_rows.fts_text` puts in it now.

The text a case is found by has grown (phone numbers, payment transaction numbers); a case
saved before then is indexed with the old text. When a writable store opens and a case's phone
is not in its indexed names (an index written before), every case's search rows are written
again from its stored document, in one transaction."""

from __future__ import annotations

import json

from disputekit.domain.case.document.case_dump import case_from_document
from disputekit.store.cases.case_rows import fts_text
from disputekit.store.cases.search import FTS_COLUMNS, spaced
from disputekit.store.db import Database, write_transaction

# A case with a phone the index does not hold: the index predates phones in the search text.
_STALE = """SELECT 1 FROM cases c JOIN case_fts f ON f.rowid = c.id
    WHERE c.complainant_phone != '' AND instr(f.names, c.complainant_phone) = 0 LIMIT 1"""


def refresh_search_text(db: Database) -> int:
    """Re-index every case when the index predates phones and transaction numbers; returns
    how many cases were re-indexed (0 when it was current)."""
    if db.conn.execute(_STALE).fetchone() is None:
        return 0
    rows = db.conn.execute("SELECT id, doc_json FROM cases").fetchall()
    names = ", ".join(FTS_COLUMNS)
    marks = ", ".join("?" * (len(FTS_COLUMNS) + 1))
    with write_transaction(db):
        for case_id, doc in rows:
            text = fts_text(case_from_document(json.loads(doc)))
            for table, convert in (("case_fts", str), ("case_chars", spaced)):
                db.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [case_id])
                db.conn.execute(
                    f"INSERT INTO {table} (rowid, {names}) VALUES ({marks})",
                    [case_id, *(convert(text[c]) for c in FTS_COLUMNS)],
                )
    return len(rows)
