"""The 订单 tab's edits kept outside the store while they are typed, so that a crash or a
killed process does not lose them: written to the settings file shortly after each change,
offered back (the form shows them, unsaved) when the case is opened again, and forgotten once
they are saved or reverted."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QCheckBox

from disputekit.ui.shared.form_binding import Field

KEEP_AFTER_MS = 400
_PREFIX = "unsaved_order_form/case-"


class DraftKeeper:
    """Keeps the form's unsaved values of each case in `settings`."""

    def __init__(
        self,
        settings: QSettings,
        fields: dict[str, Field],
        on_behalf: QCheckBox,
        values: Callable[[], dict[str, Any]],
        dirty: Callable[[], bool],
        case_id: Callable[[], int | None],
        owner: QObject,
    ) -> None:
        self._settings, self._fields, self._on_behalf = settings, fields, on_behalf
        self._values, self._dirty, self._case_id = values, dirty, case_id
        self._timer = QTimer(owner)  # stops with the form it belongs to
        self._timer.setSingleShot(True)
        self._timer.setInterval(KEEP_AFTER_MS)
        self._timer.timeout.connect(self.keep_now)

    def schedule(self) -> None:
        """An edit was made: keep the values shortly (typing does not write every key)."""
        self._timer.start()

    def keep_now(self) -> None:
        """Write the form's values now if they differ from the stored case, else forget."""
        self._timer.stop()
        case_id = self._case_id()
        if case_id is None:
            return
        if self._dirty():
            values = json.dumps(self._values(), ensure_ascii=False)
            self._settings.setValue(_PREFIX + str(case_id), values)
            self._settings.sync()
        else:
            self.drop()

    def restore(self) -> bool:
        """Show the kept values of the shown case, if any; True when something came back."""
        case_id = self._case_id()
        raw = self._settings.value(_PREFIX + str(case_id)) if case_id is not None else None
        if not raw:
            return False
        try:
            values = json.loads(str(raw))
        except ValueError:
            self.drop()
            return False
        for path, field in self._fields.items():
            if path in values:
                field.set(values[path])
        self._on_behalf.setChecked(bool(values.get("filed_by")))
        return self._dirty()

    def drop(self) -> None:
        """Forget the shown case's kept values (saved or reverted)."""
        self._timer.stop()
        case_id = self._case_id()
        if case_id is not None:
            self._settings.remove(_PREFIX + str(case_id))
            self._settings.sync()


def recovered_text() -> str:
    """The state line when kept edits came back."""
    return QCoreApplication.translate("OrderTab", "Unsaved edits recovered from last time")
