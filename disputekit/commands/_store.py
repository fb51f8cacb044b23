"""Running a store command: open the data folder's store (the command line's composition
root: no other module of `commands/` holds it), run one use case on its `Workspace`, say in
one line on stderr why it failed (exit 1) and close the store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from disputekit.app.data_folder import FAILURES, FolderUnavailable, failure_message, open_store
from disputekit.app.workspace import Workspace
from disputekit.commands._lang import text
from disputekit.messages import Msg, msg


def fail(message: object, who: str = "disputekit") -> int:
    """Print `message` as the command's refusal; exit code 1."""
    print(f"{who}: {text(message)}", file=sys.stderr)
    return 1


def with_store(
    args: argparse.Namespace,
    body: Callable[[Workspace], int],
    *,
    writes: bool = False,
    read_only: Callable[[Path], Msg] | None = None,
    who: str = "disputekit",
) -> int:
    """Run `body` on the workspace of `--data-dir`; `writes` refuses a read-only folder
    first (with `read_only(folder)` when the command says it its own way). Refusals start
    with `who`."""
    try:
        store = open_store(args.data_dir)
    except FolderUnavailable as exc:
        return fail(msg("cli.data_folder_unavailable", reason=exc.text), who)
    if writes and store.read_only:
        store.close()
        folder = store.data_dir
        said = msg("cli.read_only", folder=str(folder), command=args.command)
        return fail(read_only(folder) if read_only else said, who)
    try:
        return body(Workspace(store))
    except BrokenPipeError:
        raise  # the reader stopped reading (`| head`): no failure of ours; `main` ends quietly
    except FAILURES as exc:
        return fail(failure_message(exc, store.data_dir), who)
    finally:
        store.close()
