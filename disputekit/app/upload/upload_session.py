"""Receiving files from a phone's browser into one case, for as long as the user allows.

A session owns a one-time token (128 bits, in the page's address), the upload server (a
stdlib HTTP server in its own thread, `upload_http`), an owner-only staging folder where
received files wait for the desktop's decision (`upload_batches`), and one worker thread
that stores accepted files through the same use case as a drop (`evidence.add_files`) on its
own store connection. Closing it (or its time running out) closes the port and deletes
whatever was not accepted.
"""

from __future__ import annotations

import hmac
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path

from disputekit.app.upload.lan_address import LOOPBACK, check_bind
from disputekit.app.upload.upload_batches import Batch, BatchState, BatchView, FileState, Upload
from disputekit.app.upload.upload_host import SessionClosed
from disputekit.app.upload.upload_intake import UploadIntake, remove_staged
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.messages import Msg, msg
from disputekit.store.vault.blob_io import MAX_FILE_BYTES
from disputekit.timeutil import SHANGHAI

DEFAULT_MINUTES = 10
WRONG_TRIES = 3  # wrong tokens from one address before it is refused for the session
STAGING_PREFIX = "disputekit-upload-"


def _now() -> datetime:
    return datetime.now(SHANGHAI)


@dataclass(frozen=True)
class UploadEvent:
    """Something the desktop may show: `kind` is one of "received", "refused", "interrupted",
    "ready", "stored", "declined", "closed"; `batch` the batch as it is now."""

    kind: str
    batch: BatchView | None = None
    text: Msg | None = None
    upload: tuple[str, int, str] | None = None  # name, size, SHA-256 of one file


class ReceiveSession:
    """One upload session for one case (see the module's notes). Thread-safe."""

    def __init__(
        self,
        data_dir: Path,
        case_id: int,
        *,
        bind: str = LOOPBACK,
        port: int = 0,
        minutes: float = DEFAULT_MINUTES,
        max_bytes: int = MAX_FILE_BYTES,
        auto_accept: bool = False,
        kind: EvidenceKind = EvidenceKind.OTHER,
        clock: Callable[[], datetime] = _now,
        on_event: Callable[[UploadEvent], None] | None = None,
    ) -> None:
        self.case_id, self.bind, self.port = case_id, check_bind(bind), port
        self.max_bytes = min(max_bytes, MAX_FILE_BYTES)
        self.auto_accept, self.kind, self.clock = auto_accept, kind, clock
        self.token = secrets.token_urlsafe(16)  # 128 random bits
        self.ends = clock() + timedelta(minutes=minutes)
        self._minutes = minutes
        self._on_event = on_event
        self._lock = threading.Lock()
        self._batches: dict[str, Batch] = {}
        self._wrong: dict[str, int] = {}
        self._names: set[str] = set()  # names staged in the staging folder itself
        self._count = 0
        self._intake = UploadIntake(data_dir, case_id, kind, self._lock)
        self._staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))  # 0700 by mkdtemp
        self._server: ThreadingHTTPServer | None = None
        self._timer: threading.Timer | None = None
        self.closed = False

    # -- life -----------------------------------------------------------------------------
    def start(self) -> str:
        """Listen and serve in a thread; the page's address. OSError if the port is taken."""
        from disputekit.app.upload.upload_http import serve

        try:
            self._server, self.port = serve(self, self.bind, self.port)
        except OSError:
            self._drop_staging()
            raise
        self._timer = threading.Timer(self._minutes * 60, self.close)
        self._timer.daemon = True
        self._timer.start()
        return self.address

    @property
    def address(self) -> str:
        """The page's address, token included (what the QR code holds)."""
        return f"http://{self.bind}:{self.port}/{self.token}/"

    def remaining(self) -> timedelta:
        """How long the session still runs (zero once closed)."""
        return timedelta(0) if self.closed else max(self.ends - self.clock(), timedelta(0))

    def close(self) -> None:
        """Close the port, wait for a store in progress, delete what was not accepted."""
        with self._lock:
            if self.closed:
                return
            self.closed = True
        if self._timer is not None:
            self._timer.cancel()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        self._intake.shutdown()
        with self._lock:
            for batch in self._batches.values():
                for upload in batch.waiting():
                    upload.state = FileState.DECLINED
                if batch.decision is None:
                    batch.decision = BatchState.DECLINED
        self._drop_staging()
        self._emit(UploadEvent("closed"))

    # -- what the server asks -------------------------------------------------------------
    def blocked(self, client: str) -> bool:
        """True once `client` sent WRONG_TRIES wrong tokens."""
        with self._lock:
            return self._wrong.get(client, 0) >= WRONG_TRIES

    def token_ok(self, client: str, token: str) -> bool:
        """Whether `token` is this session's; a wrong one counts against `client`."""
        if hmac.compare_digest(token.encode(), self.token.encode()):
            return True
        with self._lock:
            self._wrong[client] = self._wrong.get(client, 0) + 1
        return False

    def announce(self, client: str) -> Batch:
        """A new batch from `client`, before its files arrive."""
        with self._lock:
            self._count += 1
            batch = Batch(f"b{self._count}", client, self.clock())
            self._batches[batch.id] = batch
            return batch

    def batch_for(self, client: str, batch_id: str | None) -> Batch | Msg:
        """The batch an upload belongs to (a new batch of one without `batch_id`), or why
        none can take it."""
        if batch_id is None:
            new = self.announce(client)
            new.announced = 1
            return new
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is None or batch.client != client:
                return msg("upload.batch_unknown")
            if batch.decision is BatchState.DECLINED:
                return msg("upload.batch_declined")
            return batch

    def staging_path(self, name: str) -> Path:
        """Where to stage a file named `name` (the vault keeps the staged file's name): in
        the staging folder itself the first time the name comes, else in a numbered folder
        of its own (owner-only, as the staging folder is)."""
        with self._lock:
            self._count += 1
            key = name.casefold()  # one name on a case-insensitive disk too
            first = key not in self._names
            self._names.add(key)
            folder = self._staging if first else self._staging / str(self._count)
        if not first:
            folder.mkdir(mode=0o700)
        return folder / name

    def tried(self, batch: Batch, refusal: Msg | None = None, kind: str = "refused") -> None:
        """An upload of `batch` ended without a file (refused or interrupted)."""
        with self._lock:
            batch.note_tried()
            view = BatchView.of(batch)
        self._emit(UploadEvent(kind, view, refusal))
        self._maybe_ready(batch)

    def received(self, batch: Batch, upload: Upload) -> None:
        """A whole file arrived; with auto-accept (or a batch accepted already) it is stored
        before this returns."""
        with self._lock:
            if self.closed:
                raise SessionClosed
            batch.uploads.append(upload)
            batch.note_tried()
            store_now = self.auto_accept or batch.decision is BatchState.ACCEPTED
            if store_now:
                batch.decision = BatchState.ACCEPTED
        self._emit(UploadEvent("received", BatchView.of(batch), None, upload.facts))
        if store_now:
            self._submit(batch, [upload]).result()
        else:
            self._maybe_ready(batch)

    def close_batch(self, batch_id: str, client: str) -> Batch | None:
        """The page says no more files come in the batch (some failed on the way)."""
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is None or batch.client != client:
                return None
            batch.closed = True
        self._maybe_ready(batch)
        return batch

    def batch_json(self, batch_id: str, client: str) -> dict[str, object] | None:
        """The batch as the page's status request sees it, or None."""
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is None or batch.client != client:
                return None
            return batch.as_json()

    # -- what the desktop does ------------------------------------------------------------
    def views(self) -> list[BatchView]:
        """Every batch that holds a file, as it is now, oldest first."""
        with self._lock:
            return [BatchView.of(b) for b in self._batches.values() if b.uploads]

    def accept(self, batch_id: str) -> Future[None]:
        """Store the batch's files as evidence of the case (in the worker thread)."""
        with self._lock:
            batch = self._batches[batch_id]
            if batch.decision is None:
                batch.decision = BatchState.ACCEPTED
            waiting = batch.waiting() if batch.decision is BatchState.ACCEPTED else []
        return self._submit(batch, waiting)

    def decline(self, batch_id: str) -> None:
        """Delete the batch's staged files; nothing of it is stored."""
        with self._lock:
            batch = self._batches[batch_id]
            if batch.decision is not None:
                return
            batch.decision = BatchState.DECLINED
            dropped = batch.waiting()
            for upload in dropped:
                upload.state = FileState.DECLINED
            view = BatchView.of(batch)
        for upload in dropped:
            remove_staged(upload.staged)
        self._emit(UploadEvent("declined", view))

    def set_auto_accept(self, on: bool) -> None:
        """Accept every batch as it arrives; turned on, also the batches already waiting."""
        with self._lock:
            self.auto_accept = on
            ready = [b.id for b in self._batches.values() if on and b.decision is None]
        for batch_id in ready:
            self.accept(batch_id)

    # -- inside ---------------------------------------------------------------------------
    def _maybe_ready(self, batch: Batch) -> None:
        with self._lock:
            ready = batch.state is BatchState.READY and not batch.told
            if ready:
                batch.told = True
            if ready and not batch.uploads:  # every file was refused: nothing to decide
                batch.decision, ready = BatchState.DECLINED, False
            view = BatchView.of(batch)
        if ready:
            if self.auto_accept:
                self.accept(batch.id)
            else:
                self._emit(UploadEvent("ready", view))

    def _submit(self, batch: Batch, uploads: list[Upload]) -> Future[None]:
        def then(problem: Msg | None) -> None:
            with self._lock:
                view = BatchView.of(batch)
            self._emit(UploadEvent("stored", view, problem))

        return self._intake.submit(uploads, then)

    def _drop_staging(self) -> None:
        shutil.rmtree(self._staging, ignore_errors=True)

    def _emit(self, event: UploadEvent) -> None:
        if self._on_event is not None:
            self._on_event(event)
