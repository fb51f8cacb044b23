"""The store side of `bill`: `--case` attaches the bill to a case, `--new` makes cases."""

from __future__ import annotations

import argparse
import json
import sys

from disputekit.app.bill_import import FAILURES, AttachResult, NoMatchingRow, import_bill
from disputekit.app.data_folder import FolderUnavailable, open_store
from disputekit.bills.model import Bill
from disputekit.commands import bill_cmd
from disputekit.domain.money import format_money
from disputekit.domain.timeutil import short_datetime


def run_attach(args: argparse.Namespace, bill: Bill) -> int:
    """Attach (`--case`) or create (`--new`); the outcome on stdout, refusals on stderr."""
    try:
        store = open_store(args.data_dir)
    except FolderUnavailable as exc:
        return bill_cmd.fail(f"cannot open the data folder: {exc.raw}")
    try:
        results = import_bill(store, bill, None if args.new else args.case, args.row)
    except NoMatchingRow as exc:
        return _no_match(bill, exc)
    except FAILURES as exc:
        return bill_cmd.fail(getattr(exc, "message", None) or str(exc))
    finally:
        store.close()
    if args.json:
        print(json.dumps([_result_json(r) for r in results], ensure_ascii=False, indent=2))
        return 0
    for r in results:
        print(_result_text(bill, r))
        for name, mine, theirs in r.differs:
            print(
                f"disputekit: note: case {r.case_id}'s {bill_cmd.field_name(name)} is {mine}, "
                f"the bill says {theirs}; the case was left as it is",
                file=sys.stderr,
            )
    return 0


def _result_json(r: AttachResult) -> dict[str, object]:
    return {
        "case_id": r.case_id,
        "created": r.created,
        "evidence_id": r.evidence_id,
        "rows": [row.number for row in r.rows],
        "rule": r.rule,
        "filled": r.filled,
        "differs": [{"field": f, "case": mine, "bill": theirs} for f, mine, theirs in r.differs],
    }


def _result_text(bill: Bill, r: AttachResult) -> str:
    row = r.rows[0]
    if r.created:
        return (
            f"created case {r.case_id} from row {row.number} ({row.merchant_order_no or '-'}, "
            f"{format_money(row.amount)} 元, {row.counterparty}); {bill.file_name} is its "
            f"evidence {r.evidence_id}"
        )
    return (
        f"attached {bill.file_name} to case {r.case_id} as evidence {r.evidence_id} "
        f"(payment_record); row {row.number} found {bill_cmd.rule_text(r.rule)}; "
        f"{bill_cmd.filled_text(r.filled)}"
    )


def _no_match(bill: Bill, exc: NoMatchingRow) -> int:
    what = "several rows match" if exc.ambiguous else "no row matches"
    order = exc.order
    at = short_datetime(order.ordered_at) if order.ordered_at else "no time"
    print(
        f"disputekit: {what} case {exc.case_id}'s order (order number "
        f"{order.order_no or '-'}, transaction number {order.transaction_no or '-'}, "
        f"{format_money(order.amount_paid)} 元, {at}) in {bill.file_name}; nothing was "
        "stored. Nearest rows (name one with --row N):",
        file=sys.stderr,
    )
    for row in exc.nearest:
        print(bill_cmd.row_line(row), file=sys.stderr)
    return 1
