"""证据 → 申请可信时间戳…: what a trusted timestamp proves and what it does not, the case's
stamps so far, and the three steps: save a request file for any TSA, or send it to one from
here (the app's only network access, and only on this button), then attach the reply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.stamps.timestamp_send import request_and_send
from disputekit.app.stamps.timestamps import (
    Attached,
    StampRefused,
    attach_reply,
    request_timestamp,
    shown_time,
)
from disputekit.rfc3161.servers import known_servers, resolve_tsa
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import TaskHandle


class TimestampDialog(QDialog):
    """The timestamp steps for the session's current case."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session = session
        self.sending: TaskHandle | None = None  # a send under way
        self.setMinimumWidth(560)
        self.intro = QLabel()
        self.stamps = QLabel()
        self.save_button = QPushButton()
        self.tsa = QComboBox()
        self.tsa.setEditable(True)
        for server in known_servers():
            self.tsa.addItem(f"{server.name} — {server.url}", server.url)
        self.tsa.setCurrentIndex(-1)  # nothing is chosen, nothing is sent by default
        self.send_button = QPushButton()
        self.online_note = QLabel()
        self.attach_button = QPushButton()
        self.message = QLabel()
        for label in (self.intro, self.stamps, self.online_note, self.message):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step1, self.step2, self.step3 = QLabel(), QLabel(), QLabel()
        steps = QGridLayout()
        steps.addWidget(self.step1, 0, 0)
        steps.addWidget(self.save_button, 0, 1, 1, 2)
        steps.addWidget(self.step2, 1, 0)
        steps.addWidget(self.tsa, 1, 1)
        steps.addWidget(self.send_button, 1, 2)
        steps.addWidget(self.online_note, 2, 1, 1, 2)
        steps.addWidget(self.step3, 3, 0)
        steps.addWidget(self.attach_button, 3, 1, 1, 2)
        steps.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stamps)
        layout.addLayout(steps)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._choose_request_file)
        self.send_button.clicked.connect(self.send)
        self.attach_button.clicked.connect(self._choose_reply_file)
        self.retranslate()

    # --- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Request a trusted timestamp"))
        self.intro.setText(
            self.tr(
                "A trusted timestamp is a time-stamping authority's (TSA) signed statement that "
                "this case's evidence files, by their SHA-256 list, existed unchanged at that "
                "time; it does not prove what a screenshot shows, nor when it was taken. Only the "
                "list's hash is sent, never the files."
            )
        )
        self.step1.setText(self.tr("1."))
        self.step2.setText(self.tr("2."))
        self.step3.setText(self.tr("3."))
        self.save_button.setText(self.tr("Save a request file (.tsq) for any TSA…"))
        self.send_button.setText(self.tr("Send"))
        self.tsa.lineEdit().setPlaceholderText(self.tr("TSA address (https://…) or pick one"))
        self.online_note.setText(
            self.tr(
                "Or send the request to the TSA above: DisputeKit goes online only when you "
                "press Send, and only to that address."
            )
        )
        self.attach_button.setText(self.tr("Attach the TSA's reply (.tsr)…"))
        self._show_stamps()

    def _show_stamps(self) -> None:
        case = self.session.case
        records = case.timestamps if case is not None else []
        if not records:
            self.stamps.setText(self.tr("This case has no timestamp yet."))
            return
        lines = []
        for record in records:
            if record.token:
                lines.append(
                    self.tr("Stamped {time} (Beijing time) by {tsa}").format(
                        time=shown_time(record), tsa=record.tsa
                    )
                )
            else:
                lines.append(
                    self.tr("Request {id} awaits its reply").format(id=record.request_sha256[:12])
                )
        self.stamps.setText("\n".join(lines))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def _changed(self) -> None:
        self.session.store_changed()
        self._show_stamps()

    # --- steps ------------------------------------------------------------------------
    def _choose_request_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save time-stamp request"),
            "request.tsq",
            self.tr("Time-stamp request (*.tsq)"),
        )
        if path:
            self.save_request(Path(path))

    def save_request(self, path: Path) -> None:
        """Make a new request over the case's evidence manifest and write it to `path`."""
        case_id = self.session.case_id
        if case_id is None:
            return
        try:
            done = self.services.workspace.run(request_timestamp, case_id, path)
        except (StampRefused, OSError) as exc:
            self._say(error_text(exc), error=True)
            return
        self._changed()
        self._say(
            self.tr("Saved {path}: the request covers {count} evidence files. Give it to a TSA, "
                    "then attach its reply (step 3).").format(path=path, count=done.files)
        )  # fmt: skip

    def send(self) -> None:
        """Send the waiting request (or a new one) to the TSA in the box, in the background."""
        case_id = self.session.case_id
        url = resolve_tsa(self._tsa_text())
        if case_id is None:
            return
        if url is None:
            self._say(self.tr("Enter a TSA's http:// or https:// address first."), error=True)
            return
        self.send_button.setEnabled(False)
        self._say(self.tr("Sending to {url}…").format(url=url))

        def work(_progress: object) -> Attached:
            with self.services.workspace.on_own_connection() as own:
                return own.run(request_and_send, case_id, url)

        self.sending = self.services.tasks.start(
            work, on_done=self._attached, on_error=self._failed
        )
        if self.sending.finished:  # a synchronous runner (tests) has already called back
            self.sending = None

    def _tsa_text(self) -> str:
        text = self.tsa.currentText().strip()
        index = self.tsa.findText(text)
        return str(self.tsa.itemData(index)) if index >= 0 else text

    def _choose_reply_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach time-stamp reply"),
            "",
            self.tr("Time-stamp reply (*.tsr);;All files (*)"),
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        """Check the reply in `path` against the case's request and keep it."""
        case_id = self.session.case_id
        if case_id is None:
            return
        try:
            done = self.services.workspace.run(attach_reply, case_id, path.read_bytes())
        except (StampRefused, OSError) as exc:
            self._failed(exc)
            return
        self._attached(done)

    def _attached(self, done: Attached) -> None:
        self.sending = None
        self.send_button.setEnabled(True)
        self._changed()
        self._say(
            self.tr("Timestamp attached: {time} (Beijing time), {tsa}, covering {count} evidence "
                    "files. Bundles and packets now carry it.").format(
                time=shown_time(done.record), tsa=done.stamp.tsa, count=done.files)
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.sending = None
        self.send_button.setEnabled(True)
        self._changed()  # a request made before the send failed is kept
        self._say(
            self.tr("Not accepted, nothing stored: {reason}").format(reason=error_text(exc)),
            error=True,
        )
