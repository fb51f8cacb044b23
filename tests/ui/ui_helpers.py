"""Small builders shared by the GUI tests (files, cases)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from PIL import Image

from disputekit.domain.case.model import Case
from disputekit.timeutil import SHANGHAI


def png(
    path: Path, size: tuple[int, int] = (40, 30), color: tuple[int, int, int] = (200, 30, 30)
) -> Path:
    Image.new("RGB", size, color).save(path, "PNG")
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_case(platform: str = "星辰卡盟", order_no: str = "KM2026112000123") -> Case:
    case = Case()
    case.respondent.platform = platform
    case.order.order_no = order_no
    case.order.product = "腾讯Q币 100元"
    case.order.ordered_at = datetime(2026, 11, 20, 10, 15, tzinfo=SHANGHAI)
    return case


def type_text(qtbot, widget, text: str) -> None:
    """Replace the text like a user: keys for ASCII, an input-method commit for Chinese (as a
    pinyin IME delivers it; QTest key clicks only know Latin keys)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    qtbot.keyClick(
        widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )  # replace, as a user would
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs
