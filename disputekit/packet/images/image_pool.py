"""Derived exhibit images made in worker processes while the document is laid out.

Decoding a phone screenshot is most of a packet's work, so it runs in worker processes
(Pillow holds the GIL for part of it) and starts before layout: the text sections are laid out
meanwhile, and an exhibit page waits only for its own images. Each result is kept in
`cache_dir` by source hash and pixel size, so a rebuild starts no workers at all; a cached
file is used only when its record is the seal made with the data folder's key (`images.seal`),
else it is encoded again. `place` notes the SHA-256 of each picture as it goes into the packet
(the packet's picture list, which `verify` re-derives from the evidence).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from types import TracebackType

from disputekit.files.private_files import private_dir
from disputekit.packet.images.exhibit_images import ImageJob, cached_intact, derive_jpeg

WORKERS = 2
POLL_SECONDS = 0.2  # how often a wait checks the cancel callback


def _start_worker() -> None:
    # Keep freed image buffers for the next screenshot instead of returning them to the OS:
    # a 1080×2400 decode is 8 MB, and faulting it in afresh cost a fifth of the encode time.
    from PIL import Image

    Image.core.set_blocks_max(16)
    _exit_with_parent()


def _exit_with_parent() -> None:
    # A worker blocks on its task queue, whose both ends it holds, so it never notices a parent
    # that crashed or was killed mid-build; left alone it would live on as an orphan. Watch the
    # parent's sentinel (works on every OS) and leave with it.
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class ImagesCancelled(Exception):
    """Raised when the caller's cancel callback asked to stop."""


class ImagePool:
    """Context manager: starts the encodes on entry; `path(job)` waits for one, `wait_all()`
    for the rest; leaving the block stops the workers (dropping queued encodes on error)."""

    def __init__(
        self,
        jobs: list[ImageJob],
        cache_dir: Path,
        *,
        workers: int = WORKERS,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        key: bytes | None = None,
    ) -> None:
        self.cache_dir, self.workers, self.key = cache_dir, workers, key
        self.placed: list[tuple[ImageJob, str, int]] = []  # job, JPEG SHA-256, page
        self.progress, self.cancel = progress, cancel
        self.paths = {job: cache_dir / job.cache_name() for job in dict.fromkeys(jobs)}
        self.encoded = self.reused = 0
        self._futures: dict[ImageJob, Future[int]] = {}
        self._inline: list[ImageJob] = []
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> ImagePool:
        private_dir(self.cache_dir)
        todo = [job for job, path in self.paths.items() if not cached_intact(path, key=self.key)]
        self.reused = len(self.paths) - len(todo)
        self._report()
        if len(todo) == 1 or (todo and self.workers <= 1):
            self._inline = todo  # no process start-up for a single image
        elif todo:
            # "spawn": forking a process that may hold Qt or other threads is unsafe; spawn is
            # what Windows and macOS use anyway.
            self._executor = ProcessPoolExecutor(
                max_workers=min(self.workers, len(todo)),
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
            )
            for job in todo:
                path = str(self.paths[job])
                self._futures[job] = self._executor.submit(
                    derive_jpeg, str(job.src), path, job.width, job.height, self.key
                )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=exc_type is not None)

    def _report(self) -> None:
        if self.progress:
            self.progress(self.reused + self.encoded, len(self.paths))

    def _stop_if_cancelled(self) -> None:
        if self.cancel and self.cancel():
            raise ImagesCancelled

    def _wait(self, futures: set[Future[int]]) -> None:
        pending = {f for f in futures if not f.done()}
        while pending:
            self._stop_if_cancelled()
            _, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
        for job, future in list(self._futures.items()):
            if future.done():
                future.result()  # a worker's exception surfaces here
                del self._futures[job]
                self.encoded += 1
                self._report()

    def path(self, job: ImageJob) -> Path:
        """The derived JPEG for `job`, waiting for (or making) it if needed."""
        if job in self._inline:
            self._stop_if_cancelled()
            derive_jpeg(str(job.src), str(self.paths[job]), job.width, job.height, self.key)
            self._inline.remove(job)
            self.encoded += 1
            self._report()
        elif job in self._futures:
            self._wait({self._futures[job]})
        return self.paths[job]

    def place(self, job: ImageJob, page: int) -> Path:
        """`path(job)`, noting the SHA-256 of the picture that goes onto `page` (1-based)."""
        path = self.path(job)
        with path.open("rb") as f:
            sha = hashlib.file_digest(f, "sha256").hexdigest()
        self.placed.append((job, sha, page))
        return path

    def wait_all(self) -> None:
        """Finish every encode."""
        for job in list(self._inline):
            self.path(job)
        self._wait(set(self._futures.values()))


def prepare_images(
    jobs: list[ImageJob], cache_dir: Path, key: bytes | None = None
) -> dict[ImageJob, Path]:
    """Derive every job's JPEG into `cache_dir` (reusing sealed ones) and return the paths."""
    with ImagePool(jobs, cache_dir, key=key) as pool:
        pool.wait_all()
        return pool.paths
