"""`disputekit advise (CASE_ID | path/to/case.json) [--today YYYY-MM-DD | --now ISO] [--json]`.

Prints the advice for a case: the channel now and why, the steps, the message to customer
service, missing evidence, deadlines, the 12315 check and warnings; as JSON with `--json`.
Exit codes: 0 ok, 1 the case cannot be read or found (reasons on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from disputekit.app.advising import advise
from disputekit.app.case_loading import CaseLoadError, load_case
from disputekit.commands._args import day
from disputekit.commands._lang import text
from disputekit.domain.advice.engine import Advice
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.messages import Joined, When, msg
from disputekit.timeutil import SHANGHAI

_STATUS_CODES = {
    DeadlineStatus.UPCOMING: "cli.advise.status.upcoming",
    DeadlineStatus.DUE_SOON: "cli.advise.status.due_soon",
    DeadlineStatus.OVERDUE: "cli.advise.status.overdue",
    DeadlineStatus.MET: "cli.advise.status.met",
}


def register(subparsers: Any) -> None:
    """Add the `advise` command."""
    parser = subparsers.add_parser(
        "advise",
        help="advice for a case: channel, steps, evidence, deadlines",
        description="Advice for a case: the channel now, next steps, missing evidence, "
        "deadlines in Chinese working days, and the 12315 check.",
    )
    parser.add_argument("case", metavar="CASE_ID|CASE_JSON", help="a stored case id or a file")
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--today",
        type=day,
        metavar="YYYY-MM-DD",
        help="judge deadlines at the start (00:00 Asia/Shanghai) of this day "
        "(default: the current time)",
    )
    when.add_argument(
        "--now",
        type=_parse_instant,
        metavar="ISO",
        help="judge deadlines at this instant, with its UTC offset, e.g. 2026-11-27T10:00+08:00",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the case, advise, print."""
    # Judged by the instant: an hours deadline is overdue from its hour, not its day.
    now: date | datetime = args.today or args.now or datetime.now(SHANGHAI)
    today = now if not isinstance(now, datetime) else now.astimezone(SHANGHAI).date()
    try:
        loaded = load_case(args.case, getattr(args, "data_dir", None))
    except CaseLoadError as exc:
        print(f"disputekit advise: {text(exc)}", file=sys.stderr)
        return 1
    advice = advise(loaded.case, now, loaded.calendar, shared_contacts=loaded.shared_contacts)
    if args.json:
        print(json.dumps(advice.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_text(advice, today), end="")
    return 0


def _parse_instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise argparse.ArgumentTypeError(msg("cli.not_an_instant", text=text))
    return moment


def format_text(advice: Advice, today: date) -> str:
    """The advice as readable text, in the command line's language (the message to customer
    service stays Chinese: it is sent to a Chinese platform)."""
    out = [text(msg("cli.advise.channel", channel=advice.channel, day=f"{today:%Y-%m-%d}")),
           text(msg("cli.advise.reason", reason=advice.reason)), ""]  # fmt: skip
    out += [text(msg("cli.advise.next"))]
    out += [f"  {i}. {text(step)}" for i, step in enumerate(advice.steps, 1)]
    if advice.further_channels:
        channels = " → ".join(text(c) for c in advice.further_channels)
        out.append(text(msg("cli.advise.further", channels=channels)))
    if advice.missing_evidence:
        out += ["", text(msg("cli.advise.missing"))]
        out += ["  - " + text(Joined(tuple(group), "or")) for group in advice.missing_evidence]
    if advice.deadlines:
        out += ["", text(msg("cli.advise.deadlines"))]
        for d in advice.deadlines:
            estimated = msg("cli.advise.estimated") if d.estimated else ""
            out.append(text(msg("cli.advise.deadline", name=d.name, due=When(d.due),
                                status=msg(_STATUS_CODES[d.status]), rule=d.rule,
                                basis=d.basis, estimated=estimated)))  # fmt: skip
    if advice.eligibility is not None:
        e = advice.eligibility
        verdict = "cli.advise.eligible" if e.accepted else "cli.advise.not_eligible"
        out += ["", text(msg(verdict))]
        out += [f"  - {text(p)}" for p in e.problems]
        out += [text(msg("cli.advise.also_needs", what=r)) for r in e.requirements]
    out += ["", text(msg("cli.advise.cs_message")), "-" * 40, advice.message.rstrip(), "-" * 40]
    out += ["", text(msg("cli.advise.notes"))] + [f"  - {text(w)}" for w in advice.warnings]
    return "\n".join(out) + "\n"
