"""`disputekit packet (CASE_ID | path/to/case.json) --kind KIND --out FILE.pdf
[--fill-sheet FILE.txt] [--max-mb N] [--max-pages N] [--dpi N] [--draft] [--today YYYY-MM-DD]`.

Builds the packet PDF of KIND (appeal, complaint_12315, consumer_association, civil_complaint)
and, with --fill-sheet, the 12315 form's fields as text.
Exit codes: 0 written; 1 refused (办法第十条 materials missing, a 12315 complaint past the
办法第十六条(四) three-year bar, what a 消协 application or a 民事起诉状 needs, characters the
font lacks, an evidence file missing or altered, over --max-mb/--max-pages; reasons on stderr)
or the case cannot be read; 2 usage.
"""

from __future__ import annotations

import argparse
import errno
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from disputekit.app.case_loading import CaseLoadError, load_case
from disputekit.commands._args import day, number_at_least, output_problem, whole_number
from disputekit.commands._lang import text
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.messages import msg, os_reason
from disputekit.timeutil import SHANGHAI

PROGRESS_FROM = 10  # evidence files from which a build reports progress on stderr


def register(subparsers: Any) -> None:
    """Add the `packet` command."""
    p = subparsers.add_parser(
        "packet",
        help="build a packet PDF (platform appeal, 12315, consumer association, court)",
        description="Build a packet (A4 PDF) for a case: a platform appeal, a 12315 complaint, "
        "a consumer-association mediation request or a civil complaint (民事起诉状). Every "
        "kind carries a 证据目录, an integrity page and, attached, its manifest and case JSON.",
    )
    p.add_argument("case", metavar="CASE_ID|CASE_JSON", help="a stored case id or a case file")
    p.add_argument("--kind", required=True, choices=[k.value for k in PacketKind])
    p.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help="where to write it (default: the kind and order number, e.g. "
        "12315投诉材料-KM….pdf, in the current folder)",
    )
    p.add_argument(
        "--fill-sheet",
        type=Path,
        metavar="FILE.txt",
        help="also write the 12315 web form's fields, with character counts",
    )
    p.add_argument(
        "--max-mb",
        type=number_at_least(0.1),
        metavar="N",
        help="refuse a packet larger than N MB",
    )
    p.add_argument(
        "--max-pages", type=number_at_least(1, int), metavar="N", help="refuse more than N pages"
    )
    p.add_argument(
        "--dpi",
        type=whole_number,
        default=150,
        metavar="N",
        help="image resolution in the PDF (default 150)",
    )
    p.add_argument(
        "--draft",
        action="store_true",
        help="build even with missing fields (marked 草稿, not for submission)",
    )
    p.add_argument(
        "--include-withheld",
        action="store_true",
        help="also print the originals that redacted copies replace (they show what was hidden)",
    )
    p.add_argument(
        "--today",
        type=day,
        metavar="YYYY-MM-DD",
        help="date prepared and deadline check day (default: today, Asia/Shanghai)",
    )
    p.add_argument(
        "--tsa",
        metavar="URL|NAME",
        help="add a PAdES document timestamp from this time-stamping authority to the PDF "
        "(goes online; needs the optional pyHanko)",
    )
    p.set_defaults(func=run)


def _err(message: str) -> None:
    print(f"disputekit packet: {text(message)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Load the case, build the packet (and fill sheet), report."""
    # The packet builder (reportlab) only when a packet is built, not for every command.
    from disputekit.app.packets.building import (
        PacketRefused,
        PacketTooLarge,
        build_loaded_packet,
        contact_warnings,
        packet_file_name,
        write_case_fill_sheet,
    )
    from disputekit.app.packets.fill_progress import FillSheetUnusable

    today = args.today or datetime.now(SHANGHAI).date()
    if not 30 <= args.dpi <= 600:
        _err(msg("cli.dpi_range"))
        return 2
    for option in (args.out, args.fill_sheet):
        problem = option is not None and output_problem(option, getattr(args, "data_dir", None))
        if problem:
            _err(msg("cli.cannot_write", path=str(option), reason=problem))
            return 1
    try:
        loaded = load_case(args.case, getattr(args, "data_dir", None))
    except CaseLoadError as exc:
        _err(str(exc))
        return 1
    kind = PacketKind(args.kind)
    if args.out is None:
        args.out = Path(packet_file_name(kind, loaded.case.order.order_no))
        problem = output_problem(args.out)
        if problem:
            _err(msg("cli.cannot_write", path=str(args.out), reason=problem))
            return 1
    progress = _progress if len(loaded.case.evidence) >= PROGRESS_FROM else None
    try:
        result = build_loaded_packet(
            loaded,
            kind,
            args.out,
            today=today,
            draft=args.draft,
            max_mb=args.max_mb,
            max_pages=args.max_pages,
            dpi=args.dpi,
            include_withheld=args.include_withheld,
            progress=progress,
        )
    except PacketRefused as exc:
        _err(msg("cli.packet.blocked" if args.draft else "cli.packet.blocked_try_draft"))
        for blocker in exc.blockers:
            said, where = text(blocker.message_zh), blocker.field_path
            print(f"  - {where}: {said}" if where else f"  - {said}", file=sys.stderr)
        return 1
    except PacketTooLarge as exc:
        _err(exc.text)
        return 1
    except OSError as exc:  # e.g. a folder that refuses new files even to root (/proc)
        _err(_write_failure(exc, args.out))
        return 1
    if args.fill_sheet:
        try:
            write_case_fill_sheet(loaded.case, today, args.fill_sheet, args.include_withheld)
        except OSError as exc:
            reason = os_reason(exc)
            _err(msg("cli.fill_sheet_not_written", path=str(args.fill_sheet), reason=reason))
            return 1
        except FillSheetUnusable as exc:  # the editable field list was edited wrongly
            _err(msg("cli.fill_sheet_not_written", path=str(args.fill_sheet), reason=exc.text))
            return 1
        print(text(msg("cli.fill_sheet_written", path=str(args.fill_sheet))))
    for warning in contact_warnings(loaded, kind):
        print(text(msg("cli.packet.note", warning=warning)), file=sys.stderr)
    if args.tsa and _stamp(result.path, args.tsa) != 0:
        return 1
    size_mb = result.path.stat().st_size / 1024 / 1024
    draft = msg("cli.packet.draft_mark") if args.draft else ""
    print(text(msg("cli.packet.written", path=str(result.path), pages=result.pages,
                   mb=f"{size_mb:.2f}", count=len(result.exhibits), draft=draft)))  # fmt: skip
    return 0


def _stamp(pdf: Path, tsa: str) -> int:
    """Add the document timestamp the user asked for; 1 with the reason when none came."""
    from disputekit.app.stamps.timestamp_send import stamp_packet_pdf
    from disputekit.rfc3161 import StampRefused
    from disputekit.rfc3161.servers import known_servers, resolve_tsa

    url = resolve_tsa(tsa)
    if url is None:
        known = ", ".join(s.name for s in known_servers())
        _err(msg("cli.timestamp.unknown_tsa", name=tsa, known=known))
        return 1
    print(text(msg("cli.timestamp.sending_packet", path=str(pdf), url=url)), file=sys.stderr)
    try:
        stamp_packet_pdf(pdf, url)
    except StampRefused as exc:
        _err(str(exc.reason))
        return 1
    print(text(msg("cli.packet.stamped", path=str(pdf), url=url)))
    return 0


def _write_failure(exc: OSError, out: Path) -> str:
    """What failed: the packet's own file, or (a full data folder while preparing images)
    the file the error names; a full disk is said as such."""
    named = Path(exc.filename) if isinstance(exc.filename, str) else None
    where = named if named is not None and named.parent != out.parent else out
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return str(msg("store.full", path=str(where)))
    return str(msg("cli.cannot_write", path=str(where), reason=os_reason(exc)))


def _progress(done: int, total: int, label: str) -> None:
    print(
        f"\r[{done}/{total}] {text(label)}",
        end="" if done < total else "\n",
        file=sys.stderr,
        flush=True,
    )
