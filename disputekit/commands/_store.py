"""Running a store command: open the data folder's store, run one use case, say in one line
on stderr why it failed (exit 1) and close the store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from disputekit.app.cases import Store
from disputekit.app.data_folder import FAILURES, FolderUnavailable, failure_message, open_store


def fail(message: str) -> int:
    """Print `message` as the command's refusal; exit code 1."""
    print(f"disputekit: {message}", file=sys.stderr)
    return 1


def with_store(
    args: argparse.Namespace, body: Callable[[Store], int], *, writes: bool = False
) -> int:
    """Run `body` on the store of `--data-dir`; `writes` refuses a read-only folder first."""
    try:
        store = open_store(args.data_dir)
    except FolderUnavailable as exc:
        return fail(f"cannot open the data folder: {exc}")
    if writes and store.read_only:
        store.close()
        return fail(
            f"{store.data_dir} is read-only (a write-protected disk or missing permission): "
            f"'{args.command}' needs to write to it; list, show, check, export and packet work"
        )
    try:
        return body(store)
    except FAILURES as exc:
        return fail(failure_message(exc, store.data_dir))
    finally:
        store.close()
