"""Case-list search latency: what the user waits for vs a raw FTS5 query on the same database.

Generates cases with 10 evidence rows each (bulk-inserted through the repository's row
mapping, one transaction per batch), then for each query measures the median latency of
`cases.list(query)` (the lazy list: one ordered id query) plus reading the first screenful
of rows (FIRST rows, what the table paints), and of the bare FTS5 statement selecting the
same rowids. Measured at 1,000 and at 10,000 cases. Target: screen / fts <= 2x, as the median
over the query set at 10,000 cases (the RESULT line).
Secondary figure: reading EVERY hit's row (a caller that iterates the whole list, such as
`disputekit list` or the dashboard), which still grows with the hits.

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

from disputekit.domain.case.model import (
    Case,
    Claims,
    Complainant,
    Event,
    EvidenceItem,
    FiledBy,
    Order,
    Respondent,
)
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, OrderStatus, Problem
from disputekit.store import Store
from disputekit.store.cases.search import matching_ids_sql, query_terms
from disputekit.timeutil import SHANGHAI

FIRST = 50  # rows of a tall case-list window

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


def medians_ms(fns: list, repeat: int) -> tuple[list[float], list[float]]:
    """Median ms of each of `fns`, run in alternation (a shared machine's drift hits all of
    them alike), and the median per-round ratio of each to the second (the baseline)."""
    for fn in fns:
        fn()  # warm the page cache and statement cache
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, row in zip(fns, times, strict=True):
            t = time.perf_counter()
            fn()
            row.append(time.perf_counter() - t)
    base = times[1]
    ratios = [
        statistics.median(a / max(b, 1e-9) for a, b in zip(row, base, strict=True)) for row in times
    ]
    return [statistics.median(row) * 1000 for row in times], ratios


def measure(store: Store, queries: list[str], repeat: int) -> list[tuple]:
    """Per query: hits, and median ms of list() + the first FIRST rows, of the bare FTS5 rowid
    query, of list() alone (the id query), and of list() with every row read."""
    rows = []
    for query in queries:
        ids_sql, ids_params = matching_ids_sql(query_terms(query))
        fetch = store.db.conn.execute
        raw_ids = lambda: fetch(ids_sql, ids_params).fetchall()  # noqa: B023, E731
        screen = lambda: store.cases.list(query)[:FIRST]  # noqa: B023, E731
        ids_only = lambda: store.cases.list(query)  # noqa: B023, E731
        every = lambda: list(store.cases.list(query))  # noqa: B023, E731
        hits = len(ids_only())
        times, ratios = medians_ms([screen, raw_ids, ids_only, every], repeat)
        rows.append((query, hits, *times, ratios[0], ratios[3]))
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
    print(f"screen = cases.list(query) + its first {FIRST} rows (what the user waits for);")
    print("fts = bare FTS5 rowid query (baseline); ids = cases.list(query) alone (the ordered")
    print("id query); all = every hit's row read (secondary: callers that iterate the whole")
    print("list). Medians in ms, the four run in alternation; ratios: median per-round ratio")
    print("to fts.\n")
    head = (
        f"{'cases':>6} {'hits':>6} {'screen':>7} {'fts':>7} {'ids':>7} {'all':>8}"
        f" {'scr/fts':>7} {'all/fts':>7}"
    )
    for size, rows in results.items():
        print(f"{'query':<18}{head}")
        for query, hits, screen, raw_ids, ids_only, every, screen_x, every_x in rows:
            print(
                f"{query:<18}{size:>6} {hits:>6} {screen:>7.2f} {raw_ids:>7.2f} {ids_only:>7.2f}"
                f" {every:>8.2f} {screen_x:>6.1f}x {every_x:>6.1f}x"
            )
        print()
    print(f"flatness: median screen ms at 1,000 -> {args.cases:,} cases (hits grow ~10x), and")
    print("what the list adds to the bare FTS5 query (screen - fts), which should stay flat")
    for small, large in zip(results[1000], results[args.cases], strict=True):
        added_small, added_large = small[2] - small[3], large[2] - large[3]
        print(
            f"  {small[0]:<18} {small[2]:>7.2f} -> {large[2]:>7.2f}  {large[2] / small[2]:>5.1f}x"
            f"   added {added_small:>5.2f} -> {added_large:>5.2f} ms"
        )
    # Headline: over the query set at the full size, the median of each query's screen / fts
    # ratio (itself the median over the rounds).
    headline = statistics.median(row[6] for row in results[args.cases])
    print(f"\nheadline: median screen/fts over the {len(queries)} queries at {args.cases:,} cases")
    print(f"RESULT name=search ratio={headline:.2f} target=2")


if __name__ == "__main__":
    main()
