"""`disputekit demo`: add the three demo cases (one per order state) with their screenshots.

Prints one line per demo case: its id, status, order number and product. Running it again
adds nothing and prints the same ids.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from disputekit.app.cases import demo_cases
from disputekit.app.data_folder import FolderUnavailable, open_store
from disputekit.commands._lang import text
from disputekit.messages import msg


def register(subparsers: Any) -> None:
    """Add the `demo` command."""
    p = subparsers.add_parser(
        "demo", help="add three demo cases with synthetic screenshots (once; safe to repeat)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Add the demo cases that are missing and list all of them."""
    try:
        store = open_store(args.data_dir)
    except FolderUnavailable as exc:
        print(
            f"disputekit: {text(msg('cli.data_folder_unavailable', reason=exc.text))}",
            file=sys.stderr,
        )
        return 1
    if store.read_only:
        store.close()
        refusal = msg("cli.demo.read_only", folder=str(store.data_dir))
        print(f"disputekit: {text(refusal)}", file=sys.stderr)
        return 1
    with store:
        for demo in demo_cases(store):
            order = demo.case.order
            state = msg("cli.demo.added" if demo.added else "cli.demo.already_there")
            row = msg("cli.demo.row", case_id=demo.case_id, status=order.status,
                      order_no=order.order_no, product=order.product, state=state)  # fmt: skip
            print(text(row))
    return 0
