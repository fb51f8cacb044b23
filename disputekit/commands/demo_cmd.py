"""`disputekit demo`: add the three demo cases (one per order state) with their screenshots.

Prints one line per demo case: its id, status, order number and product. Running it again
adds nothing and prints the same ids.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from disputekit.store import Store, StoreError, resolve_data_dir
from disputekit.store.demo import add_demo_cases, find_demo_cases


def register(subparsers: Any) -> None:
    """Add the `demo` command."""
    p = subparsers.add_parser(
        "demo", help="add three demo cases with synthetic screenshots (once; safe to repeat)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Add the demo cases that are missing and list all of them."""
    try:
        store = Store.open(resolve_data_dir(args.data_dir))
    except (StoreError, OSError) as exc:
        print(f"disputekit: cannot open the data folder: {exc}", file=sys.stderr)
        return 1
    if store.read_only:
        store.close()
        print(
            f"disputekit: {store.data_dir} is read-only; demo cases cannot be added",
            file=sys.stderr,
        )
        return 1
    with store:
        before = set(find_demo_cases(store).values())
        for case_id in add_demo_cases(store):
            case = store.cases.get(case_id)
            state = "already there" if case_id in before else "added"
            print(
                f"{case_id}\t{case.order.status.label()}\t{case.order.order_no}\t"
                f"{case.order.product}\t({state})"
            )
    return 0
