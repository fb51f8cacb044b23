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
    if not (phone or address):
        return ()
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
    return tuple(found)
