"""`timestamp request CASE_ID --out FILE.tsq`, `timestamp send CASE_ID --tsa URL|NAME`,
`timestamp attach CASE_ID FILE.tsr`: an RFC 3161 trusted timestamp over a case's evidence
manifest, requested offline, sent only when asked (the app's one network access), attached
once checked.

Exit codes: 0 done; 1 refused (the reason on stderr, nothing stored); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from disputekit.app.stamps.timestamp_send import send_request
from disputekit.app.stamps.timestamps import (
    Attached,
    StampRefused,
    attach_reply,
    request_timestamp,
    shown_time,
)
from disputekit.app.workspace import Workspace
from disputekit.commands._args import output_problem
from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.messages import msg, os_failure
from disputekit.rfc3161.servers import known_servers, resolve_tsa


def register(subparsers: Any) -> None:
    """Add `timestamp` and its three steps."""
    p = subparsers.add_parser(
        "timestamp",
        help="an RFC 3161 trusted timestamp over a case's evidence manifest",
        description="A trusted timestamp shows that the case's evidence files (their SHA-256 "
        "manifest) existed at the time a time-stamping authority (TSA) vouches for; it says "
        "nothing about what the files show. Nothing is sent anywhere unless you run `send`.",
    )
    steps = p.add_subparsers(dest="step", metavar="request|send|attach", required=True)
    q = steps.add_parser("request", help="write a time-stamp request (.tsq) and remember it")
    q.add_argument("case_id", metavar="CASE_ID", type=int)
    q.add_argument("--out", metavar="FILE.tsq", type=Path, required=True)
    q.set_defaults(func=run_request)
    names = ", ".join(s.name for s in known_servers())
    s = steps.add_parser(
        "send",
        help="send the waiting request to a TSA and attach its reply (goes online)",
    )
    s.add_argument("case_id", metavar="CASE_ID", type=int)
    s.add_argument(
        "--tsa",
        metavar="URL|NAME",
        required=True,
        help=f"the TSA's http(s) address or one of: {names}",
    )
    s.set_defaults(func=run_send)
    a = steps.add_parser("attach", help="check a TSA's reply (.tsr) and keep its token")
    a.add_argument("case_id", metavar="CASE_ID", type=int)
    a.add_argument("reply", metavar="FILE.tsr", type=Path)
    a.set_defaults(func=run_attach)


def _refused(exc: StampRefused) -> int:
    return fail(msg("cli.timestamp.refused", reason=exc.reason))


def run_request(args: argparse.Namespace) -> int:
    """Make and remember the request, write it to --out."""
    problem = output_problem(args.out)
    if problem:
        return fail(msg("cli.cannot_write", path=str(args.out), reason=problem))

    def body(workspace: Workspace) -> int:
        try:
            done = workspace.run(request_timestamp, args.case_id, args.out)
        except StampRefused as exc:
            return _refused(exc)
        said = msg("cli.timestamp.requested", case_id=args.case_id, path=str(args.out),
                   count=done.files, imprint=done.record.imprint)  # fmt: skip
        print(text(said))
        print(text(msg("cli.timestamp.next", case_id=args.case_id)), file=sys.stderr)
        return 0

    return with_store(args, body, writes=True)


def _attached(done: Attached) -> int:
    print(
        text(
            msg(
                "cli.timestamp.attached",
                time=shown_time(done.record),
                tsa=done.stamp.tsa,
                count=done.files,
            )
        )
    )
    return 0


def run_send(args: argparse.Namespace) -> int:
    """Send the waiting request to --tsa and attach the reply."""
    url = resolve_tsa(args.tsa)
    if url is None:
        known = ", ".join(s.name for s in known_servers())
        return fail(msg("cli.timestamp.unknown_tsa", name=args.tsa, known=known))

    def body(workspace: Workspace) -> int:
        print(text(msg("cli.timestamp.sending", case_id=args.case_id, url=url)), file=sys.stderr)
        try:
            return _attached(workspace.run(send_request, args.case_id, url))
        except StampRefused as exc:
            return _refused(exc)

    return with_store(args, body, writes=True)


def run_attach(args: argparse.Namespace) -> int:
    """Check the reply file against the case's request and keep it."""
    try:
        reply = args.reply.read_bytes()
    except OSError as exc:
        return fail(os_failure(exc))

    def body(workspace: Workspace) -> int:
        try:
            return _attached(workspace.run(attach_reply, args.case_id, reply))
        except StampRefused as exc:
            return _refused(exc)

    return with_store(args, body, writes=True)
