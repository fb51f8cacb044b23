"""Intake speed: the evidence vault vs a bare Pillow decode + thumbnail of the same files.

100 phone screenshots (1080×2400 PNG, drawn like the demo's: Chinese text, bubbles, cards) are
generated in a temporary folder. In one process, alternating over several rounds:

  baseline  for each file: Image.open + load + thumbnail((256, 256))
  vault     EvidenceVault.add_many into a fresh data folder (hash, full decode check, copy
            written with fsync, thumbnail saved, row in SQLite)

Within each round the two alternate every 10 files, so load from other processes falls on
both alike. Prints, for wall and CPU time, the median ratio over the rounds (the figure to
compare with the target: vault ≤ 1.2× baseline), each round's ratio, and the times of the
least disturbed round (the fastest in total).
Run: .venv/bin/python benchmarks/intake.py [--files 100] [--rounds 5] [--chunk 10]
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
from disputekit.store.demo.demo_images import png_bytes
from disputekit.store.demo.demo_set import demo_cases, render_screen


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


class Clock:
    """Wall time and this process's CPU time (all threads) spent inside `with`."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> Clock:
        self._start = (time.perf_counter(), time.process_time())
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._start[0]
        self.cpu += time.process_time() - self._start[1]


def baseline(paths: list[Path], clock: Clock) -> None:
    with clock:
        for path in paths:
            with Image.open(path) as im:
                im.load()
                im.thumbnail((256, 256))


def vault_intake(paths: list[Path], store: Store, clock: Clock) -> None:
    with clock:
        report = store.vault.add_many(paths, source_note="benchmark")
    assert len(report.stored) == len(paths) and not report.failed, report.failed


def one_round(paths: list[Path], data_dir: Path, chunk: int) -> tuple[Clock, Clock]:
    """Both sides over all files, alternating every `chunk` files so that load from other
    processes (a shared machine) falls on both alike."""
    base, vault = Clock(), Clock()
    with Store.open(data_dir) as store:
        for start in range(0, len(paths), chunk):
            part = paths[start : start + chunk]
            baseline(part, base)
            vault_intake(part, store, vault)
    return base, vault


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chunk", type=int, default=10, help="files per alternation")
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
        rounds = [one_round(paths, root / f"data-{n}", args.chunk) for n in range(args.rounds)]
    per = 1000 / len(paths)
    headline = statistics.median(v.wall / b.wall for b, v in rounds)
    for what in ("wall", "cpu"):
        ratios = [getattr(v, what) / getattr(b, what) for b, v in rounds]
        quiet = min(rounds, key=lambda r: getattr(r[0], what) + getattr(r[1], what))
        b, v = (getattr(c, what) for c in quiet)
        print(
            f"{what} time: ratio vault / baseline, median of {args.rounds} rounds: "
            f"{statistics.median(ratios):.2f}×  (target ≤ 1.2×)"
        )
        print(f"  each round: {', '.join(f'{r:.2f}' for r in ratios)}")
        print(
            f"  least disturbed round: baseline (open + load + thumbnail) {b:5.2f} s "
            f"({b * per:4.1f} ms/file); vault.add_many (incl. thumbnails) {v:5.2f} s "
            f"({v * per:4.1f} ms/file)"
        )
    print(f"RESULT name=intake ratio={headline:.2f} target=1.2")


if __name__ == "__main__":
    main()
