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


# A plain name lupdate recognises, so the update script finds every string here.
translate = QCoreApplication.translate


def ask_unsaved(parent: QWidget, what: str) -> Answer:
    """Ask whether to save `what` (e.g. "the order form") before going on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("UnsavedPrompt", "Unsaved changes"))
    box.setText(translate("UnsavedPrompt", "{what} has unsaved changes.").format(what=what))
    box.setInformativeText(
        translate(
            "UnsavedPrompt",
            "Save them so that advice, deadlines and the packet use what you typed?",
        )
    )
    buttons = {
        QMessageBox.StandardButton.Save: translate("UnsavedPrompt", "Save and continue"),
        QMessageBox.StandardButton.Discard: translate("UnsavedPrompt", "Discard changes"),
        QMessageBox.StandardButton.Cancel: translate("UnsavedPrompt", "Cancel"),
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
