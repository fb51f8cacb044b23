"""`disputekit demo`: add the three demo cases (one per order state) with their screenshots.

Prints one line per demo case: its id, status, order number and product. Running it again
adds nothing and prints the same ids.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from disputekit.app.cases import demo_cases
from disputekit.app.workspace import Workspace
from disputekit.commands._lang import text
from disputekit.commands._store import with_store
from disputekit.messages import Msg, msg


def register(subparsers: Any) -> None:
    """Add the `demo` command."""
    p = subparsers.add_parser(
        "demo", help="add three demo cases with synthetic screenshots (once; safe to repeat)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Add the demo cases that are missing and list all of them."""
    return with_store(args, _add_demos, writes=True, read_only=_read_only)


def _read_only(folder: Path) -> Msg:
    return msg("cli.demo.read_only", folder=str(folder))


def _add_demos(workspace: Workspace) -> int:
    for demo in workspace.run(demo_cases):
        order = demo.case.order
        state = msg("cli.demo.added" if demo.added else "cli.demo.already_there")
        row = msg("cli.demo.row", case_id=demo.case_id, status=order.status,
                  order_no=order.order_no, product=order.product, state=state)  # fmt: skip
        print(text(row))
    return 0
