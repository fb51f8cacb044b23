"""Runtime language switching for the workflow widgets.

Installing translators makes Qt send `QEvent.LanguageChange` to every widget; a widget that
mixes this in gets its `retranslate()` called then, and sets its own texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt base class; subclasses define `retranslate()`."""

    def retranslate(self) -> None:
        """Set every user-visible text in the current language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
