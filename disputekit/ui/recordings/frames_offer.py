"""Key frames of a screen recording from the evidence tab: taken in the task runner (progress,
cancel), kept as derived evidence, then ticked for packets in `FramesDialog`.

`FramesBar` is the tab's strip for it: a button for the selected recording, and a line saying
what happened (or, without the optional extra, how to enable it).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtWidgets import QWidget

from disputekit.app.evidence.recording_frames import (
    FramesTaken,
    VideoError,
    frame_thumbnails,
    take_frames,
    video_available,
)
from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.recordings.frames_dialog import FramesDialog
from disputekit.ui.shared.evidence_strip import EvidenceStrip
from disputekit.ui.shared.language.i18n import error_text, shown
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog
from disputekit.video.probe import INSTALL_HINT

_STEPS = 200  # progress steps reported over a recording (not one per decoded frame)


def is_recording(item: EvidenceItem | None) -> bool:
    """A screen recording itself (not a key frame taken from one)."""
    return (
        item is not None and item.kind is EvidenceKind.SCREEN_RECORDING and item.at_seconds is None
    )


class FramesBar(EvidenceStrip):
    """Takes the selected recording's key frames on request, then offers the ticks."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(services, session, parent)
        self.dialog: FramesDialog | None = None
        self.take_button = self.button
        self.take_button.clicked.connect(self.take)
        self.retranslate()
        self.set_item(None)

    def retranslate(self) -> None:
        self.take_button.setText(self.tr("Take &key frames from recording…"))

    def set_item(self, item: EvidenceItem | None) -> None:
        """The selected evidence item; the strip shows only for a recording."""
        self._item = item
        self.setVisible(is_recording(item))
        self.take_button.setEnabled(is_recording(item) and video_available())
        self.note.clear()
        if is_recording(item) and not video_available():
            self.note.setText(
                self.tr(
                    "Key frames need the optional video component: %1. The recording itself "
                    "is kept as evidence."
                ).replace("%1", INSTALL_HINT)
            )

    def take(self) -> None:
        """Take the current recording's key frames in the task runner."""
        item, case_id = self._item, self._session.case_id
        if not is_recording(item) or case_id is None or item is None:
            return
        recording_id = item.id
        label = self.tr("Looking for a new screen in each frame…")

        def work(progress: ProgressReporter) -> tuple[FramesTaken, dict[str, Path]]:
            reported = [-1]

            def advance(share: float) -> None:
                step = int(share * _STEPS)
                if step > reported[0]:
                    reported[0] = step
                    progress(step, _STEPS, label)

            with self._services.workspace.on_own_connection() as own:
                taken = own.run(take_frames, case_id, recording_id, advance, progress.cancelled)
                return taken, own.run(frame_thumbnails, taken.frames)

        run_with_progress_dialog(
            self, self._services.tasks, self.tr("Taking key frames…"), work, self._done,
            self._failed,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, VideoError):
            self.note.setText(shown(exc.text))
            return
        self.note.setText(self.tr("No key frames were taken: %1").replace("%1", error_text(exc)))

    def _done(self, result: tuple[FramesTaken, dict[str, Path]]) -> None:
        taken, thumbs = result
        self._session.store_changed()  # the frames were added by the worker's connection
        self.note.setText(
            self.tr("%1 key frames kept as evidence.").replace("%1", str(len(taken.frames)))
        )
        note = shown(taken.note) if taken.note else ""
        self.dialog = FramesDialog(taken.recording_id, taken.frames, thumbs, note, self.window())
        self.dialog.accepted.connect(lambda d=self.dialog: self._apply(d))
        self.dialog.open()

    def _apply(self, dialog: FramesDialog) -> None:
        case = self._session.case
        if case is None:
            return
        chosen = dialog.chosen()
        updated = copy.deepcopy(case)
        for item in updated.evidence:
            if item.id in chosen:
                item.in_packet = chosen[item.id]
        self._session.save(updated)
        ticked = sum(chosen.values())
        self.note.setText(
            self.tr("%1 of %2 key frames go into packets.")
            .replace("%1", str(ticked))
            .replace("%2", str(len(chosen)))
        )
