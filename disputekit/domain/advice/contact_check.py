"""办法第十七条(四): several complainants using one phone number or address look non-genuine.

A volunteer who types their own phone or address into many buyers' complaints sets off this
sign. The store finds other stored cases whose complainant, a different person, uses the same
phone or address (`SharedContact`, a query result passed in); the comparison with the filer's
own number needs only the case, so it is made here.
"""

from __future__ import annotations

from dataclasses import dataclass

from disputekit.domain.case.model import Case
from disputekit.domain.legal.citations import cite
from disputekit.messages import Joined, msg


@dataclass(frozen=True)
class SharedContact:
    """Another stored case whose complainant (`other_name`) uses this case's `field`."""

    field: str  # "phone", "address", or "file" (then `value` is this case's evidence id)
    value: str
    other_case: str  # how the user finds it: "#12 张三"
    other_name: str


def normalise_phone(value: str) -> str:
    """Digits only, so 138-0000-0000 and 13800000000 compare equal."""
    return "".join(ch for ch in value if ch.isdigit())


def normalise_address(value: str) -> str:
    """Without spaces, so a stray blank does not hide a shared address."""
    return "".join(value.split())


def same_file_warnings(shared: list[SharedContact] | tuple[SharedContact, ...]) -> list[str]:
    """For each evidence file another buyer's case also holds: "同一文件也在案件 N 中"."""
    same_files: dict[str, list[str]] = {}
    for item in shared:
        if item.field == "file":
            same_files.setdefault(item.value, []).append(item.other_case)
    return [
        msg("precheck.same_file_elsewhere", evidence_id=evidence_id, cases="、".join(cases))
        for evidence_id, cases in same_files.items()
    ]


def contact_warnings(
    case: Case, shared: list[SharedContact] | tuple[SharedContact, ...] = ()
) -> list[str]:
    """The 第十七条(四) warnings for `case`: its complainant's phone or address on another
    complainant's case, or equal to the filer's own phone. Empty when none applies."""
    found: list[str] = []
    filer = case.filed_by
    phone = normalise_phone(case.complainant.phone)
    if filer is not None and phone and phone == normalise_phone(filer.phone):
        found.append(msg("contact.same_as_filer", name=filer.name or ""))
    by_field: dict[str, list[str]] = {}
    for item in shared:
        if item.field == "file":
            continue
        by_field.setdefault(item.field, []).append(
            msg("contact.other_case", case=item.other_case, name=item.other_name)
        )
    for field, cases in by_field.items():
        label = msg(f"contact.field.{field}") if field in ("phone", "address") else field
        found.append(msg("contact.shared", field=label, cases=Joined(tuple(cases))))
    files = same_file_warnings(shared)
    if not found:
        return files
    return [
        *files,
        msg(
            "contact.warning",
            found=Joined(tuple(found), "clauses"),
            law=cite("complaint_17_4"),
            agent_law=cite("complaint_11"),
        ),
    ]
