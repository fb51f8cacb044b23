"""`bill PATH [--password PW] [--json] [--case CASE_ID [--row N] | --new --row N]`: read an
official Alipay/WeChat Pay bill export (or the zip it came in), print its rows, and attach it
to a case as payment evidence or make a case from a row.

Exit codes: 0 ok; 1 the file is refused, the password is wrong, or no row matches the case
(the nearest rows are named); 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from disputekit.bills.model import Bill, BillError
from disputekit.bills.read import read_bill
from disputekit.commands._args import whole_number
from disputekit.commands._lang import text
from disputekit.commands._store import fail
from disputekit.commands.bill._bill_texts import row_line
from disputekit.messages import Localized, msg


def register(subparsers: Any) -> None:
    """Add the `bill` command."""
    p = subparsers.add_parser(
        "bill",
        help="read an official Alipay/WeChat Pay bill export; attach it to a case",
        description="Read an official bill (支付宝 交易流水 CSV, 微信支付 账单 CSV/XLSX, or the "
        "zip it came in) and print its rows. With --case, keep it as the case's payment "
        "evidence and fill the order's empty payment fields from the case's row; with --new, "
        "make a case from a row.",
    )
    p.add_argument("path", metavar="PATH", type=Path)
    p.add_argument("--password", metavar="PW", help="the zip's password (WeChat Pay's 6 digits)")
    p.add_argument("--json", action="store_true", help="print JSON")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--case", metavar="CASE_ID", type=whole_number, help="attach to this case")
    target.add_argument("--new", action="store_true", help="create a case from --row N")
    p.add_argument(
        "--row",
        metavar="N",
        type=whole_number,
        action="append",
        help="the row to use (as numbered in the listing); with --new, repeat for one case per row",
    )
    p.set_defaults(func=run_bill, parser=p)


def _read(args: argparse.Namespace) -> Bill:
    try:
        return read_bill(args.path, args.password)
    except BillError as exc:
        if exc.code != "password_needed" or not sys.stdin.isatty():
            raise
    password = getpass.getpass(str(msg("cli.bill.password_prompt", name=args.path.name)))
    return read_bill(args.path, password)


def run_bill(args: argparse.Namespace) -> int:
    """Read the bill; list it, or attach it (--case) or make cases from it (--new)."""
    if args.row and args.case is None and not args.new:
        args.parser.error("--row needs --case CASE_ID or --new")
    if args.new and not args.row:
        args.parser.error("--new needs --row N")
    if args.case is not None and args.row and len(args.row) > 1:
        args.parser.error("--case takes one --row")
    try:
        bill = _read(args)
    except BillError as exc:
        if exc.code == "password_needed":  # the message is the app's, which asks for it
            return fail(msg("cli.bill.password_option", reason=exc.text))
        return fail(exc)
    for reason in bill.resaved:
        note = msg("cli.bill.resaved", name=bill.file_name, reason=reason)
        print(f"disputekit: {text(note)}", file=sys.stderr)
    if args.case is None and not args.new:
        return _list(bill, args.json)
    from disputekit.commands.bill._bill_attach import run_attach  # the store only when it is needed

    return run_attach(args, bill)


def _list(bill: Bill, as_json: bool) -> int:
    if as_json:
        print(json.dumps(bill.to_json(), ensure_ascii=False, indent=2))
        return 0
    source = Localized(bill.source.zh, bill.source.en)
    facts = {"source": source, "name": bill.file_name, "rows": len(bill.rows)}
    if bill.container:
        print(
            text(msg("cli.bill.header_zip", **facts, container=bill.container, sha256=bill.sha256))
        )
    else:
        print(text(msg("cli.bill.header", **facts, sha256=bill.sha256)))
    for row in bill.rows:
        print(text(row_line(row)))
    return 0
