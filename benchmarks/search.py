"""Case-list search latency: `cases.list(query)` vs a raw FTS5 query on the same database.

Generates cases with 10 evidence rows each (bulk-inserted through the repository's row
mapping, one transaction per batch), then for each query measures the median latency of the
full list call (search + summaries) and of the bare FTS5 statement selecting the same rowids.
Measured at 1,000 and at 10,000 cases, to show it stays flat. Target: ratio <= 2x.

    .venv/bin/python benchmarks/search.py [--cases 10000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from disputekit.domain.model import (
    Case,
    Claims,
    Complainant,
    Event,
    EvidenceItem,
    FiledBy,
    Order,
    Respondent,
)
from disputekit.domain.timeutil import SHANGHAI
from disputekit.domain.vocabulary import EventKind, EvidenceKind, OrderStatus, Problem
from disputekit.store import Store
from disputekit.store.search import matching_ids_sql, query_terms
from disputekit.store.summaries import summary_sql

PLATFORMS = ["某某卡盟", "星辰卡盟", "久久卡盟", "易购点卡", "速充网", "极速卡盟", "游戏宝"]
PLATFORMS += [f"第{i}号卡盟" for i in range(1, 24)]
SHOPS = ["星辰点卡专营店", "速充小店", "官方旗舰店", "老王点卡", "秒到充值", "诚信数码"]
SHOPS += [f"{c}记数码{i}" for c in "甲乙丙丁戊己庚辛" for i in range(5)]
PRODUCTS = ["腾讯Q币 100元", "王者荣耀点券 60", "话费充值 50元", "网易一卡通 30元", "原神 创世结晶"]
PRODUCTS += ["和平精英 UC 600", "Steam 充值卡 100", "迅雷会员 月卡", "爱奇艺 VIP 年卡"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
NOTES = ["客服说系统繁忙请稍等", "客服拒绝退款", "平台显示已发货但未到账", "要求提供发货凭证"]
NOTES += ["商家承诺24小时内退款", "提交平台申诉", "卡密无效，提示已被使用", "充值到错误区服"]
CAPTIONS = ["客服聊天记录", "支付宝账单", "订单详情页", "游戏内余额截图", "退款记录", "充值记录"]


def fake_sha(n: int) -> str:
    return f"{n:064x}"


def make_case(rng: random.Random, n: int, first_file: int) -> Case:
    ordered = datetime(2026, 1, 1, tzinfo=SHANGHAI) + timedelta(minutes=rng.randrange(480_000))
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(2))
    events = [
        Event(
            id=f"ev{i + 1}",
            at=ordered + timedelta(hours=i + 1),
            kind=rng.choice([EventKind.CS_CONTACTED, EventKind.CS_REPLIED, EventKind.NOTE]),
            note=rng.choice(NOTES),
            evidence=[f"e{i + 1}"],
        )
        for i in range(3)
    ]
    evidence = [
        EvidenceItem(
            id=f"e{i + 1}",
            kind=rng.choice(list(EvidenceKind)),
            caption=rng.choice(CAPTIONS),
            sha256=fake_sha(first_file + i),
            original_name=f"IMG_{first_file + i:06d}.png",
        )
        for i in range(10)
    ]
    return Case(
        complainant=Complainant(name=name, phone=f"138{rng.randrange(10**8):08d}"),
        respondent=Respondent(platform=rng.choice(PLATFORMS), shop=rng.choice(SHOPS)),
        order=Order(
            order_no=f"KM{ordered:%Y%m%d}{n:07d}",
            product=rng.choice(PRODUCTS),
            amount_paid=rng.choice([Decimal(v) for v in ("9.90", "30.00", "98.50", "648.00")]),
            ordered_at=ordered,
            status=rng.choice(list(OrderStatus)),
        ),
        problem=rng.choice(list(Problem)),
        filed_by=FiledBy(name="志愿者" + rng.choice(GIVEN)) if rng.random() < 0.2 else None,
        claims=Claims(other=""),
        events=events,
        evidence=evidence,
    )


def fill(store: Store, rng: random.Random, start: int, stop: int) -> None:
    """Cases start..stop-1 with their (fake, content-free) vault rows, in batches."""
    now = datetime.now(UTC).isoformat()
    for batch in range(start, stop, 1000):
        end = min(batch + 1000, stop)
        store.db.conn.executemany(
            "INSERT INTO files (sha256, size, format, original_name, intake_at) "
            "VALUES (?, 1, 'PNG', ?, ?)",
            [(fake_sha(f), f"IMG_{f:06d}.png", now) for f in range(batch * 10, end * 10)],
        )
        store.db.conn.commit()
        store.cases.create_many(make_case(rng, n, n * 10) for n in range(batch, end))


def median_ms(fn, repeat: int) -> float:
    fn()  # warm the page cache and statement cache
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def measure(store: Store, queries: list[str], repeat: int) -> list[tuple]:
    """Per query: hits, and median ms of list(), the bare FTS5 rowid query, and the list's
    own SQL fetched as plain tuples (no Python objects)."""
    rows = []
    for query in queries:
        terms = query_terms(query)
        ids_sql, ids_params = matching_ids_sql(terms)
        rows_sql, rows_params = summary_sql(terms, None)
        fetch = store.db.conn.execute
        raw_ids = lambda: fetch(ids_sql, ids_params).fetchall()  # noqa: B023, E731
        raw_rows = lambda: fetch(rows_sql, rows_params).fetchall()  # noqa: B023, E731
        listed = lambda: store.cases.list(query)  # noqa: B023, E731
        hits = len(listed())
        times = [median_ms(f, repeat) for f in (listed, raw_ids, raw_rows)]
        rows.append((query, hits, *times))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
        t = time.perf_counter()
        fill(store, rng, 0, 1000)
        fill_1k = time.perf_counter() - t
        probe = store.cases.get(777)
        queries = [
            probe.order.order_no[-7:],  # a partial order number (one case)
            probe.order.order_no,
            probe.complainant.name,
            "星辰点卡专营店",
            "第17号卡盟 话费",
            "卡密无效",  # an event note, many cases
            "卡盟",  # two characters: scanned, most cases
            "Q币",
            "不存在的店铺",
        ]
        results = {1000: measure(store, queries, args.repeat)}
        t = time.perf_counter()
        fill(store, rng, 1000, args.cases)
        fill_rest = time.perf_counter() - t
        results[args.cases] = measure(store, queries, args.repeat)
        evidence = store.db.execute("SELECT count(*) FROM evidence").fetchone()[0]

    total = fill_1k + fill_rest
    print(f"generated {args.cases:,} cases / {evidence:,} evidence rows in {total:.1f} s")
    print(f"({args.cases / total:,.0f} cases/s through create_many)\n")
    print("list = cases.list(query); fts = bare FTS5 rowid query; sql = the list's SQL as")
    print("tuples (FTS5 + case rows + counts). Ratios: list/fts and list/sql. Medians in ms.\n")
    head = f"{'cases':>6} {'hits':>6} {'list':>8} {'fts':>7} {'sql':>7} {'/fts':>6} {'/sql':>5}"
    for size, rows in results.items():
        print(f"{'query':<18}{head}")
        for query, hits, listed, raw_ids, raw_rows in rows:
            print(
                f"{query:<18}{size:>6} {hits:>6} {listed:>8.2f} {raw_ids:>7.2f} {raw_rows:>7.2f}"
                f" {listed / max(raw_ids, 1e-6):>5.1f}x {listed / max(raw_rows, 1e-6):>4.1f}x"
            )
        print()
    print(f"flatness: median list ms at {args.cases:,} cases / at 1,000 (hits grow ~10x)")
    for small, large in zip(results[1000], results[args.cases], strict=True):
        print(
            f"  {small[0]:<18} {small[2]:>7.2f} -> {large[2]:>7.2f}  {large[2] / small[2]:>5.1f}x"
        )


if __name__ == "__main__":
    main()
