"""The schema of each migration step, as plain SQL statements (one list per version).

Column names say which object of the case JSON they hold; `extra_json` keeps the keys this
version does not know, per object, so they survive a round trip.
"""

from __future__ import annotations

V1: tuple[str, ...] = (
    # The vault's record of each stored file (written by EvidenceVault).
    """CREATE TABLE files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        format TEXT NOT NULL,
        width INTEGER,
        height INTEGER,
        pages INTEGER,
        original_name TEXT NOT NULL DEFAULT '',
        intake_at TEXT NOT NULL,
        source_note TEXT NOT NULL DEFAULT '',
        derived_from TEXT
    )""",
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        complainant_name TEXT NOT NULL DEFAULT '',
        complainant_phone TEXT NOT NULL DEFAULT '',
        complainant_address TEXT NOT NULL DEFAULT '',
        complainant_email TEXT,
        platform TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        shop TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        credit_code TEXT NOT NULL DEFAULT '',
        respondent_address TEXT NOT NULL DEFAULT '',
        respondent_contact TEXT NOT NULL DEFAULT '',
        order_no TEXT NOT NULL DEFAULT '',
        product TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        amount_paid TEXT NOT NULL,
        payment_method TEXT NOT NULL,
        ordered_at TEXT,
        status TEXT NOT NULL,
        instant_delivery INTEGER NOT NULL,
        flash_sale INTEGER NOT NULL,
        transaction_no TEXT NOT NULL DEFAULT '',
        target_game TEXT NOT NULL DEFAULT '',
        target_region TEXT NOT NULL DEFAULT '',
        target_server TEXT NOT NULL DEFAULT '',
        target_account TEXT NOT NULL DEFAULT '',
        problem TEXT NOT NULL,
        problem_known_at TEXT,
        filed_by_name TEXT,
        filed_by_phone TEXT,
        filed_by_relation TEXT,
        filed_by_id_number TEXT,
        refund_amount TEXT,
        claims_delivery INTEGER NOT NULL,
        claims_other TEXT NOT NULL DEFAULT '',
        extra_json TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        next_due_at TEXT,
        next_due_kind TEXT
    )""",
    "CREATE INDEX cases_updated ON cases (updated_at)",
    "CREATE INDEX cases_status ON cases (status)",
    "CREATE INDEX cases_next_due ON cases (next_due_at)",
    """CREATE TABLE events (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        outcome TEXT,
        extra_json TEXT,
        PRIMARY KEY (case_id, event_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE evidence (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        evidence_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES files (sha256),
        kind TEXT NOT NULL,
        file TEXT NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        proves TEXT NOT NULL DEFAULT '',
        captured_at TEXT,
        source TEXT NOT NULL DEFAULT '',
        original_name TEXT NOT NULL DEFAULT '',
        derived_from TEXT,
        extra_json TEXT,
        PRIMARY KEY (case_id, evidence_id)
    ) WITHOUT ROWID""",
    # gc and the foreign key check on `files` look evidence up by file.
    "CREATE INDEX evidence_sha256 ON evidence (sha256)",
    """CREATE TABLE event_evidence (
        case_id INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        evidence_id TEXT NOT NULL,
        PRIMARY KEY (case_id, event_id, position),
        FOREIGN KEY (case_id, event_id) REFERENCES events (case_id, event_id)
            ON DELETE CASCADE,
        FOREIGN KEY (case_id, evidence_id) REFERENCES evidence (case_id, evidence_id)
            ON DELETE CASCADE
    ) WITHOUT ROWID""",
    "CREATE INDEX event_evidence_by_item ON event_evidence (case_id, evidence_id)",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # rowid = cases.id. Trigram: substring search in Chinese text and inside order numbers
    # for terms of 3+ characters (see search.py).
    """CREATE VIRTUAL TABLE case_fts USING fts5 (
        platform, shop, order_no, product, names, notes, tokenize = 'trigram'
    )""",
)

V2: tuple[str, ...] = (
    # The search text with every character a token of its own: a phrase of 1-2 characters
    # ("Q币", "卡盟") is then an indexed substring search, which trigrams cannot do.
    """CREATE VIRTUAL TABLE case_chars USING fts5 (
        platform, shop, order_no, product, names, notes,
        tokenize = 'unicode61 remove_diacritics 0'
    )""",
    # dk_spaced() is registered by the migration step (search.spaced).
    """INSERT INTO case_chars (rowid, platform, shop, order_no, product, names, notes)
    SELECT rowid, dk_spaced(platform), dk_spaced(shop), dk_spaced(order_no),
           dk_spaced(product), dk_spaced(names), dk_spaced(notes)
    FROM case_fts""",
)

V3: tuple[str, ...] = (
    # Narrow covering indexes for the case list's per-row evidence count and refund check:
    # the tables themselves are keyed the same way but carry whole rows (captions, notes).
    "CREATE INDEX evidence_by_case ON evidence (case_id)",
    "CREATE INDEX events_by_kind ON events (case_id, kind)",
)

# Version 4: the case is stored as its document (`cases.doc_json`); the columns that stay
# are those SQL needs (list, sort, filter, contacts, re-import, gc, check). The step itself
# (migrations._v4) fills the documents between ADD and the drops.
V4_ADD: tuple[str, ...] = ("ALTER TABLE cases ADD COLUMN doc_json TEXT",)
V4_DROP_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": (
        "complainant_email", "url", "company", "credit_code", "respondent_address",
        "respondent_contact", "category", "quantity", "payment_method", "ordered_at",
        "instant_delivery", "flash_sale", "transaction_no", "target_game", "target_region",
        "target_server", "target_account", "problem_known_at", "filed_by_name",
        "filed_by_phone", "filed_by_relation", "filed_by_id_number", "claims_delivery",
        "claims_other", "extra_json",
    ),
    "events": ("note", "outcome", "extra_json"),
    "evidence": ("caption", "proves", "captured_at", "source", "original_name", "extra_json"),
}  # fmt: skip
# Which event cites which evidence now lives in the document only.
V4_DROP_TABLES: tuple[str, ...] = ("DROP TABLE event_evidence",)
