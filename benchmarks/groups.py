"""Many buyers, one seller: grouping speed and the group report's PDF.

1. Grouping: `app.seller_groups.list_groups` over N stored cases (keys read from the
   columns and `doc_json`, chained by union-find, summed, shared contacts found) vs a bare
   SQL `GROUP BY` over the same rows and fields (the credit code, else the shop, with the
   count, the sum, the ids, the contacts and the next deadline). Target: <= 3x (median of
   the repeats; the public-suffix list is loaded once, before timing).
2. Report: the whole group report PDF for B buyers (seller, table, routes, checks) vs
   reportlab drawing the same buyers' table alone into a PDF. Target: <= 1.5x.

    .venv/bin/python benchmarks/groups.py [--cases 10000] [--buyers 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from disputekit.app.groups.seller_groups import list_groups
from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import EventKind, Outcome, PaymentMethod, Problem
from disputekit.packet.group.report_pdf import buyers_table, write_group_pdf
from disputekit.packet.group.report_rows import group_report
from disputekit.packet.render import prepare_reportlab, write_pdf
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI

# The same fields grouping reads (the seller's credit code, address and company from the
# document, shop and platform, the buyer's contacts, the amounts and next deadline), grouped
# by the credit code else the shop: what SQL alone does, without chaining keys.
BARE_SQL = """
SELECT upper(coalesce(nullif(json_extract(doc_json, '$.respondent.credit_code',
                                          '$.respondent.url', '$.respondent.company') ->> 0,
                             ''), shop)) AS k,
       count(*), sum(CAST(coalesce(refund_amount, amount_paid) AS REAL)), group_concat(id),
       group_concat(complainant_phone), group_concat(complainant_address), min(next_due_at),
       max(platform)
FROM cases GROUP BY k
"""
START = datetime(2026, 10, 1, 9, 0, tzinfo=SHANGHAI)


def make_case(rng: random.Random, n: int, sellers: int) -> Case:
    """Buyer n against one of `sellers` sellers, described by a mix of keys."""
    s = rng.randrange(sellers)
    case = Case()
    r = case.respondent
    r.platform = f"第{s % 40}号卡盟"
    style = rng.random()
    if style < 0.4:
        r.credit_code = f"91330106MA{s:08d}"
    if 0.3 < style < 0.7:
        r.url = f"https://shop{n % 7}.seller{s}.com.cn/item/{n}"
    if style > 0.6:
        r.shop = f"星辰{s}号点卡{rng.choice(['店', '专营店', ''])}"
    r.company = f"杭州{s}号网络科技有限公司" if style > 0.85 else ""
    c = case.complainant
    c.name = f"买家{n}"
    c.phone = f"139{n % 9000 + 1000:04d}{n % 9999:04d}"
    c.address = f"某市某区某路{n % 500}号"
    c.share_consent = n % 3 == 0
    o = case.order
    o.order_no = f"KM{n:08d}"
    o.amount_paid = Decimal(rng.randrange(100, 100000)) / 100
    o.payment_method = PaymentMethod.ALIPAY
    o.transaction_no = f"2026{n:016d}"
    o.ordered_at = START + timedelta(minutes=n)
    case.problem = Problem.NOT_RECEIVED
    case.events.append(
        Event(id="ev-1", at=o.ordered_at + timedelta(days=1), kind=EventKind.CS_REFUSED,
              outcome=Outcome.NEGATIVE)
    )  # fmt: skip
    return case


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_grouping(folder: Path, cases: int, repeat: int) -> float:
    rng = random.Random(26)
    store = Store.open(folder / "data")
    try:
        batch = 1000
        for first in range(0, cases, batch):
            store.cases.create_many(
                make_case(rng, n, cases // 30) for n in range(first, min(cases, first + batch))
            )
        conn = store.db.conn
        bare = median_seconds(lambda: conn.execute(BARE_SQL).fetchall(), repeat)
        grouped = median_seconds(lambda: list_groups(store), repeat)
        groups = list_groups(store)
    finally:
        store.close()
    ratio = grouped / bare
    print(
        f"grouping {cases} cases: list_groups {grouped * 1000:.1f} ms ({len(groups)} groups), "
        f"bare GROUP BY {bare * 1000:.1f} ms, ratio {ratio:.2f}"
    )
    return ratio


def bench_report(folder: Path, buyers: int, repeat: int) -> float:
    rng = random.Random(27)
    cases = [(n, make_case(rng, n, 1)) for n in range(1, buyers + 1)]
    report = group_report(cases)
    made_at = datetime.now(UTC)
    prepare_reportlab()

    def whole() -> None:
        write_group_pdf(folder / "report.pdf", report, made_at)

    def table_alone() -> None:
        write_pdf(folder / "table.pdf", [buyers_table(report)], header="", draft=False, title="")

    full = median_seconds(whole, repeat)
    table = median_seconds(table_alone, repeat)
    ratio = full / table
    print(f"report of {buyers} buyers: whole PDF {full:.2f} s, table alone {table:.2f} s, "
          f"ratio {ratio:.2f}")  # fmt: skip
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--buyers", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        grouping = bench_grouping(folder, args.cases, args.repeat)
        report = bench_report(folder, args.buyers, max(1, args.repeat // 2))
    print(f"RESULT name=groups ratio={grouping:.2f} target=3")
    print(f"RESULT name=group_report ratio={report:.2f} target=1.5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
