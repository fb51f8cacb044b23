"""Other stored cases whose complainant uses the same phone number or address (办法第十七条(四)).

The domain cannot read the store, so this query finds the matches and hands them to
`disputekit.domain.advice.contact_check` as `SharedContact`s. Phones compare by their digits and
addresses without blanks, the same way the domain compares a phone with the filer's.
"""

from __future__ import annotations

import sqlite3

from disputekit.domain.advice.contact_check import SharedContact, normalise_address, normalise_phone
from disputekit.domain.case.model import Case


def find_shared_contacts(
    conn: sqlite3.Connection, case: Case, case_id: int | None = None
) -> tuple[SharedContact, ...]:
    """Stored cases other than `case_id` whose complainant, by another name, uses `case`'s
    phone or address; sorted by case id."""
    phone = normalise_phone(case.complainant.phone)
    address = normalise_address(case.complainant.address)
    name = case.complainant.name.strip()
    files = _shared_files(conn, case, case_id, name)
    if not (phone or address):
        return files
    rows = conn.execute(
        "SELECT id, complainant_name, complainant_phone, complainant_address FROM cases "
        "WHERE id != ? AND trim(complainant_name) != ? "
        "AND (complainant_phone != '' OR complainant_address != '') ORDER BY id",
        (case_id if case_id is not None else -1, name),
    )
    found: list[SharedContact] = []
    for other_id, other_name, other_phone, other_address in rows:
        label = f"案件#{other_id}"
        who = other_name.strip() or "未填写姓名"
        if phone and normalise_phone(other_phone) == phone:
            found.append(SharedContact("phone", case.complainant.phone, label, who))
        if address and normalise_address(other_address) == address:
            found.append(SharedContact("address", case.complainant.address, label, who))
    return (*found, *files)


def _shared_files(
    conn: sqlite3.Connection, case: Case, case_id: int | None, name: str
) -> tuple[SharedContact, ...]:
    """("file", evidence id, other case id, name) for each of `case`'s evidence files that
    another buyer's stored case also holds (the same SHA-256): often a wrong attachment."""
    by_sha: dict[str, list[str]] = {}
    for item in case.evidence:
        if item.sha256:
            by_sha.setdefault(item.sha256, []).append(item.id)
    if not by_sha:
        return ()
    marks = ",".join("?" * len(by_sha))
    rows = conn.execute(
        "SELECT DISTINCT e.sha256, c.id, c.complainant_name FROM evidence AS e "
        "JOIN cases AS c ON c.id = e.case_id "
        f"WHERE e.sha256 IN ({marks}) AND c.id != ? AND trim(c.complainant_name) != ? "
        "ORDER BY c.id",
        (*by_sha, case_id if case_id is not None else -1, name),
    )
    found = [
        SharedContact("file", evidence_id, str(other_id), other_name.strip() or "未填写姓名")
        for sha, other_id, other_name in rows
        for evidence_id in by_sha[sha]
    ]
    return tuple(sorted(found, key=lambda s: (s.value, int(s.other_case))))
