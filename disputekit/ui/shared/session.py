"""The case being worked on, shared by every case tab and the case list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from disputekit.app.case_errors import NoSuchCase
from disputekit.app.workspace import Workspace
from disputekit.domain.case.drafts import is_empty_draft
from disputekit.domain.case.model import Case

# A leave guard returns True when the current case may be left (saved, discarded, or clean).
LeaveGuard = Callable[[], bool]


class CaseSession(QObject):
    """Holds the selected case id and its loaded `Case`; tabs listen to its signals."""

    current_changed = Signal(object)  # new case id or None
    case_changed = Signal()  # the current case changed in the store
    cases_changed = Signal()  # the case list changed (created, imported, deleted)
    request_evidence_kind = Signal(str)
    request_tab = Signal(str)
    request_field = Signal(str)  # a case JSON path whose editor should get the cursor
    bill_dropped = Signal(object)  # Path of an official bill file dropped on a case tab
    request_packet_kind = Signal(str)  # a PacketKind value: choose it in the 材料 tab
    status_message = Signal(str)  # one line for the window's status bar ("" clears it)
    # A platform period dismissed (不再提醒) or reminded again; the object is the widget that
    # did it (it has counted anew already): the banner, the dashboard, the list count anew.
    deadlines_changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.case: Case | None = None
        self._guards: list[LeaveGuard] = []

    def select(self, case_id: int | None) -> None:
        """Make `case_id` the current case (None: no case) and load it."""
        if case_id == self.case_id and (case_id is None or self.case is not None):
            return
        # Read first: a case that cannot be read (CaseUnreadable) leaves the current one as it is.
        case = self.workspace.case(case_id) if case_id is not None else None
        self.case_id, self.case = case_id, case
        self.current_changed.emit(case_id)

    def save(self, case: Case) -> None:
        """Write `case` as the current case (one transaction) and tell everyone."""
        if self.case_id is None:
            raise RuntimeError("no case is selected")
        self.workspace.save_case(self.case_id, case)
        self.reload()
        self.cases_changed.emit()

    def reload(self) -> None:
        """Re-read the current case from the store (after a repository call changed it)."""
        if self.case_id is not None:
            self.case = self.workspace.case(self.case_id)
        self.case_changed.emit()

    def store_changed(self) -> None:
        """A repository call changed the current case: reload it and refresh the case list."""
        self.reload()
        self.cases_changed.emit()

    def drop_if_empty_draft(self, case_id: int | None) -> bool:
        """Delete the case `case_id` if it is an empty draft (left after 新建案件 without
        anything typed or added); True when it was dropped."""
        if case_id is None:
            return False
        try:
            case = self.workspace.case(case_id)
        except NoSuchCase:
            return False
        if not is_empty_draft(case):
            return False
        if case_id == self.case_id:
            self.select(None)
        self.workspace.delete_case(case_id)
        self.cases_changed.emit()
        return True

    def add_leave_guard(self, guard: LeaveGuard) -> None:
        """Register a check run before the current case is left (unsaved-changes prompt)."""
        self._guards.append(guard)

    def remove_leave_guard(self, guard: LeaveGuard) -> None:
        """Forget a guard (its widget is going away)."""
        if guard in self._guards:
            self._guards.remove(guard)

    def can_leave(self) -> bool:
        """Run every guard; False as soon as one says stay (the user cancelled)."""
        return all(guard() for guard in list(self._guards))
