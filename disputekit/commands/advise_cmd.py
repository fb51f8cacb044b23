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
from disputekit.domain.advice.engine import Advice
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus, zh_datetime
from disputekit.messages import msg
from disputekit.timeutil import SHANGHAI

_STATUS_ZH = {
    DeadlineStatus.UPCOMING: "未到期",
    DeadlineStatus.DUE_SOON: "即将到期",
    DeadlineStatus.OVERDUE: "已逾期",
    DeadlineStatus.MET: "已完成",
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
        print(f"disputekit advise: {exc}", file=sys.stderr)
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
    """The advice as readable Chinese text."""
    out = [f"建议渠道：{advice.channel.zh}（{today:%Y-%m-%d}）", f"理由：{advice.reason}", ""]
    out += ["下一步："] + [f"  {i}. {step}" for i, step in enumerate(advice.steps, 1)]
    if advice.further_channels:
        out.append("如仍未解决：" + " → ".join(c.zh for c in advice.further_channels))
    if advice.missing_evidence:
        out += ["", "缺少的证据（每行任选其一）："]
        out += ["  - " + " 或 ".join(k.zh for k in group) for group in advice.missing_evidence]
    if advice.deadlines:
        out += ["", "期限："]
        for d in advice.deadlines:
            line = f"  - {d.label_zh}：{zh_datetime(d.due)}［{_STATUS_ZH[d.status]}］{d.rule}"
            out.append(line + f"（依据：{d.basis}）" + ("（估算）" if d.estimated else ""))
    if advice.eligibility is not None:
        e = advice.eligibility
        out += ["", "12315受理条件：" + ("符合" if e.accepted else "暂不符合")]
        out += [f"  - {p}" for p in e.problems]
        out += [f"  - 另需：{r}" for r in e.requirements]
    out += ["", "给客服的消息（可直接复制）：", "-" * 40, advice.message.rstrip(), "-" * 40]
    out += ["", "提示："] + [f"  - {w}" for w in advice.warnings]
    return "\n".join(out) + "\n"
