"""Full-text search over `case_fts` (FTS5, trigram tokenizer): query text -> SQL filter.

The trigram tokenizer finds any substring of 3+ characters through the index, which is what
Chinese text (no spaces between words) and partial order numbers need. A term of one or two
characters ("Q币", "卡盟", as the user starts typing) cannot use trigrams, so it is checked
with `instr` over the indexed text: a scan, but only of the FTS table, and only for the rows
that the longer terms (if any) already selected. Matching is case-insensitive for ASCII.
Every whitespace-separated term must match (AND).
"""

from __future__ import annotations

FTS_COLUMNS = ("platform", "shop", "order_no", "product", "names", "notes")
_MIN_TRIGRAM = 3
# All indexed text of a row in one string; char(10) separators keep terms inside one field.
_ALL_TEXT = " || char(10) || ".join(f"coalesce({c}, '')" for c in FTS_COLUMNS)


def query_terms(query: str) -> list[str]:
    """The search terms of `query`: whitespace-separated, empty ones dropped."""
    return [t for t in query.split() if t]


def _phrase(term: str) -> str:
    # Inside an FTS5 string a double quote is written twice; nothing else is special.
    return '"' + term.replace('"', '""') + '"'


def fts_condition(terms: list[str]) -> tuple[str, list[str]]:
    """`(where, params)` selecting `case_fts` rows (rowid = case id) matching all `terms`."""
    long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
    short_terms = [t for t in terms if len(t) < _MIN_TRIGRAM]
    parts: list[str] = []
    params: list[str] = []
    if long_terms:
        parts.append("case_fts MATCH ?")
        params.append(" AND ".join(_phrase(t) for t in long_terms))
    for term in short_terms:
        parts.append(f"instr(lower({_ALL_TEXT}), lower(?)) > 0")
        params.append(term)
    return " AND ".join(parts) or "1", params


def matching_ids_sql(terms: list[str]) -> tuple[str, list[str]]:
    """A `SELECT rowid FROM case_fts …` for the case ids matching all `terms`."""
    where, params = fts_condition(terms)
    return f"SELECT rowid FROM case_fts WHERE {where}", params
