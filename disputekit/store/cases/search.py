"""Full-text search over the two FTS5 tables (rowid = case id): query text -> SQL filter.

`case_fts` uses the trigram tokenizer: any substring of 3+ characters is found through the
index, which is what Chinese text (no spaces between words) and partial order numbers need.
Trigrams cannot serve a term of one or two characters ("Q币", "卡盟", as the user starts
typing), so `case_chars` holds the same text with every character a separate token, and such
a term becomes a phrase of single characters: again an indexed substring search. A short term
that has no letter or digit at all ("%", "😀") is checked with `instr` over the indexed text.
Every whitespace-separated term must match (AND); matching ignores case.
"""

from __future__ import annotations

FTS_COLUMNS = ("platform", "shop", "order_no", "product", "names", "notes")
_MIN_TRIGRAM = 3
# All indexed text of a row in one string; char(10) separators keep terms inside one field.
_ALL_TEXT = " || char(10) || ".join(f"coalesce({c}, '')" for c in FTS_COLUMNS)


def query_terms(query: str) -> list[str]:
    """The search terms of `query`: whitespace-separated, empty ones dropped."""
    return [t for t in query.split() if t]


def spaced(text: str) -> str:
    """`text` with a space between characters: the `case_chars` form of a column."""
    return " ".join(text)


def _phrase(term: str) -> str:
    # Inside an FTS5 string a double quote is written twice; nothing else is special.
    return '"' + term.replace('"', '""') + '"'


def matching_ids_sql(terms: list[str]) -> tuple[str, list[str]]:
    """`(sql, params)`: a `SELECT rowid …` of the case ids matching all `terms`.

    Each index answers its own terms and the sets are intersected: asking one FTS5 table
    for `rowid IN (other table's match)` would make it test every row.
    """
    long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
    char_terms = [t for t in terms if len(t) < _MIN_TRIGRAM and all(c.isalnum() for c in t)]
    scan_terms = [t for t in terms if t not in long_terms and t not in char_terms]
    selects: list[str] = []
    params: list[str] = []
    if long_terms:
        selects.append("SELECT rowid FROM case_fts WHERE case_fts MATCH ?")
        params.append(" AND ".join(_phrase(t) for t in long_terms))
    if char_terms:
        selects.append("SELECT rowid FROM case_chars WHERE case_chars MATCH ?")
        params.append(" AND ".join(_phrase(spaced(t)) for t in char_terms))
    if scan_terms:
        tests = " AND ".join(f"instr(lower({_ALL_TEXT}), lower(?)) > 0" for _ in scan_terms)
        selects.append(f"SELECT rowid FROM case_fts WHERE {tests}")
        params.extend(scan_terms)
    return " INTERSECT ".join(selects) or "SELECT rowid FROM case_fts", params
