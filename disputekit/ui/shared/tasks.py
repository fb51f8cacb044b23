"""Background work for the GUI: a QThreadPool runner whose results come back on the GUI thread.

`TaskRunner(synchronous=True)` runs the same functions inline, so tests see results at once and
need no waiting. The store may be handed to one worker at a time (see store.db.connect); the
progress dialog below is window-modal, so the user cannot start a second writer meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class TaskCancelled(Exception):
    """Raised inside a task function that noticed `ProgressReporter.cancelled()`."""


class ProgressReporter:
    """Handed to a task function: report progress, and ask whether the user cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None], cancel_flag: threading.Event) -> None:
        self._emit = emit
        self._cancel = cancel_flag

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    def cancelled(self) -> bool:
        """True once the user asked to stop; the task should return early."""
        return self._cancel.is_set()


class TaskHandle:
    """A running (or finished) task; `cancel()` asks it to stop at its next check."""

    def __init__(self) -> None:
        self.cancel_flag = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        """Ask the task to stop; it decides when (it polls `ProgressReporter.cancelled`)."""
        self.cancel_flag.set()


class _Bridge(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to its slots."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self.done.connect(self._relay_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._relay_failed, Qt.ConnectionType.QueuedConnection)
        self.finish_hook: Callable[[], None] = lambda: None

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        self.finish_hook()
        self._on_done(result)

    @Slot(object)
    def _relay_failed(self, exc: object) -> None:
        self.finish_hook()
        self._on_error(exc)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, fn: Callable[[ProgressReporter], Any], bridge: _Bridge, handle: TaskHandle):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._bridge, self._handle = fn, bridge, handle

    def run(self) -> None:
        reporter = ProgressReporter(self._bridge.progress.emit, self._handle.cancel_flag)
        try:
            result = self._fn(reporter)
        except BaseException as exc:  # the GUI thread decides what to show
            self._bridge.failed.emit(exc)
        else:
            self._bridge.done.emit(result)


class TaskRunner:
    """Runs `fn(reporter)` off the GUI thread; callbacks always run on the GUI thread."""

    def __init__(self, synchronous: bool = False, pool: QThreadPool | None = None) -> None:
        self.synchronous = synchronous
        self._pool = pool
        self._live: set[_Bridge] = set()  # keep bridges alive until their result is delivered

    def start(
        self,
        fn: Callable[[ProgressReporter], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle:
        """Start `fn`; exactly one of `on_done`/`on_error` is called later (or at once if
        synchronous)."""
        handle = TaskHandle()
        if self.synchronous:
            reporter = ProgressReporter(on_progress or (lambda *_: None), handle.cancel_flag)
            try:
                result = fn(reporter)
            except Exception as exc:
                handle.finished = True
                on_error(exc)
            else:
                handle.finished = True
                on_done(result)
            return handle
        bridge = _Bridge(on_done, on_error, on_progress)
        self._live.add(bridge)

        def finish() -> None:
            handle.finished = True
            self._live.discard(bridge)

        bridge.finish_hook = finish
        (self._pool or QThreadPool.globalInstance()).start(_Job(fn, bridge, handle))
        return handle

    def wait_all(self, msecs: int = -1) -> bool:
        """Block until every queued task finished (used at shutdown)."""
        return (self._pool or QThreadPool.globalInstance()).waitForDone(msecs)


def run_with_progress_dialog(
    parent: QWidget | None,
    runner: TaskRunner,
    title: str,
    fn: Callable[[ProgressReporter], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle:
    """Run `fn` with a window-modal, cancellable progress dialog; the event loop keeps running,
    so the window repaints while a hundred files are read."""
    cancel = QCoreApplication.translate("QProgressDialog", "Cancel")  # Qt's own translation
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # short jobs finish before the dialog ever appears
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def close() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: T) -> None:
        close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        close()
        on_error(exc)

    handle = runner.start(fn, on_done=done, on_error=failed, on_progress=progress)
    if not handle.finished:
        dialog.canceled.connect(handle.cancel)
    return handle
