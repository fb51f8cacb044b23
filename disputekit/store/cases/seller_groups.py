"""Cases grouped by seller, read in one pass over the `cases` table.

The keys come from the columns the table keeps (shop, platform, contacts, amounts, next
deadline) and, for the seller's credit code, address and company and the bills' payees,
from `doc_json` by SQLite's JSON functions, so no case is decoded in Python. The registrable
domain uses the public-suffix snapshot shipped inside the `publicsuffixlist` package (read
from the package's own file, never downloaded). The volunteer's merges and splits are a
setting (`seller_group_decisions`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, NamedTuple

from publicsuffixlist import PublicSuffixList

from disputekit.domain.advice.contact_check import normalise_address, normalise_phone
from disputekit.domain.groups.channels import REACHING_KINDS
from disputekit.domain.groups.grouping import Decisions, SellerGroup, group_cases
from disputekit.domain.groups.seller_keys import SellerFacts

DECISIONS = "seller_group_decisions"
_NO_SELLER = ("", "", "")
_SEP = "\x1f"

# One json_extract with three paths parses each document once (an array comes back); the
# events are read only for a case that has a payment event (the events_by_kind index).
FACTS_SQL = f"""
SELECT id, shop, platform, complainant_phone, complainant_address, amount_paid,
       refund_amount, next_due_at, next_due_kind,
       json_extract(doc_json, '$.respondent.credit_code', '$.respondent.url',
                    '$.respondent.company'),
       CASE WHEN id IN (SELECT case_id FROM events WHERE kind = 'paid') THEN
       (SELECT group_concat(json_extract(e.value, '$.note'), char({ord(_SEP)}))
          FROM json_each(doc_json, '$.events') AS e
         WHERE json_extract(e.value, '$.kind') = 'paid') END
FROM cases
"""


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # the snapshot bundled with the package; no network


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str | None:
    """`host`'s registrable domain (eTLD+1) by the bundled public-suffix list."""
    if not host:
        return None
    found: Any = _suffixes().privatesuffix(host)
    return str(found) if found else None


class CaseFigures(NamedTuple):
    """What a group's summary needs of one case (a named tuple: fast to make by the
    thousand)."""

    case_id: int
    shop: str
    platform: str
    company: str
    phone: str
    address: str
    claimed: Decimal
    next_due_at: str | None
    next_due_kind: str | None


@dataclass(frozen=True)
class StoredGroups:
    """The groups and the figures of every case in them."""

    groups: list[SellerGroup]
    figures: dict[int, CaseFigures]
    event_kinds: dict[int, set[str]]


def read_decisions(value: Any) -> Decisions:
    """The stored decisions (anything malformed is ignored)."""
    if not isinstance(value, dict):
        return Decisions()
    merges = tuple(
        (str(m[0]), str(m[1]))
        for m in value.get("merges", [])
        if isinstance(m, list) and len(m) == 2
    )
    splits = frozenset(int(s) for s in value.get("splits", []) if isinstance(s, int))
    return Decisions(merges, splits)


def decisions_value(decisions: Decisions) -> dict[str, Any]:
    """The decisions as a JSON value for the settings table."""
    return {
        "merges": [list(m) for m in decisions.merges],
        "splits": sorted(decisions.splits),
    }


def stored_groups(conn: sqlite3.Connection, decisions: Decisions) -> StoredGroups:
    """Every stored case in its seller group."""
    facts: list[SellerFacts] = []
    figures: dict[int, CaseFigures] = {}
    loads, add = json.loads, facts.append  # local names: this loop runs once per case
    # Buyers of one seller mostly describe it alike: each description is decoded once.
    decoded: dict[str, Any] = {}
    for row in conn.execute(FACTS_SQL):
        (cid, shop, platform, phone, address, paid, refund, due_at, due_kind,
         seller, notes) = row  # fmt: skip
        if not seller:
            credit, url, company = _NO_SELLER
        else:
            found = decoded.get(seller)
            credit, url, company = found or decoded.setdefault(seller, loads(seller))
        company = company or ""
        payee_notes = tuple(notes.split(_SEP)) if notes else ()
        add(SellerFacts(cid, credit or "", url or "", company, shop, platform, payee_notes))
        claimed = Decimal(paid if refund is None else refund)
        figures[cid] = CaseFigures(
            cid, shop, platform, company, phone, address, claimed, due_at, due_kind
        )
    groups = group_cases(facts, registrable_domain, decisions)
    return StoredGroups(groups, figures, _event_kinds(conn))


def _event_kinds(conn: sqlite3.Connection) -> dict[int, set[str]]:
    """Each case's kinds of events that show a channel reached (the events_by_kind index)."""
    marks = ",".join("?" * len(REACHING_KINDS))
    kinds: dict[int, set[str]] = {}
    for cid, kind in conn.execute(
        f"SELECT DISTINCT case_id, kind FROM events WHERE kind IN ({marks})", REACHING_KINDS
    ):
        kinds.setdefault(cid, set()).add(kind)
    return kinds


def shared_contacts(figures: list[CaseFigures]) -> list[tuple[str, tuple[int, ...]]]:
    """("phone" | "address", case ids) for each phone number or address that two or more
    of these cases give (办法第十七条(四)); the values themselves are not returned."""
    by_value: dict[tuple[str, str], list[int]] = {}
    for f in figures:
        # Most phones are digits already: the same value without the character walk.
        phone = f.phone if f.phone.isdigit() else normalise_phone(f.phone)
        for kind, value in (("phone", phone), ("address", normalise_address(f.address))):
            if value:
                by_value.setdefault((kind, value), []).append(f.case_id)
    return sorted(
        ((kind, tuple(sorted(ids))) for (kind, _), ids in by_value.items() if len(ids) > 1),
        key=lambda item: (item[0], item[1]),
    )


def files_in_several_cases(conn: sqlite3.Connection) -> list[tuple[int, ...]]:
    """For each evidence file (SHA-256) that two or more cases hold: their case ids (by the
    evidence_sha256 index), sorted."""
    rows = conn.execute(
        "SELECT group_concat(DISTINCT case_id) FROM evidence GROUP BY sha256 "
        "HAVING count(DISTINCT case_id) > 1"
    )
    return sorted(tuple(sorted(int(i) for i in ids.split(","))) for (ids,) in rows)
