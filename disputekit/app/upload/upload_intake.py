"""Storing accepted uploads: one worker thread with its own connection to the data folder's
store (SQLite connections are never shared between threads; WAL lets the window's connection
read and write beside it, each transaction whole), through the same use case as a drop."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from disputekit.app.data_folder import FAILURES, failure_message
from disputekit.app.evidence.intake import add_files
from disputekit.app.upload.upload_batches import FileState, Upload
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.messages import Msg, msg, os_failure
from disputekit.store import Store


class UploadIntake:
    """Stores staged uploads as evidence of one case, one batch of files at a time."""

    def __init__(
        self, data_dir: Path, case_id: int, kind: EvidenceKind, lock: threading.Lock
    ) -> None:
        self.case_id, self.kind = case_id, kind
        self._data_dir, self._lock = data_dir, lock
        self._store: Store | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="upload-store")

    def submit(self, uploads: list[Upload], then: Callable[[Msg | None], None]) -> Future[None]:
        """Store `uploads` in the worker thread, then call `then(problem)` there; each upload's
        state, evidence id or refusal is set (under the session's lock) before."""
        with self._lock:
            for upload in uploads:
                upload.state = FileState.STORING
        return self._worker.submit(self._store_uploads, uploads, then)

    def shutdown(self) -> None:
        """Wait for the files being stored, then close the worker's store connection."""
        self._worker.submit(self._close_store)
        self._worker.shutdown(wait=True)

    def _store_uploads(self, uploads: list[Upload], then: Callable[[Msg | None], None]) -> None:
        problem: Msg | None = None
        failed: dict[Path, Msg] = {}
        ids: dict[str, str] = {}
        try:
            if self._store is None:
                self._store = Store.open(self._data_dir)
            store = self._store
            received = {u.sha256: u.received for u in uploads}
            paths = [u.staged for u in uploads]
            done = add_files(store, self.case_id, paths, self.kind, received=received)
            failed = {path: exc.text for path, exc in done.failed}
            ids = {e.sha256 or "": e.id for e in store.cases.get(self.case_id).evidence}
        except FAILURES as exc:
            problem = msg("upload.not_stored", reason=failure_message(exc, self._data_dir))
        except OSError as exc:
            problem = msg("upload.not_stored", reason=os_failure(exc))
        with self._lock:
            for upload in uploads:
                upload.problem = problem or failed.get(upload.staged)
                upload.evidence_id = None if upload.problem else ids.get(upload.sha256)
                stored = upload.problem is None and upload.evidence_id is not None
                upload.state = FileState.STORED if stored else FileState.REFUSED
        for upload in uploads:
            remove_staged(upload.staged)
        then(problem)

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def remove_staged(path: Path) -> None:
    """Delete a staged file, and the numbered folder it had to itself if it had one; nothing
    if already gone."""
    path.unlink(missing_ok=True)
    if path.parent.name.isdigit():
        with contextlib.suppress(OSError):
            path.parent.rmdir()
