"""Reading an upload's body: streamed to its staged file while hashed, all or nothing.

The body is read in pieces into one buffer; each piece is hashed and written while it is still
in the processor's cache, in the request's own thread. hashlib (for more than 2 KiB) and the
socket and file calls release the GIL, so the phone (or any other request) keeps sending into
the socket meanwhile. Handing pieces to a hashing thread was measured to cost more processor
time in thread wake-ups than it won back, and nothing at all on a busy machine.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from io import BufferedIOBase
from pathlib import Path
from typing import BinaryIO

from disputekit.app.upload.upload_host import SessionClosed
from disputekit.app.upload.upload_intake import remove_staged

HEAD = 64 * 1024  # read first, to judge the content (a sniff needs 1 KiB at most)
CHUNK = 256 * 1024  # a piece: small enough to stay in cache between read, hash and write


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
    source: BinaryIO | BufferedIOBase,
    staged: Path,
    head: bytes,
    length: int,
    closed: Callable[[], bool],
) -> str | None:
    """Write `head` and the rest of a `length`-byte body to `staged` (a new owner-only file)
    while hashing it; its SHA-256, or None (and nothing kept) if the body ends early.
    SessionClosed (nothing kept) if `closed()` turns true while the body is arriving."""
    digest = hashlib.sha256(head)
    left = length - len(head)
    whole = len(head) == min(HEAD, length)
    buffer = memoryview(bytearray(min(CHUNK, left))) if whole and left > 0 else None
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            _write_all(fd, head)
            while buffer is not None and left > 0:
                got = _read_into(source, buffer[: min(len(buffer), left)])
                if not got:
                    whole = False
                    break
                if closed():
                    raise SessionClosed
                piece = buffer[:got]
                digest.update(piece)
                _write_all(fd, piece)
                left -= got
        finally:
            os.close(fd)
    except BaseException:
        remove_staged(staged)
        raise
    if not whole:
        remove_staged(staged)
        return None
    return digest.hexdigest()


def _write_all(fd: int, data: bytes | memoryview) -> None:
    """Write all of `data` (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def discard(source: BinaryIO | BufferedIOBase, left: int) -> bool:
    """Read and drop the rest of a refused body (so the browser can read the answer);
    False if it ended early."""
    while left > 0:
        chunk = _read(source, min(CHUNK, left))
        if not chunk:
            return False
        left -= len(chunk)
    return True
