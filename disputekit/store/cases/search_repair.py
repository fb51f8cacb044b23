"""Re-creating a missing search index: a dropped `case_fts`/`case_chars` table would make
every search and every save fail ("no such table"). The tables hold only text derived from
each case's document, so they are made again and filled from the documents (a case whose
document cannot be read gets no search text; the list names it as damaged)."""

from __future__ import annotations

import json

from disputekit.domain.case.document.case_dump import case_from_document
from disputekit.store import schema
from disputekit.store.cases.case_list import DAMAGE
from disputekit.store.cases.case_rows import fts_text
from disputekit.store.cases.search import FTS_COLUMNS, spaced
from disputekit.store.db import Database, write_transaction

_TABLES = ("case_fts", "case_chars")


def missing_search_tables(db: Database) -> list[str]:
    """The search tables the database lacks."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in _TABLES if t not in names]


def repair_search(db: Database) -> list[str]:
    """Make the missing search tables again, filled from every readable case; the tables made."""
    missing = missing_search_tables(db)
    if not missing:
        return []
    create = {
        "case_fts": next(s for s in schema.V1 if "case_fts USING" in s),
        "case_chars": next(s for s in schema.V2 if "case_chars USING" in s),
    }
    with write_transaction(db):
        for table in missing:
            db.execute(create[table])
        for case_id, document in db.execute("SELECT id, doc_json FROM cases").fetchall():
            try:
                text = fts_text(case_from_document(json.loads(document)))
            except DAMAGE:
                continue
            for table in missing:
                values = [text[c] if table == "case_fts" else spaced(text[c]) for c in FTS_COLUMNS]
                cols = ", ".join(("rowid", *FTS_COLUMNS))
                marks = ", ".join("?" * (len(FTS_COLUMNS) + 1))
                db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", [case_id, *values])
    return missing
