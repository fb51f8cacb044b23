"""Bringing files into a case: files and drops (in the task runner), and clipboard images."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from disputekit.app.evidence.intake import Attached, add_bytes, add_files
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.timeutil import SHANGHAI
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog


@dataclass
class IntakeResult:
    """What one intake did: ids of the items added, and one line per refused file."""

    added: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False


# What the file dialog offers; anything else can still be chosen under "All files".
IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.bmp *.gif *.heic *.pdf *.mp4 *.mov *.webm"
# An official bill export (or the zip it came in): dropped, it goes to the bill import.
BILL_SUFFIXES = (".zip", ".csv", ".xlsx")


def local_files(mime: QMimeData) -> list[Path]:
    """The local files named by dropped or pasted URLs."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def image_png_bytes(image: QImage) -> bytes:
    """A QImage encoded as PNG (lossless: a pasted screenshot keeps every pixel)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs miss (QIODevice, str)
    buffer.close()
    return bytes(data.data())


def _problem(path: Path, exc: BaseException) -> str:
    return f"{path.name}: {error_text(exc)}"


def _result(done: Attached) -> IntakeResult:
    problems = [_problem(path, exc) for path, exc in done.failed]
    return IntakeResult(added=done.added, problems=problems, cancelled=done.cancelled)


class EvidenceIntake(QObject):
    """Adds files to the current case; `finished` reports each intake's result."""

    finished = Signal(object)  # IntakeResult

    def __init__(self, services: Services, session: CaseSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._session, self._parent = services, session, parent

    def add_files(self, paths: Sequence[Path], kind: EvidenceKind, source: str = "") -> None:
        """Store the files and attach them; runs in the task runner with a progress dialog."""
        case_id = self._session.case_id
        if case_id is None or not paths:
            return
        files = [Path(p) for p in paths]

        def work(progress: ProgressReporter) -> IntakeResult:
            with self._services.workspace.on_own_connection() as own:
                done = own.run(
                    add_files,
                    case_id,
                    files,
                    kind,
                    source,
                    progress=lambda done, total, path: progress(done, total, path.name),
                    cancel=progress.cancelled,
                )
            return _result(done)

        def failed(exc: BaseException) -> None:
            self.finished.emit(IntakeResult(problems=[error_text(exc)]))

        run_with_progress_dialog(
            self._parent,
            self._services.tasks,
            self.tr("Adding evidence files…"),
            work,
            self._done,
            failed,
        )

    def add_image(self, image: QImage, kind: EvidenceKind, source: str) -> None:
        """Store a clipboard image as a PNG evidence file."""
        case_id = self._session.case_id
        if case_id is None or image.isNull():
            return
        stamp = datetime.now(SHANGHAI).strftime("%Y%m%d-%H%M%S")
        name = f"clipboard-{stamp}.png"
        data = image_png_bytes(image)
        done = self._services.workspace.run(add_bytes, case_id, data, name, kind, source)
        result = _result(done)
        self._done(result)

    def _done(self, result: IntakeResult) -> None:
        if result.added:
            self._session.store_changed()
        self.finished.emit(result)
