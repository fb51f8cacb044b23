"""Intake speed: the evidence vault vs a bare Pillow decode + thumbnail of the same files.

100 phone screenshots (1080×2400 PNG, drawn like the demo's: Chinese text, bubbles, cards) are
generated in a temporary folder. In one process, alternating over several rounds:

  baseline  for each file: Image.open + load + thumbnail((256, 256))
  vault     EvidenceVault.add_many into a fresh data folder (hash, full decode check, copy
            written with fsync, thumbnail saved, row in SQLite)

Prints the best (least disturbed) and the median round of each, and their ratios (target:
vault ≤ 1.2× baseline). Rounds alternate, so load from other processes hits both alike.
Run: .venv/bin/python benchmarks/intake.py [--files 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image

from disputekit.store import Store
from disputekit.store.demo import demo_cases, render_screen
from disputekit.store.demo_images import png_bytes


def make_screenshots(folder: Path, count: int) -> list[Path]:
    """`count` distinct 1080×2400 PNG screenshots (each with its own order number)."""
    paths = []
    demos = demo_cases()
    for n in range(count):
        demo = demos[n % len(demos)]
        item = demo.case.evidence[(n // len(demos)) % len(demo.case.evidence)]
        demo.case.order.order_no = f"KM20261120{n:06d}"
        # The status-bar clock differs too, so even the chats (no order number) are distinct.
        item.captured_at = datetime(2026, 11, 20, 10, 0, tzinfo=UTC) + timedelta(minutes=n)
        path = folder / f"Screenshot_{n:03d}.png"
        path.write_bytes(png_bytes(render_screen(demo.case, item, demo.screens[item.id])))
        paths.append(path)
    return paths


def baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        with Image.open(path) as im:
            im.load()
            im.thumbnail((256, 256))
    return time.perf_counter() - start


def vault_intake(paths: list[Path], data_dir: Path) -> float:
    with Store.open(data_dir) as store:
        start = time.perf_counter()
        report = store.vault.add_many(paths, source_note="benchmark")
        elapsed = time.perf_counter() - start
    assert len(report.stored) == len(paths) and not report.failed, report.failed
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dk-intake-") as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        t0 = time.perf_counter()
        paths = make_screenshots(root / "in", args.files)
        size_mb = sum(p.stat().st_size for p in paths) / 2**20
        print(
            f"generated {len(paths)} screenshots 1080×2400 PNG, {size_mb:.1f} MB, "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        base_times, vault_times = [], []
        for n in range(args.rounds):
            base_times.append(baseline(paths))
            vault_times.append(vault_intake(paths, root / f"data-{n}"))
    per = 1000 / len(paths)
    for label, pick in (("best", min), ("median", statistics.median)):
        base, vault = pick(base_times), pick(vault_times)
        print(f"{label} of {args.rounds} rounds:")
        print(f"  baseline (open + load + thumbnail): {base:6.2f} s  ({base * per:5.1f} ms/file)")
        print(f"  vault.add_many (incl. thumbnails):  {vault:6.2f} s  ({vault * per:5.1f} ms/file)")
        print(f"  ratio vault / baseline: {vault / base:.2f}×  (target ≤ 1.2×)")
    print(
        f"all rounds: baseline {[round(t, 2) for t in base_times]}, "
        f"vault {[round(t, 2) for t in vault_times]}"
    )


if __name__ == "__main__":
    main()
