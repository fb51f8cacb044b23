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
from typing import Any

from publicsuffixlist import PublicSuffixList

from disputekit.domain.advice.contact_check import normalise_address, normalise_phone
from disputekit.domain.groups.channels import REACHING_KINDS
from disputekit.domain.groups.grouping import Decisions, SellerGroup, group_described
from disputekit.domain.groups.seller_keys import SellerDescription

DECISIONS = "seller_group_decisions"

# Each row: the seller as the case describes it, one JSON array [credit code, address,
# company, shop, platform, [payment notes]] (one json_extract with three paths parses the
# document once; the events are read only for a case that has a payment event, by the
# events_by_kind index), then the case's figures. Cases that describe their seller alike
# share the one text, which is the key they are gathered by.
FACTS_SQL = """
SELECT json_insert(
         coalesce(json_extract(doc_json, '$.respondent.credit_code', '$.respondent.url',
                               '$.respondent.company'), '[null, null, null]'),
         '$[#]', shop, '$[#]', platform, '$[#]',
         CASE WHEN id IN (SELECT case_id FROM events WHERE kind = 'paid') THEN
         json((SELECT json_group_array(json_extract(e.value, '$.note'))
                 FROM json_each(doc_json, '$.events') AS e
                WHERE json_extract(e.value, '$.kind') = 'paid')) END),
       id, complainant_phone, complainant_address, coalesce(refund_amount, amount_paid),
       next_due_at, next_due_kind
FROM cases
"""
# SQLite writes its JSON compact, with nothing around it: `json.loads`'s checks for blanks
# around the value would only double the time of decoding thousands of small arrays.
_decode = json.JSONDecoder().raw_decode

# A row as read, kept as it is (ten thousand are read at once): the seller's description,
# the case id, phone, address, amount claimed, next deadline and its kind.
CaseRow = tuple[str, int, str, str, str, str | None, str | None]

# Per kind of event that shows a channel reached, the cases that have one.
REACHED_SQL = f"""
SELECT kind, group_concat(DISTINCT case_id) FROM events
WHERE kind IN ({",".join("?" * len(REACHING_KINDS))}) GROUP BY kind
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


@dataclass(frozen=True)
class GroupFigures:
    """What a group's summary needs of its cases: the total claimed, the next deadline, the
    contacts its buyers share, the kinds of events that show a channel reached, and how
    each case describes the seller."""

    total: Decimal
    next_due_at: str | None
    next_due_kind: str | None
    shared_contacts: list[tuple[str, tuple[int, ...]]]
    event_kinds: tuple[str, ...]
    sellers: list[SellerDescription]


@dataclass(frozen=True)
class StoredGroups:
    """The groups, with each case's row and seller description to sum them by."""

    groups: list[SellerGroup]
    rows: dict[int, CaseRow]
    sellers: dict[int, SellerDescription]
    cases_by_event_kind: dict[str, frozenset[int]]

    def figures_of(self, group: SellerGroup) -> GroupFigures:
        """The figures of `group`'s cases."""
        rows = [self.rows[i] for i in group.case_ids]
        total = Decimal("0.00")
        due: tuple[str, str | None] | None = None
        for _said, _id, _phone, _address, claimed, due_at, due_kind in rows:
            total += Decimal(claimed)
            if due_at and (due is None or due_at < due[0]):
                due = (due_at, due_kind)
        return GroupFigures(
            total=total,
            next_due_at=due[0] if due else None,
            next_due_kind=due[1] if due else None,
            shared_contacts=shared_contacts(rows) if len(rows) > 1 else [],
            event_kinds=tuple(
                kind
                for kind, cases in self.cases_by_event_kind.items()
                if not cases.isdisjoint(group.case_ids)
            ),
            sellers=[self.sellers[i] for i in group.case_ids],
        )


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
    # Buyers of one seller mostly describe it alike: cases are gathered by the text of their
    # description first, so each is decoded and keyed once, and little is made per case.
    alike: dict[str, list[int]] = {}
    rows: dict[int, CaseRow] = {}
    for row in conn.execute(FACTS_SQL):
        said, cid = row[0], row[1]
        ids = alike.get(said)
        if ids is None:
            alike[said] = [cid]
        else:
            ids.append(cid)
        rows[cid] = row
    described: list[tuple[SellerDescription, list[int]]] = []
    sellers: dict[int, SellerDescription] = {}
    for said, ids in alike.items():
        credit, url, company, shop, platform, notes = _decode(said)[0]
        description = SellerDescription(
            credit or "", url or "", company or "", shop, platform,
            tuple(n for n in notes if n) if notes else (),
        )  # fmt: skip
        described.append((description, ids))
        for cid in ids:
            sellers[cid] = description
    groups = group_described(described, registrable_domain, decisions)
    return StoredGroups(groups, rows, sellers, _cases_by_event_kind(conn))


def _cases_by_event_kind(conn: sqlite3.Connection) -> dict[str, frozenset[int]]:
    return {
        kind: frozenset(int(i) for i in ids.split(","))
        for kind, ids in conn.execute(REACHED_SQL, REACHING_KINDS)
    }


def shared_contacts(rows: list[CaseRow]) -> list[tuple[str, tuple[int, ...]]]:
    """("phone" | "address", case ids) for each phone number or address that two or more
    of these cases give (办法第十七条(四)); the values themselves are not returned."""
    phones: dict[str, list[int]] = {}
    addresses: dict[str, list[int]] = {}
    for _said, cid, phone, address, _claimed, _due_at, _due_kind in rows:
        # Most phones are digits already: the same value without the character walk.
        if phone and not phone.isdigit():
            phone = normalise_phone(phone)
        if phone:
            phones.setdefault(phone, []).append(cid)
        address = normalise_address(address)
        if address:
            addresses.setdefault(address, []).append(cid)
    return sorted(
        (kind, tuple(sorted(ids)))
        for kind, by_value in (("address", addresses), ("phone", phones))
        for ids in by_value.values()
        if len(ids) > 1
    )


def files_in_several_cases(conn: sqlite3.Connection) -> list[tuple[int, ...]]:
    """For each evidence file (SHA-256) that two or more cases hold: their case ids (by the
    evidence_sha256 index), sorted."""
    rows = conn.execute(
        "SELECT group_concat(DISTINCT case_id) FROM evidence GROUP BY sha256 "
        "HAVING count(DISTINCT case_id) > 1"
    )
    return sorted(tuple(sorted(int(i) for i in ids.split(","))) for (ids,) in rows)
