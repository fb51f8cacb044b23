"""An official bill into a case: the file kept once in the vault as `payment_record`
evidence, the case's row found, its empty payment fields filled. Used by the `bill` command
and the GUI's import dialog alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from disputekit.bills.match import case_from_row, differences, fill_order, find_row
from disputekit.bills.model import Bill, BillError, BillRow
from disputekit.domain.case.model import Case, EvidenceItem, Order
from disputekit.domain.case.vocabulary import EvidenceKind, EvidenceSource
from disputekit.messages import msg
from disputekit.store import CaseNotFound, IntakeError
from disputekit.store.db import write_transaction
from disputekit.store.store import Store
from disputekit.store.vault.evidence_vault import StoredFile
from disputekit.timeutil import precise_datetime

OFFICIAL_EXPORT = EvidenceSource.OFFICIAL_EXPORT.value


class NoMatchingRow(LookupError):
    """No single row of the bill is the case's order; `nearest` are the closest rows and
    `order` the case's order they were matched against."""

    def __init__(
        self,
        case_id: int,
        nearest: list[BillRow],
        ambiguous: bool,
        order: Order,
    ) -> None:
        self.case_id = case_id
        self.nearest = nearest
        self.ambiguous = ambiguous
        self.order = order
        what = "several rows match" if ambiguous else "no row matches"
        super().__init__(f"{what} case {case_id}'s order")


@dataclass
class AttachResult:
    """What an import did: the case, the bill's evidence item, the row(s) used, how the row
    was found and which order fields were filled."""

    case_id: int
    evidence_id: str
    rows: list[BillRow]
    rule: str
    filled: list[str] = field(default_factory=list)
    created: bool = False
    # (field, case value, bill value) where the case already said something else: kept.
    differs: list[tuple[str, str, str]] = field(default_factory=list)


def evidence_source(bill: Bill) -> str:
    """`official_export` for the provider's own file; a plain statement for a re-saved copy,
    which must not pass for the original."""
    if bill.resaved:
        return f"{bill.source.zh}账单导出（经表格软件另存，已不是原始导出文件）"
    return OFFICIAL_EXPORT


def _caption(bill: Bill, rows: Sequence[BillRow]) -> str:
    numbers = "、".join(str(r.number) for r in rows)
    return f"{bill.source.zh}账单（用于个人对账）第 {numbers} 行"


def _proves(bill: Bill, rows: Sequence[BillRow]) -> str:
    parts = []
    for r in rows:
        number = r.transaction_no or r.merchant_order_no
        parts.append(
            f"{precise_datetime(r.time)} 向{r.counterparty or '对方'}付款 {r.amount} 元"
            + (f"（交易单号 {number}）" if number else "")
        )
    return "；".join(parts)


def store_bill(store: Store, bill: Bill) -> StoredFile:
    """The bill file in the vault (stored once: the same export twice is one file)."""
    return store.vault.add_bytes(bill.data, bill.file_name, source_note=evidence_source(bill))


def _rows(bill: Bill, numbers: Sequence[int]) -> list[BillRow]:
    out = []
    for n in numbers:
        if not 1 <= n <= len(bill.rows):
            raise BillError(
                "bad_row",
                f"{bill.file_name} has rows 1 to {len(bill.rows)}; there is no row {n}",
                f"「{bill.file_name}」只有第 1 到 {len(bill.rows)} 行，没有第 {n} 行",
            )
        out.append(bill.rows[n - 1])
    return out


def _add_item(case: Case, stored: StoredFile, bill: Bill, rows: Sequence[BillRow]) -> str:
    """The bill's evidence item in `case` (an existing one for the same file is reused).

    `bill_rows` (kept in the case JSON) records the rows that are this case's order, so the
    packet prints those rows, also when the user picked them by hand."""
    numbers = [r.number for r in rows]
    existing = next((e for e in case.evidence if e.sha256 == stored.sha256), None)
    if existing is not None:
        existing.bill_rows = sorted({*existing.bill_rows, *numbers})
        return existing.id
    item = EvidenceItem(
        id=case.new_evidence_id(),
        kind=EvidenceKind.PAYMENT_RECORD,
        file=stored.original_name,
        caption=_caption(bill, rows),
        proves=_proves(bill, rows),
        source=evidence_source(bill),
        captured_at=bill.exported_at,  # when the provider produced the file
        sha256=stored.sha256,
        original_name=stored.original_name,
        bill_rows=numbers,
    )
    case.evidence.append(item)
    return item.id


def attach_bill(
    store: Store, case_id: int, bill: Bill, rows: Sequence[int] | None = None
) -> AttachResult:
    """Attach `bill` to case `case_id` and fill its empty payment fields from the case's row.

    `rows` (1-based) names the row(s) to use; without it the row is found from the order
    (`disputekit.bills.match.find_row`) and NoMatchingRow is raised when none is. Nothing is
    stored when the row is not found.
    """
    case = store.cases.get(case_id)
    if rows:
        chosen, rule = _rows(bill, rows), "chosen"
    else:
        match = find_row(bill.rows, case.order)
        if match.row is None:
            raise NoMatchingRow(case_id, match.nearest, match.ambiguous, case.order)
        chosen, rule = [match.row], match.rule
    stored = store_bill(store, bill)
    with write_transaction(store.db):
        case = store.cases.get(case_id)  # again: another window may have saved meanwhile
        evidence_id = _add_item(case, stored, bill, chosen)
        filled = fill_order(case, chosen[0], bill.source, evidence_id)
        store.cases.save(case_id, case)
    differs = differences(case.order, chosen[0])
    return AttachResult(case_id, evidence_id, chosen, rule, filled, differs=differs)


def create_cases(store: Store, bill: Bill, rows: Sequence[int]) -> list[AttachResult]:
    """One new case per row, each with the bill as its payment evidence (one vault file)."""
    chosen = _rows(bill, rows)
    for row in chosen:
        if row.amount < 0:  # an export writes no sign: an edited file is no case's proof
            refusal = msg("bills.negative_row", name=bill.file_name, row=row.number)
            raise BillError("bad_row", refusal)
    stored = store_bill(store, bill)
    cases = []
    for row in chosen:
        case = case_from_row(row, bill.source)
        evidence_id = _add_item(case, stored, bill, [row])
        case.events[0].evidence.append(evidence_id)
        cases.append((case, row, evidence_id))
    ids = store.cases.create_many([c for c, _, _ in cases])
    return [
        AttachResult(case_id, evidence_id, [row], "chosen", [], created=True)
        for case_id, (_, row, evidence_id) in zip(ids, cases, strict=True)
    ]


# Why attaching a bill or making cases from it is refused, each explained by its message.
FAILURES: tuple[type[Exception], ...] = (CaseNotFound, BillError, IntakeError)


def import_bill(
    store: Store, bill: Bill, case_id: int | None, rows: Sequence[int] | None
) -> list[AttachResult]:
    """Attach `bill` to case `case_id`, or with no case make one case per row of `rows`."""
    if case_id is None:
        return create_cases(store, bill, rows or [])
    return [attach_bill(store, case_id, bill, rows)]
