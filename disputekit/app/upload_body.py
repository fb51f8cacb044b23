"""Reading an upload's body: streamed to its staged file while hashed, all or nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import BinaryIO

from disputekit.app.upload_intake import remove_staged

CHUNK = 1 << 20


def _read(source: BinaryIO, size: int) -> bytes:
    try:
        return source.read(size)
    except (TimeoutError, ConnectionError):
        return b""


def receive(source: BinaryIO, staged: Path, head: bytes, length: int) -> str | None:
    """Write `head` and the rest of a `length`-byte body to `staged` (a new owner-only file)
    while hashing it; its SHA-256, or None (and nothing kept) if the body ends early."""
    digest = hashlib.sha256(head)
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    left = length - len(head)
    whole = len(head) == min(CHUNK, length)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(head)
            while whole and left > 0:
                chunk = _read(source, min(CHUNK, left))
                if not chunk:
                    whole = False
                    break
                digest.update(chunk)
                out.write(chunk)
                left -= len(chunk)
    except BaseException:
        remove_staged(staged)
        raise
    if not whole:
        remove_staged(staged)
        return None
    return digest.hexdigest()


def discard(source: BinaryIO, left: int) -> bool:
    """Read and drop the rest of a refused body (so the browser can read the answer);
    False if it ended early."""
    while left > 0:
        chunk = _read(source, min(CHUNK, left))
        if not chunk:
            return False
        left -= len(chunk)
    return True
