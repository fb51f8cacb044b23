"""Time to first paint of the main window with 10,000 cases, vs a bare PySide6 QMainWindow.

Each run is a fresh subprocess on the offscreen platform; the time counts from before the
process starts (interpreter start and imports included) to the end of the first painted frame.
Target: the app within 2x the bare window (the median of the per-round ratios, runs
alternated). Also checks that the heavy modules (reportlab, the packet code, sqlite-utils,
Pillow, the order form, the reminders and other tool windows, bill import, the bundle
dialogs, the leftovers clean-up) are not imported before the first paint.

    .venv/bin/python benchmarks/startup.py [--cases 10000] [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

CHILD = r"""
import json, sys, time
mode, data_dir = sys.argv[1], sys.argv[2]
if mode != "bare":
    # As `disputekit` does (cli -> ui.app): the app's modules load before Qt. PySide6 reads
    # the source of every module imported after it (its __feature__ check).
    from disputekit.ui.shell.app import build_app
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
else:
    parts = build_app(data_dir)
    app, window = parts.app, parts.window

marks = {}
HEAVY_TOP = ("reportlab", "fitz", "pypdf", "sqlite_utils", "PIL")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if "painted" not in marks:
                marks["painted"] = None
                QTimer.singleShot(0, first_frame_done)
            elif marks.get("listed") is None and listed():
                marks["listed"] = False
                QTimer.singleShot(0, list_painted)
        return False

def listed():
    return not hasattr(window, "case_list") or window.case_list.loaded

def first_frame_done():
    marks["painted"] = time.time()
    if hasattr(window, "case_list_view"):
        window.case_list_view.viewport().installEventFilter(watcher)
    late = ("disputekit.packet", "disputekit.ui.cases.order_form",
            "disputekit.ui.shell.tool_windows", "disputekit.ui.deadlines.reminders",
            "disputekit.ui.bills.bill_window", "disputekit.store.leftovers",
            "disputekit.ui.shell.bundle_actions")
    marks["heavy"] = sorted(m for m in sys.modules
                            if m.split(".")[0] in HEAVY_TOP or m.startswith(late))
    if listed():
        list_painted()

def list_painted():
    marks["listed"] = time.time()
    rows = window.case_list.model.rowCount() if hasattr(window, "case_list") else 0
    print(json.dumps({**marks, "rows": rows}), flush=True)
    app.quit()

watcher = FirstPaint()
# On the window, not on the whole application: an application-wide filter makes PySide6 wrap
# every object that receives an event, Qt's private animation timer included, which set up every
# QObject class and ~125 enums in the app's process only (about 27 ms a real launch never pays).
# The case list's viewport, whose paint shows the listed cases, is watched from the first frame
# on (asking for it earlier sets up some sixty enums before the paint).
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def make_store(folder: Path, count: int) -> float:
    """Fill a store with `count` varied cases through the store API; returns seconds taken."""
    from disputekit.domain.case.model import Case
    from disputekit.domain.case.vocabulary import OrderStatus, Problem
    from disputekit.store import Store
    from disputekit.timeutil import SHANGHAI

    platforms = ["星辰卡盟", "极光卡盟", "蓝海卡盟", "云端卡盟", "速充卡盟"]
    products = ["腾讯Q币 100元", "王者荣耀 点券", "话费充值 50元", "原神 创世结晶", "网易一卡通"]
    statuses = list(OrderStatus)
    start = datetime(2026, 1, 1, 9, 0, tzinfo=SHANGHAI)
    began = time.perf_counter()

    def cases():
        for i in range(count):
            case = Case()
            case.complainant.name = f"用户{i:05d}"
            case.respondent.platform = platforms[i % len(platforms)]
            case.order.order_no = f"KM2026{i:08d}"
            case.order.product = products[i % len(products)]
            case.order.amount_paid = Decimal(10 + i % 500) + Decimal("0.50")
            case.order.status = statuses[i % len(statuses)]
            case.order.ordered_at = start + timedelta(minutes=37 * i)
            case.problem = list(Problem)[i % len(Problem)]
            yield case

    with Store.open(folder) as store:
        store.cases.create_many(cases())
        assert store.cases.count() == count
    return time.perf_counter() - began


def run_child(mode: str, folder: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DISPUTEKIT_HOME=str(folder))
    # The warm-up run must be able to write the bytecode cache: an installed app (a wheel, the
    # standalone folder) starts from compiled modules, never from compiling its sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1]
    result = json.loads(line)
    result["seconds"] = result["painted"] - started
    result["list_seconds"] = result["listed"] - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dk-startup-") as tmp:
        folder = Path(tmp) / "data"
        fill = make_store(folder, args.cases)
        print(f"store: {args.cases:,} cases created in {fill:.1f} s")
        run_child("app", folder)  # warm the OS file cache and Python's bytecode cache
        bare, app, full = [], [], []
        heavy: list[str] = []
        rows = 0
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(run_child("bare", folder)["seconds"])
            result = run_child("app", folder)
            app.append(result["seconds"])
            full.append(result["list_seconds"])
            heavy, rows = result["heavy"], result["rows"]
    b, a, f = (statistics.median(x) for x in (bare, app, full))
    ratio = statistics.median(x / y for x, y in zip(app, bare, strict=True))

    def runs(xs):
        return ", ".join(f"{x * 1000:.0f}" for x in xs)

    print(f"bare QMainWindow, first paint:       median {b * 1000:5.0f} ms  (runs: {runs(bare)})")
    print(f"DisputeKit, first paint:             median {a * 1000:5.0f} ms  (runs: {runs(app)})")
    print(f"DisputeKit, {rows:,} cases listed: median {f * 1000:5.0f} ms  (runs: {runs(full)})")
    verdict = "OK" if ratio <= 2 else "OVER TARGET"
    print(f"first paint ratio: {ratio:.2f}x (median per round; target <= 2.00x) -> {verdict}")
    print(f"list ready ratio:  {f / b:.2f}x")
    print("heavy modules loaded before first paint: " + (", ".join(heavy) or "none"))
    print(f"RESULT name=startup ratio={ratio:.2f} target=2")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
