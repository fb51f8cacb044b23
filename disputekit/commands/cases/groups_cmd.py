"""Many buyers, one seller: `groups [--json] [--suggest]`, `group-merge KEY KEY`,
`group-split CASE_ID [--undo]`, `consent CASE_ID --yes|--no` and
`group-report CASE_ID --out FILE.pdf [--csv FILE.csv] [--xlsx FILE.xlsx]`.

Exit codes: 0 ok; 1 no such case, a refused output path or the store cannot be used
(reasons on stderr); 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from disputekit.app.groups.group_report import OutputRefused, make_group_report
from disputekit.app.groups.seller_groups import (
    GroupSummary,
    UnknownSellerKey,
    confirm_merge,
    list_groups,
    merge_suggestions,
    set_share_consent,
    split_case,
)
from disputekit.app.workspace import Workspace
from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.domain.case.values.money import format_money, format_yuan
from disputekit.messages import msg

_KIND_CODES = {"phone": "cli.groups.kind.phone", "address": "cli.groups.kind.address"}


def register(subparsers: Any) -> None:
    """Add the group commands."""
    p = subparsers.add_parser("groups", help="cases grouped by seller")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--suggest", action="store_true", help="also list near seller names")
    p.set_defaults(func=run_groups)

    p = subparsers.add_parser("group-merge", help="confirm two seller groups are one seller")
    p.add_argument("first", metavar="KEY")
    p.add_argument("second", metavar="KEY")
    p.set_defaults(func=run_merge)

    p = subparsers.add_parser("group-split", help="keep a case out of its seller group")
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("--undo", action="store_true", help="group the case by seller again")
    p.set_defaults(func=run_split)

    p = subparsers.add_parser("consent", help="may the buyer's name appear in group reports")
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--yes", dest="consent", action="store_true")
    choice.add_argument("--no", dest="consent", action="store_false")
    p.set_defaults(func=run_consent)

    p = subparsers.add_parser("group-report", help="report on a case's seller group (PDF)")
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--csv", type=Path, metavar="FILE.csv")
    p.add_argument("--xlsx", type=Path, metavar="FILE.xlsx")
    p.set_defaults(func=run_report)


def group_json(g: GroupSummary) -> dict[str, Any]:
    """A group as plain JSON data (the total a decimal string)."""
    return {
        "key": g.key,
        "seller": g.seller,
        "cases": list(g.case_ids),
        "total": format_money(g.total),
        "shared_contacts": [{"kind": k, "cases": list(ids)} for k, ids in g.shared_contacts],
        "next_due_at": g.next_due_at,
        "next_due_kind": g.next_due_kind,
    }


def _ids(ids: tuple[int, ...]) -> str:
    return "、".join(str(i) for i in ids)


def run_groups(args: argparse.Namespace) -> int:
    """Print the groups, as text or JSON."""

    def body(workspace: Workspace) -> int:
        groups = workspace.run(list_groups)
        if args.json:
            print(json.dumps([group_json(g) for g in groups], ensure_ascii=False, indent=2))
            return 0
        if not groups:
            print(text(msg("cli.groups.none")))
        for g in groups:
            print(
                text(msg(
                    "cli.groups.line", key=g.key, seller=g.seller, count=len(g.case_ids),
                    total=format_yuan(g.total), cases=_ids(g.case_ids),
                ))
            )  # fmt: skip
            for kind, ids in g.shared_contacts:
                print(text(msg("cli.groups.shared", kind=msg(_KIND_CODES[kind]), cases=_ids(ids))))
        if args.suggest:
            for s in workspace.run(merge_suggestions):
                print(text(msg("cli.groups.suggest", first=s.first, first_name=s.first_name,
                               second=s.second, second_name=s.second_name)))  # fmt: skip
        return 0

    return with_store(args, body)


def run_merge(args: argparse.Namespace) -> int:
    """Remember that two groups are one seller."""

    def body(workspace: Workspace) -> int:
        try:
            workspace.run(confirm_merge, args.first, args.second)
        except UnknownSellerKey as exc:
            return fail(exc)
        print(text(msg("cli.groups.merged", first=args.first, second=args.second)))
        return 0

    return with_store(args, body, writes=True)


def run_split(args: argparse.Namespace) -> int:
    """Keep a case apart (or group it again)."""

    def body(workspace: Workspace) -> int:
        workspace.run(split_case, args.case_id, apart=not args.undo)
        code = "cli.groups.unsplit" if args.undo else "cli.groups.split"
        print(text(msg(code, case_id=args.case_id)))
        return 0

    return with_store(args, body, writes=True)


def run_consent(args: argparse.Namespace) -> int:
    """Record the buyer's consent (or its absence)."""

    def body(workspace: Workspace) -> int:
        workspace.run(set_share_consent, args.case_id, args.consent)
        print(
            text(msg("cli.consent.yes" if args.consent else "cli.consent.no", case_id=args.case_id))
        )
        return 0

    return with_store(args, body, writes=True)


def run_report(args: argparse.Namespace) -> int:
    """Write the group report."""

    def body(workspace: Workspace) -> int:
        try:
            result = workspace.run(make_group_report, args.case_id, args.out, args.csv, args.xlsx)
        except OutputRefused as exc:
            return fail(exc)
        paths = "、".join(str(p) for p in result.written)
        print(text(msg("cli.group_report.done", count=len(result.report.rows),
                       total=format_yuan(result.report.total), paths=paths)))  # fmt: skip
        return 0

    return with_store(args, body)
