"""The store side of `bill`: `--case` attaches the bill to a case, `--new` makes cases."""

from __future__ import annotations

import argparse
import json
import sys

from disputekit.app.bill_import import FAILURES, AttachResult, NoMatchingRow, import_bill
from disputekit.app.data_folder import FolderUnavailable, open_store
from disputekit.bills.model import Bill, BillError
from disputekit.commands import bill_cmd
from disputekit.domain.money import format_money
from disputekit.domain.timeutil import short_datetime


def run_attach(args: argparse.Namespace, bill: Bill) -> int:
    """Attach (`--case`) or create (`--new`); the outcome on stdout, refusals on stderr."""
    try:
        store = open_store(args.data_dir)
    except FolderUnavailable as exc:
        return bill_cmd.fail(f"无法打开数据文件夹：{exc.raw}")
    try:
        results = import_bill(store, bill, None if args.new else args.case, args.row)
    except NoMatchingRow as exc:
        return _no_match(bill, exc)
    except FAILURES as exc:
        return bill_cmd.fail(exc.message_zh if isinstance(exc, BillError) else str(exc))
    finally:
        store.close()
    if args.json:
        print(json.dumps([_result_json(r) for r in results], ensure_ascii=False, indent=2))
        return 0
    for r in results:
        print(_result_text(bill, r))
        for name, mine, theirs in r.differs:
            print(
                f"disputekit: 注意：案件 {r.case_id} 的{bill_cmd.field_name(name)}为 {mine}，"
                f"账单为 {theirs}；案件未作改动",
                file=sys.stderr,
            )
    return 0


def _result_json(r: AttachResult) -> dict[str, object]:
    return {
        "case_id": r.case_id,
        "created": r.created,
        "evidence_id": r.evidence_id,
        "rows": [row.number for row in r.rows],
        "rule": r.rule,
        "filled": r.filled,
        "differs": [{"field": f, "case": mine, "bill": theirs} for f, mine, theirs in r.differs],
    }


def _result_text(bill: Bill, r: AttachResult) -> str:
    row = r.rows[0]
    if r.created:
        return (
            f"已由第 {row.number} 行新建案件 {r.case_id}（{row.merchant_order_no or '-'}，"
            f"{format_money(row.amount)} 元，{row.counterparty}）；{bill.file_name} 为其证据 "
            f"{r.evidence_id}"
        )
    return (
        f"已将 {bill.file_name} 作为付款记录附到案件 {r.case_id}，证据 {r.evidence_id}；"
        f"{bill_cmd.rule_text(r.rule)}找到第 {row.number} 行；{bill_cmd.filled_text(r.filled)}"
    )


def _no_match(bill: Bill, exc: NoMatchingRow) -> int:
    what = "有多行都符合" if exc.ambiguous else "没有一行符合"
    order = exc.order
    at = short_datetime(order.ordered_at) if order.ordered_at else "无下单时间"
    print(
        f"disputekit: {bill.file_name} 中{what}案件 {exc.case_id} 的订单（订单号 "
        f"{order.order_no or '-'}，交易单号 {order.transaction_no or '-'}，"
        f"{format_money(order.amount_paid)} 元，{at}）；未保存任何内容。"
        "最接近的几行（用 --row N 选定其一）：",
        file=sys.stderr,
    )
    for row in exc.nearest:
        print(bill_cmd.row_line(row), file=sys.stderr)
    return 1
