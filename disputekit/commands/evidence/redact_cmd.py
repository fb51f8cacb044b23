"""`disputekit redact CASE_ID EVIDENCE_ID --box X,Y,W,H [--box …]`: black out parts of an
evidence file into a new file that takes the original's place; prints the new evidence id.

Boxes are in pixels of the picture as a gallery shows it (EXIF orientation applied); for a
PDF, `PAGE:X,Y,W,H` in pixels of the page drawn at 150 dpi (an A4 page is 1240×1754).
The original stays stored but is withheld: packets and exports leave it out unless
`--include-withheld` is given. Exit codes: 0 done; 1 refused (reasons on stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from disputekit.app.evidence.redaction import BoxOnPage, RedactionRefused, parse_box
from disputekit.app.workspace import Workspace
from disputekit.commands._args import whole_number
from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.messages import msg


def register(subparsers: Any) -> None:
    """Add the `redact` command."""
    p = subparsers.add_parser(
        "redact",
        help="black out parts of an evidence file into a new copy that replaces it",
        description="Black out parts of an evidence file into a new file that takes the "
        "original's place in the case and its events; prints the new evidence id. The original "
        "stays stored but is withheld: packets and exports leave it out unless "
        "--include-withheld is given.",
    )
    p.add_argument("case_id", metavar="CASE_ID", type=whole_number)
    p.add_argument("evidence_id", metavar="EVIDENCE_ID", help="e.g. e2 (see `show CASE_ID`)")
    p.add_argument(
        "--box",
        action="append",
        required=True,
        type=_box,
        metavar="X,Y,W,H",
        help="a region to fill black, in pixels; PAGE:X,Y,W,H for a PDF page (150 dpi); repeat",
    )
    p.add_argument("--caption", help="caption of the copy (default: the original's + （已打码）)")
    p.set_defaults(func=run)


def _box(text: str) -> BoxOnPage:
    try:
        return parse_box(text)
    except RedactionRefused as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


WHO = "disputekit redact"


def _fail(message: object) -> int:
    return fail(message, WHO)


def run(args: argparse.Namespace) -> int:
    """Redact and print the new evidence id."""
    from disputekit.app.evidence.redaction import FAILURES, redact_item

    def body(workspace: Workspace) -> int:
        try:
            done = workspace.run(
                redact_item, args.case_id, args.evidence_id, args.box, args.caption
            )
        except FAILURES as exc:
            return _fail(exc)
        print(done.copy.id)
        withheld = msg("cli.redact.withheld", withheld=done.withheld_id, copy=done.copy.id)
        print(text(withheld), file=sys.stderr)
        return 0

    return with_store(args, body, writes=True, who=WHO)
