"""The evidence vault: every file stored once, named by its SHA-256, never modified.

Layout: `root/ab/cd/<sha256>` (read-only), thumbnails in `root/../thumbs/ab/<sha256>-<size>.jpg`,
one row per file in the `files` table. A file is read once: the bytes that are hashed are the
bytes that are checked (decoded in full) and the bytes that are written, and the thumbnail is
made from the image already decoded for the check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit.store.db import Database
from disputekit.store.vault.blob_io import (
    MAX_FILE_BYTES,
    move_durably,
    read_evidence,
    remove_file,
    too_big,
    write_durably,
)
from disputekit.store.vault.intake_errors import DISK_FULL, IntakeError, unexpected_error
from disputekit.store.vault.recording_check import (
    Copy,
    check_recording,
    copy_hashing,
    recording_format,
    recording_thumbnail,
    write_copy,
)
from disputekit.store.vault.vault_files import StoredFile, get_file, insert_file
from disputekit.store.vault.vault_gc import GC_GRACE, collect_garbage
from disputekit.store.vault.vault_staging import IntakeReport, _Staged
from disputekit.timeutil import SHANGHAI
from disputekit.video.probe import sniff_video

if TYPE_CHECKING:
    from concurrent.futures import Future

    from PIL import Image

THUMB_SIZE = 256
# Official payment bills kept as exported (see disputekit.bills); shown as a document icon.
BILL_FORMATS = ("CSV", "XLSX")
VIDEO_FORMATS = ("MP4", "MOV", "WEBM")  # screen recordings, kept as they came


def _now() -> datetime:
    return datetime.now(SHANGHAI).replace(microsecond=0)


class EvidenceVault:
    """Content-addressed storage of evidence files, with their facts in the `files` table."""

    def __init__(
        self,
        root: Path,
        db: Database,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.root = Path(root)
        self.thumbs_dir = self.root.parent / "thumbs"
        self._db = db
        self._clock = clock

    # -- intake ---------------------------------------------------------------------------
    def add_file(self, path: Path, source_note: str = "") -> StoredFile:
        """Check the file's real format and store a copy once; IntakeError if refused."""
        return self._commit(self._stage_path(Path(path), source_note))

    def add_bytes(
        self, data: bytes, name: str, source_note: str = "", derived_from: str | None = None
    ) -> StoredFile:
        """Store bytes with no file of their own: a paste, a redacted copy, a recording."""
        if sniff_video(data[:64]):
            copy = write_copy(data, self.root, Path(name))
            return self._commit(self._stage_recording(copy, Path(name), source_note))
        return self._commit(self._stage(data, Path(name), source_note, derived_from))

    def add_many(
        self,
        paths: Sequence[Path],
        source_note: str = "",
        progress: Callable[[int, int, Path], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> IntakeReport:
        """Add each file; a refused file does not stop the others. `progress(done, total, path)`
        runs after each file; `cancel()` returning True stops before the next one."""
        report = IntakeReport()
        total = len(paths)
        stop = cancel or (lambda: False)
        from concurrent.futures import ThreadPoolExecutor  # not at start-up: it loads logging

        # While one file's copy is being made durable (fsync waits on the disk), the next one
        # is already being decoded: fsync would otherwise add about a third to intake time.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault-fsync") as disk:
            waiting: tuple[Future[None], _Staged, int, Path] | None = None
            for done, path in enumerate(map(Path, paths), start=1):
                if stop():
                    report.cancelled = True
                    break
                try:
                    staged: _Staged | None = self._stage_path(path, source_note)
                except IntakeError as exc:
                    report.failed.append((path, exc))
                    staged = None
                except OSError as exc:
                    if exc.errno in DISK_FULL:  # the data folder's disk, not this file
                        raise
                    report.failed.append((path, unexpected_error(path, exc)))
                    staged = None
                except Exception as exc:  # one odd file never drops the rest of the batch
                    report.failed.append((path, unexpected_error(path, exc)))
                    staged = None
                if waiting is not None:
                    self._finish(waiting, report, progress, total)
                    waiting = None
                    if stop():  # asked during that progress report: drop the staged file
                        report.cancelled = True
                        if staged is not None:
                            self._discard(staged)
                        break
                if staged is not None:
                    waiting = (disk.submit(self._write_blob, staged), staged, done, path)
                elif progress is not None:
                    progress(done, total, path)
            if waiting is not None:
                self._finish(waiting, report, progress, total)
        return report

    def _finish(
        self,
        waiting: tuple[Future[None], _Staged, int, Path],
        report: IntakeReport,
        progress: Callable[[int, int, Path], None] | None,
        total: int,
    ) -> None:
        written, staged, done, path = waiting
        written.result()
        report.stored.append(self._record(staged))
        if progress is not None:
            progress(done, total, path)

    def _discard(self, staged: _Staged) -> None:
        """Forget a file checked but not stored (its thumbnail was made already)."""
        if staged.temp is not None:
            remove_file(staged.temp)
        if not staged.known:
            remove_file(self._thumb_path(staged.stored.sha256, THUMB_SIZE))

    def _stage_path(self, path: Path, source_note: str) -> _Staged:
        if recording_format(path) is None:
            return self._stage(read_evidence(path), path, source_note, None)
        # A recording is streamed into a checked copy beside the vault, never held in memory.
        return self._stage_recording(copy_hashing(path, self.root), path, source_note)

    def _stage_recording(self, copy: Copy, path: Path, source_note: str) -> _Staged:
        temp, sha, size = copy
        fmt = recording_format(temp) or "MP4"
        try:
            existing = get_file(self._db, sha)
            if existing is None or not self._intact(sha, size):
                checked = check_recording(temp, path, fmt)
                if checked.image is not None:
                    self._save_thumb(sha, checked.image)
                if existing is None:
                    existing = StoredFile(sha, size, fmt, checked.width, checked.height, None,
                                          path.name, self._clock(), source_note, None)  # fmt: skip
                    return _Staged(existing, b"", known=False, temp=temp)
                return _Staged(existing, b"", known=True, temp=temp)
        except BaseException:
            remove_file(temp)
            raise
        remove_file(temp)  # the same recording is already stored, whole
        return _Staged(existing, b"", known=True)

    def _save_thumb(self, sha: str, image: Image.Image, orientation: int = 1) -> None:
        from disputekit.store.vault.thumbnails import make_thumbnail, save_jpeg

        save_jpeg(make_thumbnail(image, THUMB_SIZE, orientation), self._thumb_path(sha, THUMB_SIZE))

    def _stage(
        self, data: bytes, path: Path, source_note: str, derived_from: str | None
    ) -> _Staged:
        """Everything but the durable copy and the row: hash, check, thumbnail."""
        if len(data) > MAX_FILE_BYTES:
            raise too_big(path, len(data))
        # hashlib (OpenSSL) is imported on the first hash, not when the store opens (start-up).
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        existing = get_file(self._db, sha)
        if existing is not None and self._intact(sha, len(data)):
            return _Staged(existing, b"", known=True)
        # Pillow is imported on the first intake, not when the store opens (start-up time).
        from disputekit.store.vault.image_check import check_bytes

        checked = check_bytes(data, path, draft_size=THUMB_SIZE)
        if checked.image is not None:
            self._save_thumb(sha, checked.image, checked.orientation)
        if existing is not None:  # the row is there but its file was lost: write it again
            return _Staged(existing, data, known=True)
        stored = StoredFile(
            sha,
            len(data),
            checked.format,
            checked.width,
            checked.height,
            checked.pages,
            path.name,
            self._clock(),
            source_note,
            derived_from,
        )
        return _Staged(stored, data, known=False)

    def _commit(self, staged: _Staged) -> StoredFile:
        self._write_blob(staged)
        return self._record(staged)

    def _record(self, staged: _Staged) -> StoredFile:
        """The row for a file whose copy is durable; the existing row if it was a duplicate."""
        if staged.known or insert_file(self._db, staged.stored):
            return staged.stored
        return self.info(staged.stored.sha256)  # added meanwhile (same batch, other process)

    def _write_blob(self, staged: _Staged) -> None:
        """Write the copy durably, read-only; nothing if it is already whole."""
        if staged.temp is not None:
            move_durably(staged.temp, self.blob_path(staged.stored.sha256))
        elif staged.data and not self._intact(staged.stored.sha256, len(staged.data)):
            write_durably(self.blob_path(staged.stored.sha256), staged.data)

    # -- reading --------------------------------------------------------------------------
    def blob_path(self, sha256: str) -> Path:
        """Where the file with this hash lives (or would live) in the vault."""
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        """True if the vault holds a record of this file."""
        return get_file(self._db, sha256) is not None

    def path(self, sha256: str) -> Path:
        """The stored original (read-only); KeyError if the vault does not know it."""
        self.info(sha256)
        return self.blob_path(sha256)

    def info(self, sha256: str) -> StoredFile:
        """The facts recorded at intake; KeyError if the vault does not know the file."""
        stored = get_file(self._db, sha256)
        if stored is None:
            raise KeyError(f"no file {sha256} in the evidence vault")
        return stored

    def _intact(self, sha256: str, size: int) -> bool:
        blob = self.blob_path(sha256)
        return blob.is_file() and blob.stat().st_size == size

    def thumbnail(self, sha256: str, size: int = THUMB_SIZE) -> Path:
        """A cached JPEG preview, longest side `size`, made on first request."""
        target = self._thumb_path(sha256, size)
        if target.is_file():
            return target
        from disputekit.store.vault.image_check import check_bytes
        from disputekit.store.vault.thumbnails import make_thumbnail, pdf_icon, save_jpeg

        info = self.info(sha256)
        if info.format == "PDF":
            return save_jpeg(pdf_icon(size, info.pages), target)
        if info.format in BILL_FORMATS:
            return save_jpeg(pdf_icon(size, None, info.format, "#1677ff", "账单"), target)
        if info.format in VIDEO_FORMATS:  # its first picture, or an icon without the extra
            return save_jpeg(recording_thumbnail(self.blob_path(sha256), size, info.format), target)
        data = self.blob_path(sha256).read_bytes()
        checked = check_bytes(data, Path(info.original_name), draft_size=size)
        assert checked.image is not None  # every non-PDF format decodes to an image
        return save_jpeg(make_thumbnail(checked.image, size, checked.orientation), target)

    def _thumb_path(self, sha256: str, size: int) -> Path:
        return self.thumbs_dir / sha256[:2] / f"{sha256}-{size}.jpg"

    def verify(self, sha256: str) -> bool:
        """Re-hash the stored file: True if it is present and unaltered."""
        blob = self.blob_path(sha256)
        if not blob.is_file():
            return False
        import hashlib

        with blob.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest() == sha256

    # -- collection -----------------------------------------------------------------------
    def gc(self, referenced: set[str], grace: timedelta = GC_GRACE) -> list[str]:
        """Remove every file not in `referenced` that came in more than `grace` ago
        (`vault_gc`). Only an explicit command calls this. Returns the removed hashes."""
        return collect_garbage(self, self._db, self._clock(), referenced, grace)
