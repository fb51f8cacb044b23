"""Screenshots of the main window with the demo cases, one PNG per case tab, into docs/.

Runs the real app on the `xcb` platform in Chinese, under Xvfb when no $DISPLAY is set:

    .venv/bin/python scripts/screenshots.py [--out docs] [--size 1440x900] [--language en]
        [--full]

`--full` makes the window fill the screen (to check a layout at 1366×768 or 1920×1080).

Tabs come from CASE_TABS, so tabs added later are captured too: docs/screenshot-<key>.png.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_xvfb(size: str) -> subprocess.Popen[bytes] | None:
    """Start Xvfb on a free display unless one is already set; returns the process."""
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        raise SystemExit("no $DISPLAY and no Xvfb: install xvfb (scripts/setup does)")
    for number in range(90, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    else:
        raise SystemExit("no free X display number")
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("Xvfb did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    return proc


@contextlib.contextmanager
def virtual_display(size: str) -> Iterator[None]:
    """Xvfb for the duration of the block (unless a display is already set)."""
    xvfb = start_xvfb(size)
    try:
        yield
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


def settle(app: object, rounds: int = 30, pause: float = 0.0) -> None:
    """Let layouts, deferred loads and paints finish. `pause` gives threads outside the event
    loop time to deliver (QPdfView renders its pages in a worker thread)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if pause:
            time.sleep(pause)


def capture(out: Path, size: str, language: str = "zh_CN", full: bool = False) -> list[Path]:
    """Open the app on a temp data folder with the demo cases and grab each tab."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from disputekit.store.demo.demo_set import add_demo_cases
    from disputekit.ui.shell.app import build_app
    from disputekit.ui.shell.case_tabs import CASE_TABS

    width, height = (int(v) for v in size.split("x"))
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dk-shots-") as tmp:
        parts = build_app(tmp, language=language)
        try:
            ids = add_demo_cases(parts.store)
            window = parts.window
            if full:
                window.resize(width, height)
            else:
                window.resize(min(1440, width), min(900, height))
            window.move(0, 0)
            window.show()
            settle(parts.app)
            window.case_list.reload()
            window.request_case(ids[1])  # 已发货未到账: the richest advice
            out.mkdir(parents=True, exist_ok=True)
            for key, _title, _factory in CASE_TABS:
                window.show_tab(key)
                settle(parts.app)
                if key == "packet":  # show a generated packet in the preview
                    window.tab("packet").generate()  # type: ignore[attr-defined]
                    parts.services.tasks.wait_all()
                    settle(parts.app, rounds=40, pause=0.05)
                path = out / f"screenshot-{key}.png"
                if not window.grab().save(str(path), "PNG"):
                    raise SystemExit(f"could not write {path}")
                written.append(path)
            written += _extras(parts, out, settle)
            window.close()
        finally:
            parts.store.close()
    return written


def _extras(parts: object, out: Path, settle: object) -> list[Path]:
    """The packet tab's 12315 fill sheet, and each tool window as it opens (its own size)."""
    window = parts.window  # type: ignore[attr-defined]
    app = parts.app  # type: ignore[attr-defined]
    written = []
    packet = window.tab("packet")
    packet.right.setCurrentIndex(1)  # 12315填表内容
    settle(app)  # type: ignore[operator]
    shots = [("fill-sheet", window)]
    window.add_late_parts()
    tools = window.tool_windows
    for name in ("dashboard", "groups", "reminders"):
        shown = getattr(tools, f"show_{name}")()
        settle(app, rounds=40, pause=0.02)  # type: ignore[operator]
        shots.append((name, shown))
    for name, widget in shots:
        path = out / f"screenshot-{name}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
        if widget is not window:
            widget.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the main window per tab")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1600x1000", help="Xvfb screen size")
    parser.add_argument("--language", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--full", action="store_true", help="the window fills the screen")
    args = parser.parse_args()
    with virtual_display(args.size):
        for path in capture(args.out, args.size, args.language, args.full):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
