"""Bill import speed: `read_bill` vs reading the same file with `csv` / `openpyxl` alone.

Two 10,000-row bills are generated in a temporary folder, laid out as exported:
  alipay.csv   Alipay 交易流水, GBK, preamble, tabs after the numbers
  wechat.xlsx  WeChat Pay 账单 (2025 format), header on row 17

Per format, in one process, alternating over several rounds (load from other processes
falls on both alike):
  baseline  csv.reader over the file opened as GBK  /  openpyxl read-only, every cell value
  ours      read_bill(path): encoding guess, header search by names, every row to typed
            fields (time with offset, Decimal amount, cleaned numbers), re-save checks

Prints each format's median time and median per-round ratio, then the combined ratio (both
bills read by `read_bill` over both read by the bare libraries: what a user importing one
bill of each kind waits for), which is the figure compared with the target 1.5, as the last
line: RESULT name=bills ratio=<x> target=1.5
Run: .venv/bin/python benchmarks/bills.py [--rows 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

from disputekit.bills import samples
from disputekit.bills.read import read_bill

TARGET = 1.5


def baseline_csv(path: Path) -> int:
    """Every row of the CSV, as lists of strings."""
    with path.open(encoding="gbk", newline="") as f:
        return len(list(csv.reader(f)))


def baseline_xlsx(path: Path) -> int:
    """Every cell value of the first sheet."""
    book = load_workbook(path, read_only=True)
    try:
        return len(list(book.worksheets[0].iter_rows(values_only=True)))
    finally:
        book.close()


def ours(path: Path) -> int:
    """The bill's typed rows."""
    return len(read_bill(path).rows)


def timed(fn: Callable[[Path], int], path: Path) -> float:
    start = time.perf_counter()
    fn(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rows = samples.sample_rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="dk-bills-") as tmp:
        alipay = Path(tmp) / "alipay.csv"
        alipay.write_bytes(samples.alipay_csv(rows))
        wechat = Path(tmp) / "wechat.xlsx"
        wechat.write_bytes(samples.wechat_xlsx(rows))
        assert ours(alipay) == ours(wechat) == args.rows  # warm-up, and the parse is whole
        baseline_csv(alipay)
        baseline_xlsx(wechat)
        cases = {"csv": (baseline_csv, alipay), "xlsx": (baseline_xlsx, wechat)}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.rounds):
            for name, (base_fn, path) in cases.items():
                base = timed(base_fn, path)
                mine = timed(ours, path)
                times[name].append((mine, base))
    print(f"{args.rows:,} rows per bill, {args.rounds} rounds, alternating")
    for name, pairs in times.items():
        mine = statistics.median(m for m, _ in pairs)
        base = statistics.median(b for _, b in pairs)
        ratio = statistics.median(m / b for m, b in pairs)
        print(
            f"{name:>5}: read_bill {mine * 1000:8.1f} ms  bare {base * 1000:8.1f} ms  "
            f"ratio {ratio:.2f}"
        )
    combined = statistics.median(
        (c[0] + x[0]) / (c[1] + x[1]) for c, x in zip(times["csv"], times["xlsx"], strict=True)
    )
    print(f"both: median per-round ratio {combined:.2f} (target ≤ {TARGET})")
    print(f"RESULT name=bills ratio={combined:.2f} target={TARGET}")


if __name__ == "__main__":
    main()
