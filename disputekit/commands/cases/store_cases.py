"""Reading stored cases: `list [QUERY] [--status S] [--json]`, `show CASE_ID [--json]`.

Exit codes: 0 ok; 1 the case does not exist or the store cannot be read (reasons on stderr);
2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from disputekit.app.cases import list_cases, show_case
from disputekit.app.workspace import ListedCase, Workspace
from disputekit.commands._args import whole_number
from disputekit.commands._lang import text
from disputekit.commands._store import with_store
from disputekit.domain.case.document.case_json import dumps_case
from disputekit.domain.case.values.money import format_money, format_yuan
from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.messages import msg
from disputekit.timeutil import short_datetime

_STATE_CODES = {"damaged": "cli.show.file_damaged", "missing": "cli.show.file_missing"}


def register(subparsers: Any) -> None:
    """Add `list` and `show`."""
    p = subparsers.add_parser("list", help="list the stored cases")
    p.add_argument("query", nargs="?", default="", help="search text (platform, order no, …)")
    p.add_argument("--status", choices=[s.value for s in OrderStatus], help="only this status")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list)

    p = subparsers.add_parser("show", help="show one case (its case JSON with --json)")
    p.add_argument("case_id", metavar="CASE_ID", type=whole_number)
    p.add_argument("--json", action="store_true", help="print the case JSON")
    p.set_defaults(func=run_show)


def summary_json(s: ListedCase) -> dict[str, Any]:
    """A case-list row as plain JSON data (money as strings, times ISO 8601); a damaged
    row gives its id, what text could be read and `"damaged": true`."""
    if s.damaged:
        return {
            "id": s.id,
            "damaged": True,
            "platform": s.platform,
            "shop": s.shop,
            "order_no": s.order_no,
            "product": s.product,
        }
    return {
        "id": s.id,
        "platform": s.platform,
        "shop": s.shop,
        "order_no": s.order_no,
        "product": s.product,
        "amount_paid": format_money(s.amount_paid),
        "status": s.status.value,
        "problem": s.problem.value,
        "complainant_name": s.complainant_name,
        "refund_claimed": None if s.refund_claimed is None else format_money(s.refund_claimed),
        "refunded": s.refunded,
        "evidence_count": s.evidence_count,
        "created_at": s.created_at.isoformat(),
        "updated_at": s.updated_at.isoformat(),
        "next_due_at": s.next_due_at.isoformat() if s.next_due_at else None,
        "next_due_kind": s.next_due_kind,
    }


def run_list(args: argparse.Namespace) -> int:
    """List cases (optionally searched and filtered), as text or JSON."""

    def body(workspace: Workspace) -> int:
        status = OrderStatus(args.status) if args.status else None
        rows = workspace.run(list_cases, args.query, status)
        if args.json:
            print(json.dumps([summary_json(s) for s in rows], ensure_ascii=False, indent=2))
            return 0
        for s in rows:
            facts = {"id": s.id, "platform": s.platform, "shop": s.shop,
                     "order_no": s.order_no, "product": s.product}  # fmt: skip
            if s.damaged:
                print(text(msg("cli.list.damaged_row", mark=msg("store.case_damaged_mark"),
                               **facts)))  # fmt: skip
                continue
            due = msg("cli.list.due", at=short_datetime(s.next_due_at)) if s.next_due_at else ""
            print(text(msg("cli.list.row", status=s.status, amount=format_yuan(s.amount_paid),
                           count=s.evidence_count, due=due, **facts)))  # fmt: skip
        if not rows:
            print(
                text(
                    msg("cli.list.no_match", query=args.query)
                    if args.query
                    else msg("cli.list.none")
                )
            )
        return 0

    return with_store(args, body)


def run_show(args: argparse.Namespace) -> int:
    """Show one case: a readable summary, or its case JSON with --json."""

    def body(workspace: Workspace) -> int:
        if args.json:
            sys.stdout.write(dumps_case(workspace.case(args.case_id)))
            return 0
        shown = workspace.run(show_case, args.case_id)
        case, o = shown.case, shown.case.order
        print(text(msg("cli.show.case", case_id=args.case_id, platform=case.respondent.platform,
                       shop=case.respondent.shop)))  # fmt: skip
        print(text(msg("cli.show.order", order_no=o.order_no, product=o.product,
                       amount=format_yuan(o.amount_paid))))  # fmt: skip
        print(text(msg("cli.show.status", status=case.order.status, problem=case.problem)))
        print(text(msg("cli.show.complainant", name=case.complainant.name)))
        for e in case.events_in_order():
            print(f"  {short_datetime(e.at)}  {text(e.kind)}  {e.note}")
        for v in case.evidence:
            withheld = text(msg("cli.show.withheld")) if v.withheld else ""
            state = shown.file_problems.get(v.id)
            mark = text(msg(_STATE_CODES[state])) if state else ""
            print(f"  [{v.id}] {text(v.kind)}  {v.file}  {v.caption}{withheld}{mark}")
        return 0

    return with_store(args, body)
