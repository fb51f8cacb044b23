"""Reading an upload's body: streamed to its staged file while hashed, all or nothing.

The hash of one piece runs in a helper thread while the next piece is read from the socket
and the piece is written (hashlib and file writes release the GIL), so hashing adds little
to the time a file takes to arrive when a second core is free.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import Executor, Future
from io import BufferedIOBase
from pathlib import Path
from typing import BinaryIO

from disputekit.app.upload.upload_intake import remove_staged

HEAD = 1024 * 1024  # read first (all of most screenshots), to judge the content
CHUNK = 1024 * 1024


def _read(source: BinaryIO | BufferedIOBase, size: int) -> bytes:
    try:
        return source.read(size)
    except (TimeoutError, ConnectionError):
        return b""


def _read_into(source: BinaryIO | BufferedIOBase, into: memoryview) -> int:
    try:
        return source.readinto(into) or 0  # type: ignore[union-attr]
    except (TimeoutError, ConnectionError):
        return 0


def read_head(source: BinaryIO | BufferedIOBase, length: int) -> bytes:
    """The first bytes of a `length`-byte body (fewer only if it ended early)."""
    return _read(source, min(HEAD, length))


def receive(
    source: BinaryIO | BufferedIOBase, staged: Path, head: bytes, length: int, hasher: Executor
) -> str | None:
    """Write `head` and the rest of a `length`-byte body to `staged` (a new owner-only file)
    while hashing it in `hasher`; its SHA-256, or None (and nothing kept) if the body ends
    early."""
    digest = hashlib.sha256()
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    left = length - len(head)
    whole = len(head) == min(HEAD, length)
    # Two buffers taken in turn: one is hashed while the other is filled.
    size = min(CHUNK, max(left, 1))
    pieces = (memoryview(bytearray(size)), memoryview(bytearray(size)))
    turn = 0
    try:
        with os.fdopen(fd, "wb") as out:
            hashing: Future[None] = hasher.submit(digest.update, head)
            out.write(head)
            while whole and left > 0:
                piece = pieces[turn]
                got = _read_into(source, piece[: min(size, left)])
                hashing.result()
                if not got:
                    whole = False
                    break
                hashing = hasher.submit(digest.update, piece[:got])
                out.write(piece[:got])
                left -= got
                turn ^= 1
            hashing.result()
    except BaseException:
        remove_staged(staged)
        raise
    if not whole:
        remove_staged(staged)
        return None
    return digest.hexdigest()


def discard(source: BinaryIO | BufferedIOBase, left: int) -> bool:
    """Read and drop the rest of a refused body (so the browser can read the answer);
    False if it ended early."""
    while left > 0:
        chunk = _read(source, min(CHUNK, left))
        if not chunk:
            return False
        left -= len(chunk)
    return True
