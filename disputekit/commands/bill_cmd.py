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

from disputekit.bills.match import AMOUNT_PAID, PAID_AT, PAYMENT_METHOD, TRANSACTION_NO
from disputekit.bills.model import Bill, BillError, BillRow
from disputekit.bills.read import read_bill
from disputekit.domain.money import format_money
from disputekit.domain.timeutil import precise_datetime

# What the command prints for people is Chinese, like every command's; `--json` is data and
# keeps its English keys and `resaved` texts for scripts.
_FIELD_NAMES = {
    TRANSACTION_NO: "交易单号",
    AMOUNT_PAID: "实付金额",
    PAYMENT_METHOD: "支付方式",
    PAID_AT: "付款时间",
}
_RULES = {
    "merchant_order_no": "按商户单号（即订单号）",
    "transaction_no": "按交易单号",
    "amount_time": "按金额及下单前后 10 分钟内的交易时间",
    "chosen": "按 --row 所选",
}
_DIRECTIONS = {"expense": "支出", "income": "收入", "neutral": "不计"}


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
    target.add_argument("--case", metavar="CASE_ID", type=int, help="attach to this case")
    target.add_argument("--new", action="store_true", help="create a case from --row N")
    p.add_argument(
        "--row",
        metavar="N",
        type=int,
        action="append",
        help="the row to use (as numbered in the listing); with --new, repeat for one case per row",
    )
    p.set_defaults(func=run_bill, parser=p)


def fail(message: str) -> int:
    print(f"disputekit: {message}", file=sys.stderr)
    return 1


def _read(args: argparse.Namespace) -> Bill:
    try:
        return read_bill(args.path, args.password)
    except BillError as exc:
        if exc.code != "password_needed" or not sys.stdin.isatty():
            raise
    password = getpass.getpass(f"{args.path.name} 的密码：")
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
            return fail(f"{exc.message_zh}；在命令行用 --password 给出")
        return fail(exc.message_zh)
    for reason in bill.resaved:
        print(f"disputekit: 注意：{bill.file_name} 已不是原始导出文件：{reason}", file=sys.stderr)
    if args.case is None and not args.new:
        return _list(bill, args.json)
    from disputekit.commands._bill_attach import run_attach  # the store only when it is needed

    return run_attach(args, bill)


def _list(bill: Bill, as_json: bool) -> int:
    if as_json:
        print(json.dumps(bill.to_json(), ensure_ascii=False, indent=2))
        return 0
    inside = f"（取自 {bill.container}）" if bill.container else ""
    rows = len(bill.rows)
    print(f"{bill.source.zh}账单 {bill.file_name}{inside}：{rows} 行，SHA-256 {bill.sha256}")
    for row in bill.rows:
        print(row_line(row))
    return 0


def row_line(row: BillRow) -> str:
    """One row as the listing prints it, with its number for --row."""
    return (
        f"{row.number:>5}  {precise_datetime(row.time)}  {_DIRECTIONS[row.direction.value]}  "
        f"{format_money(row.amount):>10}  {row.counterparty}  {row.item}  "
        f"交易单号 {row.transaction_no or '-'}  商户单号 {row.merchant_order_no or '-'}"
    )


def filled_text(filled: list[str]) -> str:
    """The fields filled, in words."""
    if not filled:
        return "未填写任何字段：案件已有付款信息"
    return "已填写" + "、".join(_FIELD_NAMES[f] for f in filled)


def field_name(name: str) -> str:
    """An order field's name in words."""
    return _FIELD_NAMES.get(name, name)


def rule_text(rule: str) -> str:
    """How the row was found, in words."""
    return _RULES.get(rule, rule)
