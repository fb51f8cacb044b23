"""The one question asked before anything reads a case that has unsaved edits:
保存并继续 / 放弃修改 / 取消."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    """What the user chose."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedPrompt", text)


def ask_unsaved(parent: QWidget, what: str) -> Answer:
    """Ask whether to save `what` (e.g. "the order form") before going on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("{what} has unsaved changes.").format(what=what))
    box.setInformativeText(
        _tr("Save them so that advice, deadlines and the packet use what you typed?")
    )
    buttons = {
        QMessageBox.StandardButton.Save: _tr("Save and continue"),
        QMessageBox.StandardButton.Discard: _tr("Discard changes"),
        QMessageBox.StandardButton.Cancel: _tr("Cancel"),
    }
    for button, text in buttons.items():
        box.addButton(button).setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = QMessageBox.StandardButton(box.exec())
    if answer == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL
