"""The Qt binding must not corrupt reference counts on signal emits.

PySide6 6.12.0 dropped one reference to `True` on every Python-side `emit()`; after a few
thousand emits the interpreter aborted with "bool_dealloc". pyproject excludes that release;
this test fails on any binding with the same fault before a user's session does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.bare.connect(lambda: received.append(-1))
    emitter.carrying.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for i in range(200):
        emitter.bare.emit()
        emitter.carrying.emit(i)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(received) == 400
    # A leak per emit moves a count by hundreds; unrelated bookkeeping by a few at most.
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
