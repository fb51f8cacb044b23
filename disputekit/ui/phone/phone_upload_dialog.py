"""从手机添加…: receive files from a phone's browser into the current case.

The upload session (`disputekit.app.upload.upload_session`) serves the page in its own threads and
stores accepted files on its own store connection; its events reach this dialog through a
queued signal, so the GUI thread only shows them. Closing the dialog closes the port and
deletes whatever was not accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from disputekit.app.upload.lan_address import LOOPBACK, AddressRefused, default_bind
from disputekit.app.upload.upload_batches import BatchState, BatchView, FileState
from disputekit.app.upload.upload_session import ReceiveSession, UploadEvent
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.messages import msg, os_reason
from disputekit.timeutil import SHANGHAI
from disputekit.ui.phone.phone_upload_view import PhoneUploadView, qr_pixmap
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession

AUTO_ACCEPT_KEY = "phone_upload/auto_accept"


class _Bridge(QObject):
    """Carries the session's events from its threads to the GUI thread."""

    arrived = Signal(object)  # an UploadEvent


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{-(-size // 1024)} KB"


class PhoneUploadDialog(PhoneUploadView):
    """The QR code, the address, the batches with accept/decline, the time left."""

    def __init__(
        self, services: Services, case: CaseSession, kind: EvidenceKind,
        parent: QWidget | None = None, bind: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._services, self._case = services, case
        self._told: set[tuple[str, int]] = set()
        self._bridge = _Bridge(self)
        self._bridge.arrived.connect(self._on_event)
        auto = services.settings.value(AUTO_ACCEPT_KEY, False, type=bool)
        self.auto_accept.setChecked(bool(auto))
        self.session: ReceiveSession | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.copy_button.clicked.connect(self._copy)
        self.accept_button.clicked.connect(self._accept_selected)
        self.decline_button.clicked.connect(self._decline_selected)
        self.auto_accept.toggled.connect(self._auto_toggled)
        self.batches.itemSelectionChanged.connect(self._update_buttons)
        self._start(case.case_id, kind, bind)
        self._refresh()

    def _start(self, case_id: int | None, kind: EvidenceKind, bind: str | None) -> None:
        if case_id is None:
            return
        try:
            address = bind or default_bind()
            self.session = ReceiveSession(
                self._services.workspace.data_dir, case_id, bind=address, kind=kind,
                clock=self._services.clock, auto_accept=self.auto_accept.isChecked(),
                on_event=self._bridge.arrived.emit,
            )  # fmt: skip
            self.session.start()
        except AddressRefused as exc:
            self._fail(shown(exc.text))
            return
        except OSError as exc:
            self._fail(shown(msg("lan.cannot_listen", address=address, port=0,
                                 reason=os_reason(exc))))  # fmt: skip
            return
        if address == LOOPBACK and bind is None:  # a phone cannot reach this address
            self.error.setText(shown(msg("lan.no_lan")))
            self.error.show()
        self.address.setText(self.session.address)
        self.qr.setPixmap(qr_pixmap(self.session.address))
        self._timer.start()
        self._tick()

    def _fail(self, text: str) -> None:
        if self.session is not None:
            self.session.close()
        self.session = None
        self.error.setText(text)
        self.error.show()
        self.copy_button.setEnabled(False)

    # -- what the user does ---------------------------------------------------------------
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())

    def _selected(self) -> str | None:
        rows = self.batches.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.batches.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _accept_selected(self) -> None:
        batch_id = self._selected()
        if batch_id is not None and self.session is not None:
            self.session.accept(batch_id)
            self._refresh()

    def _decline_selected(self) -> None:
        batch_id = self._selected()
        if batch_id is not None and self.session is not None:
            self.session.decline(batch_id)
            self._refresh()

    def _auto_toggled(self, on: bool) -> None:
        self._services.settings.setValue(AUTO_ACCEPT_KEY, on)
        if self.session is not None:
            self.session.set_auto_accept(on)
            self._refresh()

    def done(self, result: int) -> None:
        """Closing the dialog ends the session: the port closes, unaccepted files go."""
        self._timer.stop()
        if self.session is not None:
            self.session.close()
        super().done(result)

    # -- what the session says ------------------------------------------------------------
    def _on_event(self, event: UploadEvent) -> None:
        if event.kind in ("refused", "interrupted") and event.text is not None:
            self._problem(shown(event.text))
        if event.kind == "stored":
            if event.text is not None:
                self._problem(shown(event.text))
            self._report_refused(event.batch)
            self._case.store_changed()
        if event.kind == "closed":
            self._tick()
        self._refresh()

    def _report_refused(self, batch: BatchView | None) -> None:
        if batch is None:
            return
        for i, (name, _, state, _, problem) in enumerate(batch.files):
            if (
                state is FileState.REFUSED
                and problem is not None
                and (batch.id, i) not in self._told
            ):
                self._told.add((batch.id, i))
                self._problem(f"{name}: {shown(problem)}")

    def _problem(self, text: str) -> None:
        self.problems.addItem(text)
        self.problems.show()

    def _tick(self) -> None:
        session = self.session
        if session is None:
            return
        left = session.remaining()
        if left.total_seconds() <= 0 and not session.closed:
            session.close()
        if session.closed:
            self._timer.stop()
            self.remaining.setText(self.tr("Receiving has ended; the port is closed."))
            self.copy_button.setEnabled(False)
            return
        minutes, seconds = divmod(int(left.total_seconds()), 60)
        self.remaining.setText(
            self.tr("Open for %1:%2 more")
            .replace("%1", str(minutes))
            .replace("%2", f"{seconds:02d}")
        )

    def _refresh(self) -> None:
        views = self.session.views() if self.session is not None else []
        keep = self._selected()
        self.batches.setRowCount(len(views))
        for row, view in enumerate(views):
            when = view.created.astimezone(SHANGHAI).strftime("%H:%M:%S")
            cells = [f"{when}  {view.client}", str(view.count), _size(view.total_bytes),
                     self._state_text(view)]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.id)
                self.batches.setItem(row, col, item)
            if view.id == keep:
                self.batches.selectRow(row)
        if keep is None and views:
            waiting = [r for r, v in enumerate(views) if v.state is BatchState.READY]
            if waiting:
                self.batches.selectRow(waiting[0])
        self._update_buttons()

    def _state_text(self, view: BatchView) -> str:
        states = [f[2] for f in view.files]
        if view.state is BatchState.RECEIVING:
            return self.tr("Arriving…")
        if view.state is BatchState.READY:
            return self.tr("Waiting for you to add it")
        if view.state is BatchState.DECLINED:
            return self.tr("Declined; its files were deleted")
        if FileState.STORING in states or FileState.WAITING in states:
            return self.tr("Adding to the case…")
        ids = ", ".join(f[3] for f in view.files if f[2] is FileState.STORED and f[3])
        refused = states.count(FileState.REFUSED)
        text = self.tr("Added to the case: %1").replace("%1", ids) if ids else ""
        if refused:
            text = (text + "; " if text else "") + self.tr("%1 not added").replace(
                "%1", str(refused)
            )
        return text

    def _update_buttons(self) -> None:
        batch_id = self._selected()
        views = {v.id: v for v in (self.session.views() if self.session else [])}
        ready = batch_id in views and views[batch_id].state is BatchState.READY
        live = self.session is not None and not self.session.closed
        self.accept_button.setEnabled(bool(ready and live))
        self.decline_button.setEnabled(bool(ready and live))
