"""The store side of `bill`: `--case` attaches the bill to a case, `--new` makes cases."""

from __future__ import annotations

import argparse
import json
import sys

from disputekit.app.evidence.bill_import import FAILURES, AttachResult, NoMatchingRow, import_bill
from disputekit.app.workspace import Workspace
from disputekit.bills.model import Bill
from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.commands.bill import _bill_texts
from disputekit.domain.case.values.money import format_money
from disputekit.messages import msg
from disputekit.timeutil import short_datetime


def run_attach(args: argparse.Namespace, bill: Bill) -> int:
    """Attach (`--case`) or create (`--new`); the outcome on stdout, refusals on stderr."""

    def body(workspace: Workspace) -> int:
        try:
            results = workspace.run(import_bill, bill, None if args.new else args.case, args.row)
        except NoMatchingRow as exc:
            return _no_match(bill, exc)
        except FAILURES as exc:
            return fail(exc)
        return _print_results(args, bill, results)

    return with_store(args, body, writes=True)


def _print_results(args: argparse.Namespace, bill: Bill, results: list[AttachResult]) -> int:
    if args.json:
        print(json.dumps([_result_json(r) for r in results], ensure_ascii=False, indent=2))
        return 0
    for r in results:
        print(text(_result_text(bill, r)))
        for name, mine, theirs in r.differs:
            note = msg(
                "cli.bill.differs",
                case_id=r.case_id,
                field=_bill_texts.field_name(name),
                case_value=mine,
                bill_value=theirs,
            )
            print(f"disputekit: {text(note)}", file=sys.stderr)
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
        text = msg(
            "cli.bill.created",
            row=row.number,
            case_id=r.case_id,
            order_no=row.merchant_order_no or "-",
            amount=format_money(row.amount),
            counterparty=row.counterparty,
            name=bill.file_name,
            evidence_id=r.evidence_id,
        )
    else:
        text = msg(
            "cli.bill.attached",
            name=bill.file_name,
            case_id=r.case_id,
            evidence_id=r.evidence_id,
            rule=_bill_texts.rule_text(r.rule),
            row=row.number,
            filled=_bill_texts.filled_text(r.filled),
        )
    return text


def _no_match(bill: Bill, exc: NoMatchingRow) -> int:
    order = exc.order
    said = msg(
        "cli.bill.ambiguous" if exc.ambiguous else "cli.bill.no_match",
        name=bill.file_name,
        case_id=exc.case_id,
        order_no=order.order_no or "-",
        transaction_no=order.transaction_no or "-",
        amount=format_money(order.amount_paid),
        at=short_datetime(order.ordered_at) if order.ordered_at else msg("cli.bill.no_time"),
    )
    print(f"disputekit: {text(said)}", file=sys.stderr)
    for row in exc.nearest:
        print(text(_bill_texts.row_line(row)), file=sys.stderr)
    return 1
