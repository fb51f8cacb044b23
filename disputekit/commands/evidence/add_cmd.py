"""`disputekit add CASE_ID FILE… [--kind K] [--caption TEXT]`: add files to a case's evidence
as a drop onto the 证据 tab does (same vault, same checks, same refusals); prints the id of
each new evidence item, one a line.

A file the case already holds is not added twice. Exit codes: 0 every file added (or already
there); 1 a file was refused (the others are still added; reasons on stderr) or the case or
data folder could not be used; 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disputekit.commands._lang import text
from disputekit.commands._store import with_store
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.messages import msg

if TYPE_CHECKING:
    from disputekit.app.workspace import Workspace


def register(subparsers: Any) -> None:
    """Add the `add` command."""
    p = subparsers.add_parser(
        "add",
        help="add files to a case's evidence, as a drop does; prints the new ids",
        description="Store files in the evidence vault (checked and hashed as a drop onto the "
        "evidence tab is) and add them to the case; prints the id of each new item.",
    )
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    p.add_argument(
        "--kind",
        choices=[k.value for k in EvidenceKind],
        default=EvidenceKind.OTHER.value,
        help="kind of evidence of the new items (default: other)",
    )
    p.add_argument("--caption", default="", help="caption of each new item")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Add the files and print the new ids; refusals on stderr."""
    from disputekit.app.evidence.intake import add_files

    def body(workspace: Workspace) -> int:
        kind = EvidenceKind(args.kind)
        done = workspace.run(add_files, args.case_id, args.files, kind, caption=args.caption)
        for evidence_id in done.added:
            print(evidence_id)
        for _path, exc in done.failed:
            print(f"disputekit add: {text(exc.text)}", file=sys.stderr)
        if not done.added and not done.failed:
            print(text(msg("cli.add.nothing_new", case_id=args.case_id)), file=sys.stderr)
        return 1 if done.failed else 0

    return with_store(args, body, writes=True)
