"""Bundle commands: `import PATH [--as-new | --update]`, `export CASE_ID --out FILE.zip
[--include-withheld] [--strip-location]`, `verify FILE.zip | PACKET.pdf --evidence DIR|BUNDLE`.

Exit codes: 0 ok; 1 validation or verification failed, or the case/file does not exist
(reasons on stderr); 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal

from disputekit.app.bundles import (
    bundle_problems,
    export_case,
    import_case,
    photos_with_location,
)
from disputekit.app.stamps.stamp_report import StampRefused, StampReport, bundle_stamps, tsa_roots
from disputekit.app.workspace import Workspace
from disputekit.commands._args import output_problem, whole_number
from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.commands.cases._import_many import run_import_many
from disputekit.messages import Msg, msg, os_failure


def register(subparsers: Any) -> None:
    """Add the bundle commands."""
    p = subparsers.add_parser(
        "import", help="import a case bundle (.zip) or a case JSON with its files beside it"
    )
    p.add_argument(
        "paths",
        metavar="PATH",
        type=Path,
        nargs="+",
        help="bundles or case files; a folder imports the bundles and case files in it",
    )
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
    p.add_argument(
        "--force",
        action="store_true",
        help="with --update: replace the stored case even when the bundle was exported "
        "before its last change (which rolls those changes back)",
    )
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("export", help="export a case as a zipped BagIt bundle")
    p.add_argument("case_id", metavar="CASE_ID", type=whole_number)
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
    p.add_argument(
        "--tsa-ca",
        metavar="FILE",
        type=Path,
        help="for a bundle with a trusted timestamp: the TSA's root certificate (PEM or DER) "
        "to check its chain against; without it the chain is reported as not checked",
    )
    p.set_defaults(func=run_verify)


def _not_a_file(path: Path) -> Msg | None:
    if path.is_file():
        return None
    return msg("cli.is_a_folder" if path.is_dir() else "cli.no_such_file", path=str(path))


def run_import(args: argparse.Namespace) -> int:
    """Import a bundle (prints the new case id), or many with a summary."""
    if_stored: Literal["skip", "copy", "update"] = (
        "copy" if args.as_new else "update" if args.update else "skip"
    )
    if len(args.paths) > 1 or args.paths[0].is_dir():
        return run_import_many(args.paths, if_stored, args)
    path = args.paths[0]
    problem = _not_a_file(path)
    if problem:
        return fail(problem)

    def body(workspace: Workspace) -> int:
        done = workspace.run(import_case, path, if_stored, force=args.force)
        if done.outcome == "skipped":
            print(text(msg("cli.import.skipped", name=path.name, case_id=done.case_id)))
        elif done.outcome == "updated":
            print(text(msg("cli.import.updated", name=path.name, case_id=done.case_id)))
        else:
            imported = msg(
                "cli.import.imported",
                case_id=done.case_id,
                platform=done.platform,
                order_no=done.order_no,
                count=done.evidence_count,
            )
            print(imported)
        return 0

    return with_store(args, body, writes=True)


def run_export(args: argparse.Namespace) -> int:
    """Export a case to a zipped BagIt bag."""
    problem = output_problem(args.out, args.data_dir)
    if problem:
        return fail(msg("cli.cannot_write", path=str(args.out), reason=problem))

    def body(workspace: Workspace) -> int:
        if not args.strip_location:
            for item in workspace.run(photos_with_location, args.case_id, args.include_withheld):
                warning = msg("cli.export.location", evidence_id=item.evidence_id, file=item.file)
                print(f"disputekit: {text(warning)}", file=sys.stderr)
        out = workspace.run(
            export_case,
            args.case_id,
            args.out,
            include_withheld=args.include_withheld,
            strip_location=args.strip_location,
        )
        print(text(msg("cli.export.done", case_id=args.case_id, path=str(out))))
        if args.include_withheld:
            print(text(msg("cli.export.withheld")), file=sys.stderr)
        return 0

    return with_store(args, body)


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(5) == b"%PDF-"


def run_verify(args: argparse.Namespace) -> int:
    """Verify a bundle, or a packet against its evidence, without importing; problems on
    stderr."""
    problem = _not_a_file(args.path)
    if problem:
        return fail(problem)
    if _is_pdf(args.path):
        return _verify_packet(args.path, args.evidence)
    if args.evidence is not None:
        return fail(msg("cli.verify.evidence_not_pdf", path=str(args.path)))
    stamps = _bundle_stamps(args.path, args.tsa_ca)
    if isinstance(stamps, str):
        return fail(stamps)
    problems = [*bundle_problems(args.path), *stamps.problems]
    if problems:
        failed = msg("cli.verify.bundle_failed", path=str(args.path))
        print(f"disputekit: {text(failed)}", file=sys.stderr)
        for item in problems:
            print(f"  - {text(item)}", file=sys.stderr)
        return 1
    print(text(msg("cli.verify.bundle_ok", path=str(args.path))))
    for note in stamps.notes:
        print(f"  - {text(note)}")
    return 0


def _bundle_stamps(path: Path, tsa_ca: Path | None) -> StampReport | str:
    """The bundle's timestamps checked (their chain against `tsa_ca`), or why the root
    certificate file cannot be used."""
    try:
        roots = tsa_roots(tsa_ca) if tsa_ca is not None else None
    except StampRefused as exc:
        return str(exc.reason)
    except OSError as exc:
        return str(os_failure(exc))
    return bundle_stamps(path, roots, str(tsa_ca or ""))


def _verify_packet(pdf: Path, evidence: Path | None) -> int:
    # The packet modules only when a packet is verified, not for every command.
    from disputekit.app.packets.building import PacketUnreadable, verify_packet

    if evidence is None:
        needs = msg("cli.verify.packet_needs_evidence", path=str(pdf))
        print(f"disputekit verify: {text(needs)}", file=sys.stderr)
        return 2
    try:
        result = verify_packet(pdf, evidence)
    except PacketUnreadable as exc:
        return fail(exc)
    if not result.ok:
        mismatch = msg("cli.verify.packet_mismatch", path=str(pdf), evidence=str(evidence))
        print(f"disputekit: {text(mismatch)}", file=sys.stderr)
        for problem in result.problems:
            print(f"  - {text(problem)}", file=sys.stderr)
        for path in result.altered:
            print(f"  - {text(msg('cli.verify.altered', path=path))}", file=sys.stderr)
        for path in result.missing:
            print(f"  - {text(msg('cli.verify.missing', path=path))}", file=sys.stderr)
        return 1
    print(text(msg("cli.verify.packet_ok", path=str(pdf), count=len(result.matched))))
    return 0
