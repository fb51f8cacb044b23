"""Qt's own texts that the `qtbase_zh_CN.qm` shipped in PySide6 has no entry for: its file
dialog now says "&Look in:" and "Files of &type:" (with shortcuts), and the shipped catalog
still translates only "Look in:" and "Files of type:". Listed here, lupdate puts them in this
program's catalog under Qt's own context, and that translator answers where Qt's has none."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
