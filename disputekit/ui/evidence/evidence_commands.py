"""Undoable evidence changes (QUndoStack commands)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from disputekit.domain.case.model import EvidenceItem
from disputekit.ui.shared.session import CaseSession


class RemoveEvidenceCommand(QUndoCommand):
    """Remove one item from the case; undo puts it back where it was, with its event links.

    Undo restores just this item rather than an older copy of the whole case, so edits made in
    between (the order form, other items) are kept.
    """

    def __init__(self, session: CaseSession, item_id: str) -> None:
        super().__init__()
        assert session.case is not None and session.case_id is not None
        self._session = session
        self._case_id = session.case_id
        found = session.case.evidence_by_id(item_id)
        if found is None:
            raise KeyError(item_id)
        self._item: EvidenceItem = copy.deepcopy(found)
        self._index = session.case.evidence.index(found)
        self._events = [e.id for e in session.case.events if item_id in e.evidence]
        name = found.caption or found.original_name or found.id
        self.setText(QCoreApplication.translate("EvidenceTab", "Remove %1").replace("%1", name))

    def redo(self) -> None:
        self._session.workspace.remove_evidence(self._case_id, self._item.id)
        self._session.store_changed()

    def undo(self) -> None:
        workspace = self._session.workspace
        case = workspace.case(self._case_id)
        case.evidence.insert(min(self._index, len(case.evidence)), copy.deepcopy(self._item))
        for event in case.events:
            if event.id in self._events and self._item.id not in event.evidence:
                event.evidence.append(self._item.id)
        workspace.save_case(self._case_id, case)
        self._session.store_changed()


class EditEvidenceCommand(QUndoCommand):
    """Replace one item's details (kind, caption, 证明目的, time, source); undo puts the
    previous details back. Like removal, only this item is touched."""

    def __init__(self, session: CaseSession, before: EvidenceItem, after: EvidenceItem) -> None:
        super().__init__()
        assert session.case_id is not None
        self._session = session
        self._case_id = session.case_id
        self._before, self._after = copy.deepcopy(before), copy.deepcopy(after)
        name = before.caption or before.original_name or before.id
        self.setText(QCoreApplication.translate("EvidenceTab", "Edit %1").replace("%1", name))

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, item: EvidenceItem) -> None:
        workspace = self._session.workspace
        case = workspace.case(self._case_id)
        case.evidence = [copy.deepcopy(item) if e.id == item.id else e for e in case.evidence]
        workspace.save_case(self._case_id, case)
        self._session.store_changed()
