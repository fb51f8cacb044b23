"""Vault commands: `gc [--grace-minutes N]` deletes files no case uses, `check [--json]`
re-hashes every file and names the evidence of damaged or missing ones.

Exit codes: 0 ok; 1 a file is damaged or missing, or the store cannot be used (reasons on
stderr); 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta
from typing import Any

from disputekit.app.vault_check import check_vault, collect_garbage
from disputekit.app.workspace import Workspace
from disputekit.commands._args import number_at_least
from disputekit.commands._lang import text
from disputekit.commands._store import with_store
from disputekit.messages import msg

# Ten years: any longer keeps every unused file, and timedelta() cannot hold much more.
MAX_GRACE_MINUTES = 10 * 366 * 24 * 60
_STATE_CODES = {"damaged": "cli.check.damaged", "missing": "cli.check.missing"}


def register(subparsers: Any) -> None:
    """Add `gc` and `check`."""
    p = subparsers.add_parser("gc", help="delete vault files no case uses any more")
    p.add_argument(
        "--grace-minutes",
        type=number_at_least(0, int, MAX_GRACE_MINUTES),
        default=60,
        metavar="N",
        help="keep unused files younger than N minutes: another window or command may be "
        "importing them right now (default: 60)",
    )
    p.set_defaults(func=run_gc)

    p = subparsers.add_parser(
        "check", help="re-hash every vault file; name the evidence of damaged or missing ones"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_check)


def run_gc(args: argparse.Namespace) -> int:
    """Delete vault files that no case references."""

    def body(workspace: Workspace) -> int:
        removed = workspace.run(collect_garbage, timedelta(minutes=args.grace_minutes))
        print(text(msg("cli.gc.removed", count=len(removed))))
        return 0

    return with_store(args, body, writes=True)


def run_check(args: argparse.Namespace) -> int:
    """Re-hash the vault; exit 1 when any file is damaged or missing."""

    def body(workspace: Workspace) -> int:
        progress = _progress_line if not args.json and sys.stderr.isatty() else None
        report = workspace.run(check_vault, progress)
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            for problem in report.problems:
                print(text(msg(_STATE_CODES[problem.state], sha256=problem.sha256)))
                for use in problem.uses:
                    used = msg(
                        "cli.check.use",
                        case_id=use.case_id,
                        evidence_id=use.evidence_id,
                        file=use.file,
                    )
                    print(f"  {text(used)}")
                if not problem.uses:
                    print(f"  {text(msg('cli.check.unused'))}")
            print(text(_verdict(report.checked, len(report.problems))))
        return 1 if report.problems else 0

    return with_store(args, body)


def _verdict(checked: int, bad: int) -> str:
    if bad:
        return msg("cli.check.bad", checked=checked, count=bad)
    return msg("cli.check.ok", checked=checked)


def _progress_line(done: int, total: int) -> None:
    end = "" if done < total else "\n"
    print(f"\r[{done}/{total}]", end=end, file=sys.stderr, flush=True)
