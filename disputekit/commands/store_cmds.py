"""Store commands: `import PATH`, `export CASE_ID --out FILE.zip [--strip-location]`,
`verify FILE.zip`, `list [--json]`, `show CASE_ID [--json]`, `gc`, `check [--json]`.

Exit codes: 0 ok; 1 validation or verification failed, or the case/file does not exist
(reasons on stderr); 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import errno
import json
import sqlite3
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from disputekit.commands._args import number_at_least, output_problem
from disputekit.domain.case_json import dumps_case
from disputekit.domain.money import format_money, format_yuan
from disputekit.domain.vocabulary import OrderStatus
from disputekit.store import (
    CaseNotFound,
    CaseSummary,
    IntakeError,
    Store,
    StoreError,
    resolve_data_dir,
)
from disputekit.store.bundle import (
    BundleError,
    evidence_with_location,
    export_bundle,
    import_bundle,
    verify_bundle,
)
from disputekit.store.db_errors import explain, full_disk
from disputekit.store.paths import db_path
from disputekit.store.stored_match import AlreadyStored
from disputekit.store.vault_check import check_vault, file_state


def register(subparsers: Any) -> None:
    """Add the store commands."""
    p = subparsers.add_parser(
        "import", help="import a case bundle (.zip) or a case JSON with its files beside it"
    )
    p.add_argument("path", metavar="PATH", type=Path)
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--as-new",
        action="store_true",
        help="import a copy even when the case is already stored (same platform and order "
        "number, or the same bundle); by default such an import is skipped",
    )
    again.add_argument(
        "--update",
        action="store_true",
        help="when the case is already stored, replace the stored case with the bundle's",
    )
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("export", help="export a case as a zipped BagIt bundle")
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("--out", metavar="FILE.zip", type=Path, required=True)
    p.add_argument(
        "--include-withheld",
        action="store_true",
        help="also ship the originals that redacted copies replace (they show what was hidden)",
    )
    p.add_argument(
        "--strip-location",
        action="store_true",
        help="ship location-free copies of photos that carry GPS data (originals untouched)",
    )
    p.set_defaults(func=run_export)

    p = subparsers.add_parser(
        "verify",
        help="check a bundle (missing, extra or altered files), or a packet PDF against "
        "its evidence (--evidence)",
    )
    p.add_argument("path", metavar="FILE.zip|PACKET.pdf", type=Path)
    p.add_argument(
        "--evidence",
        metavar="DIR|BUNDLE.zip",
        type=Path,
        help="for a packet PDF: the folder or bundle holding the original files",
    )
    p.set_defaults(func=run_verify)

    p = subparsers.add_parser("list", help="list the stored cases")
    p.add_argument("query", nargs="?", default="", help="search text (platform, order no, …)")
    p.add_argument("--status", choices=[s.value for s in OrderStatus], help="only this status")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list)

    p = subparsers.add_parser("show", help="show one case (its case JSON with --json)")
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("--json", action="store_true", help="print the case JSON")
    p.set_defaults(func=run_show)

    p = subparsers.add_parser("gc", help="delete vault files no case uses any more")
    p.add_argument(
        "--grace-minutes",
        type=number_at_least(0, int),
        default=60,
        metavar="N",
        help="keep unused files younger than N minutes: another window or command may be "
        "importing them right now (default: 60)",
    )
    p.set_defaults(func=run_gc)

    p = subparsers.add_parser(
        "check", help="re-hash every vault file; name the evidence of damaged or missing ones"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_check)


def _fail(message: str) -> int:
    print(f"disputekit: {message}", file=sys.stderr)
    return 1


def _with_store(
    args: argparse.Namespace, body: Callable[[Store], int], *, writes: bool = False
) -> int:
    folder = resolve_data_dir(args.data_dir)
    try:
        store = Store.open(folder)
    except (StoreError, OSError) as exc:
        return _fail(f"cannot open the data folder: {_os_message(exc)}")
    if writes and store.read_only:
        store.close()
        return _fail(
            f"{folder} is read-only (a write-protected disk or missing permission): "
            f"'{args.command}' needs to write to it; list, show, check, export and packet work"
        )
    try:
        return body(store)
    except CaseNotFound as exc:
        return _fail(str(exc))
    except (BundleError, IntakeError) as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:  # locked by another program meanwhile, disk full, …
        return _fail(str(explain(db_path(folder), exc)))
    except OSError as exc:  # e.g. the --out folder does not exist
        return _fail(_os_message(exc))
    finally:
        store.close()


def _os_message(exc: Exception) -> str:
    if not isinstance(exc, OSError):
        return str(exc)
    if exc.errno == errno.ENOSPC:
        return str(full_disk(Path(exc.filename or "?")))
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason


def run_import(args: argparse.Namespace) -> int:
    """Import a bundle; prints the new case id."""
    if not args.path.is_file():
        what = "is a folder, not a bundle" if args.path.is_dir() else "no such file"
        return _fail(f"{args.path}: {what}")

    def body(store: Store) -> int:
        policy = "new" if args.as_new else "refuse"
        try:
            case_id = import_bundle(store, args.path, if_stored=policy)
        except AlreadyStored as stored:
            if not args.update:
                print(
                    f"{args.path.name}: already stored as case {stored.case_id}; skipped "
                    "(--update replaces it, --as-new imports a copy)"
                )
                return 0
            case_id = import_bundle(store, args.path, replace=stored.case_id)
            print(f"updated case {case_id} from {args.path.name}")
            return 0
        case = store.cases.get(case_id)
        print(
            f"imported case {case_id}: {case.respondent.platform} {case.order.order_no} "
            f"({len(case.evidence)} evidence files)"
        )
        return 0

    return _with_store(args, body, writes=True)


def run_export(args: argparse.Namespace) -> int:
    """Export a case to a zipped BagIt bag."""
    problem = output_problem(args.out)
    if problem:
        return _fail(f"cannot write {args.out}: {problem}")

    def body(store: Store) -> int:
        if not args.strip_location:
            for item in evidence_with_location(store, args.case_id, args.include_withheld):
                print(
                    f"disputekit: warning: [{item.id}] {item.file} carries a GPS location "
                    "(where the photo was taken); --strip-location exports a copy without it",
                    file=sys.stderr,
                )
        out = export_bundle(
            store,
            args.case_id,
            args.out,
            include_withheld=args.include_withheld,
            strip_location=args.strip_location,
        )
        print(f"exported case {args.case_id} to {out}")
        if args.include_withheld:
            print(
                "warning: the bundle includes unredacted originals (--include-withheld)",
                file=sys.stderr,
            )
        return 0

    return _with_store(args, body)


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(5) == b"%PDF-"


def run_verify(args: argparse.Namespace) -> int:
    """Verify a bundle, or a packet against its evidence, without importing; problems on
    stderr."""
    if not args.path.is_file():
        what = "is a folder, not a bundle" if args.path.is_dir() else "no such file"
        return _fail(f"{args.path}: {what}")
    if _is_pdf(args.path):
        return _verify_packet(args.path, args.evidence)
    if args.evidence is not None:
        return _fail(f"--evidence is for a packet PDF; {args.path} is not a PDF")
    problems = verify_bundle(args.path)
    if problems:
        print(f"disputekit: {args.path} failed verification:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{args.path}: ok")
    return 0


def _verify_packet(pdf: Path, evidence: Path | None) -> int:
    from disputekit.packet.packet_verify import PacketVerifyError, verify_packet

    if evidence is None:
        print(
            f"disputekit verify: {pdf} is a packet; say where its original files are with "
            "--evidence DIR|BUNDLE.zip",
            file=sys.stderr,
        )
        return 2
    try:
        result = verify_packet(pdf, evidence)
    except PacketVerifyError as exc:
        return _fail(str(exc))
    if not result.ok:
        print(f"disputekit: {pdf} does not match {evidence}:", file=sys.stderr)
        for path in result.altered:
            print(f"  - {path}: altered (SHA-256 differs from the packet)", file=sys.stderr)
        for path in result.missing:
            print(f"  - {path}: missing", file=sys.stderr)
        return 1
    print(f"{pdf}: ok, {len(result.matched)} evidence files match")
    return 0


def summary_json(s: CaseSummary) -> dict[str, Any]:
    """A case-list row as plain JSON data (money as strings, times ISO 8601)."""
    return {
        "id": s.id,
        "platform": s.platform,
        "shop": s.shop,
        "order_no": s.order_no,
        "product": s.product,
        "amount_paid": format_money(s.amount_paid),
        "status": s.status.value,
        "problem": s.problem.value,
        "complainant_name": s.complainant_name,
        "refund_claimed": None if s.refund_claimed is None else format_money(s.refund_claimed),
        "refunded": s.refunded,
        "evidence_count": s.evidence_count,
        "created_at": s.created_at.isoformat(),
        "updated_at": s.updated_at.isoformat(),
        "next_due_at": s.next_due_at.isoformat() if s.next_due_at else None,
        "next_due_kind": s.next_due_kind,
    }


def run_list(args: argparse.Namespace) -> int:
    """List cases (optionally searched and filtered), as text or JSON."""

    def body(store: Store) -> int:
        status = OrderStatus(args.status) if args.status else None
        rows = store.cases.list(args.query, status)
        if args.json:
            print(json.dumps([summary_json(s) for s in rows], ensure_ascii=False, indent=2))
            return 0
        for s in rows:
            due = f"  下一期限 {s.next_due_at:%Y-%m-%d %H:%M}" if s.next_due_at else ""
            print(
                f"{s.id:>5}  {s.status.zh}  {s.platform} {s.shop}  {s.order_no}  {s.product}  "
                f"{format_yuan(s.amount_paid)}  证据 {s.evidence_count}{due}"
            )
        if not rows:
            print("no cases" if not args.query else f"no case matches {args.query!r}")
        return 0

    return _with_store(args, body)


def run_show(args: argparse.Namespace) -> int:
    """Show one case: a readable summary, or its case JSON with --json."""

    def body(store: Store) -> int:
        case = store.cases.get(args.case_id)
        if args.json:
            sys.stdout.write(dumps_case(case))
            return 0
        o = case.order
        print(f"案件 {args.case_id}: {case.respondent.platform} {case.respondent.shop}")
        print(f"  订单 {o.order_no}  {o.product}  {format_yuan(o.amount_paid)}")
        print(f"  状态 {case.order.status.zh}  问题 {case.problem.zh}")
        print(f"  投诉人 {case.complainant.name}")
        for e in case.events_in_order():
            print(f"  {e.at:%Y-%m-%d %H:%M}  {e.kind.zh}  {e.note}")
        for v in case.evidence:
            withheld = "  （不外发：已由打码副本代替）" if v.withheld else ""
            state = file_state(store, v.sha256) if v.sha256 else "missing"
            mark = f"  【{_STATE_ZH[state]}】" if state else ""
            print(f"  [{v.id}] {v.kind.zh}  {v.file}  {v.caption}{withheld}{mark}")
        return 0

    return _with_store(args, body)


def run_gc(args: argparse.Namespace) -> int:
    """Delete vault files that no case references."""

    def body(store: Store) -> int:
        grace = timedelta(minutes=args.grace_minutes)
        removed = store.vault.gc(store.cases.referenced_files(), grace)
        print(f"removed {len(removed)} unreferenced files from the vault")
        return 0

    return _with_store(args, body, writes=True)


_STATE_ZH = {"damaged": "文件已损坏", "missing": "文件缺失"}


def run_check(args: argparse.Namespace) -> int:
    """Re-hash the vault; exit 1 when any file is damaged or missing."""

    def body(store: Store) -> int:
        progress = _progress_line if not args.json and sys.stderr.isatty() else None
        report = check_vault(store, progress)
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            for problem in report.problems:
                print(f"{problem.state}: {problem.sha256}")
                for use in problem.uses:
                    print(f"  case {use.case_id} evidence [{use.evidence_id}] {use.file}")
                if not problem.uses:
                    print("  (no case uses this file)")
            verdict = f"{len(report.problems)} damaged or missing" if report.problems else "ok"
            print(f"checked {report.checked} vault files: {verdict}")
        return 1 if report.problems else 0

    return _with_store(args, body)


def _progress_line(done: int, total: int) -> None:
    end = "" if done < total else "\n"
    print(f"\r[{done}/{total}]", end=end, file=sys.stderr, flush=True)
