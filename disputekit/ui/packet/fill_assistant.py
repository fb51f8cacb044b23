"""The 12315 copy assistant's behaviour: the fields of the case as the packet would hold it,
their ticks read from and written to the store through `app.fill_progress`, and 下一项 after a
tick. The view (`FillSheetView`) only shows; this is what the packet tab talks to."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from disputekit.app.packets.fill_progress import (
    FillProgress,
    FillSheetUnusable,
    FormField,
    TickNotSaved,
    fill_progress,
    form_fields,
    tick_field,
)
from disputekit.domain.case.model import Case
from disputekit.ui.packet.fill_sheet_view import FillSheetView
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.services import Services


class FillAssistant(QObject):
    """Fills `view` for one case and keeps its ticks."""

    def __init__(self, services: Services, view: FillSheetView) -> None:
        super().__init__(view)
        self._services, self._view = services, view
        self._case_id: int | None = None
        self._fields: dict[str, FormField] = {}
        view.tick_clicked.connect(self._ticked)

    def show(self, case_id: int | None, case: Case) -> None:
        """The fill sheet of `case` (stored as `case_id`; None: its ticks cannot be kept)."""
        if case_id != self._case_id:
            self._view.current = None  # another case: start from its first open field
        self._case_id = case_id
        try:
            fields = form_fields(case, self._services.today())
        except FillSheetUnusable as exc:
            self._fields = {}
            self._view.show_error(shown(exc.text))
            return
        self._fields = {f.key: f for f in fields}
        self._view.set_fields(fields)
        self._view.set_progress(self._progress())

    def _progress(self) -> FillProgress | None:
        if self._case_id is None:
            return None
        return self._services.workspace.run(
            fill_progress, self._case_id, list(self._fields.values())
        )

    def _ticked(self, key: str, on: bool) -> None:
        field = self._fields.get(key)
        if field is None or self._case_id is None:
            return
        try:
            self._services.workspace.run(tick_field, self._case_id, field, on, self._services.now())
        except TickNotSaved as exc:
            QMessageBox.warning(
                self._view,
                self.tr("12315 form fields"),
                self.tr("The tick was not saved: {reason}").format(reason=shown(exc.reason)),
            )
        self._view.set_progress(self._progress())  # what the store holds, saved or not
        if on:
            self._view.advance_from(key)
