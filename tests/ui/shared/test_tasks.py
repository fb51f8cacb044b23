"""The task runner: results and errors come back on the GUI thread; progress; cancel."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from disputekit.ui.shared.tasks import TaskRunner, run_with_progress_dialog


def test_threaded_task_reports_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}
    gui = threading.current_thread()

    def work(progress):
        seen["worker"] = threading.current_thread()
        for i in range(1, 4):
            progress(i, 3, f"step {i}")
        return 42

    def done(result):
        seen["done"] = (result, threading.current_thread())

    steps = []
    runner.start(
        work,
        on_done=done,
        on_error=lambda e: None,
        on_progress=lambda d, t, s: steps.append((d, t, s)),
    )
    qtbot.waitUntil(lambda: "done" in seen, timeout=10_000)
    assert seen["worker"] is not gui
    assert seen["done"] == (42, gui)
    assert steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_errors_reach_on_error(qtbot):
    runner = TaskRunner()
    errors = []

    def work(_progress):
        raise ValueError("broken bundle")

    runner.start(work, on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert str(errors[0]) == "broken bundle"


def test_progress_dialog_cancel_reaches_the_task(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    started = threading.Event()
    results = []

    def work(progress):
        started.set()
        while not progress.cancelled():
            progress(0, 10, "waiting")
            threading.Event().wait(0.01)
        return "stopped"

    handle = run_with_progress_dialog(parent, runner, "Working", work, results.append, print)
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: results == ["stopped"], timeout=10_000)
    assert handle.finished


def test_synchronous_runner_runs_inline():
    runner = TaskRunner(synchronous=True)
    out = []
    handle = runner.start(lambda p: "x", on_done=out.append, on_error=out.append)
    assert out == ["x"] and handle.finished
