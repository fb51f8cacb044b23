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
        print(f"disputekit: cannot open the data folder: {exc.raw}", file=sys.stderr)
        return 1
    if store.read_only:
        store.close()
        print(
            f"disputekit: {store.data_dir} is read-only; demo cases cannot be added",
            file=sys.stderr,
        )
        return 1
    with store:
        for demo in demo_cases(store):
            order = demo.case.order
            state = "added" if demo.added else "already there"
            print(
                f"{demo.case_id}\t{order.status.label()}\t{order.order_no}\t"
                f"{order.product}\t({state})"
            )
    return 0
