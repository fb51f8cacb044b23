"""An upload's body streamed to its staged file while hashed in the same pass: the SHA-256
answered is the real hash of the bytes kept, and a body cut short keeps nothing."""

from __future__ import annotations

import hashlib
import io
import random
from datetime import datetime
from pathlib import Path

import pytest

from disputekit.app.upload.upload_body import CHUNK, HEAD, read_head, receive
from disputekit.app.upload.upload_host import SessionClosed
from disputekit.app.upload.upload_session import ReceiveSession
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from tests.app.upload_client import png, send_partial, upload
from tests.domain.factories import make_case

# More than the head and several pieces, ending mid-piece.
SIZE = HEAD + 3 * CHUNK + 12_345


def _body(size: int = SIZE) -> bytes:
    return random.Random(size).randbytes(size)


class _Trickle(io.RawIOBase):
    """A socket's reader: at most `step` bytes a read, and `stop` bytes in all."""

    def __init__(self, data: bytes, step: int, stop: int | None = None) -> None:
        self._data, self._step, self._at = data, step, 0
        self._stop = len(data) if stop is None else stop

    def readable(self) -> bool:
        return True

    def readinto(self, into: memoryview) -> int:  # type: ignore[override]
        size = min(len(into), self._step, self._stop - self._at)
        into[:size] = self._data[self._at : self._at + size]
        self._at += size
        return size


@pytest.mark.parametrize("step", [1000, 70_000, CHUNK, 10 * CHUNK])
def test_the_digest_is_the_real_sha256_of_the_file_kept(tmp_path: Path, step: int) -> None:
    data = _body()
    source = io.BufferedReader(_Trickle(data, step))
    staged = tmp_path / "kept.png"
    head = read_head(source, len(data))
    digest = receive(source, staged, head, len(data), lambda: False)
    assert staged.read_bytes() == data
    assert digest == hashlib.sha256(data).hexdigest()
    assert digest == hashlib.sha256(staged.read_bytes()).hexdigest()


@pytest.mark.parametrize("size", [1, HEAD - 1, HEAD, HEAD + 1, HEAD + CHUNK])
def test_sizes_at_the_edges_of_the_head_and_the_pieces(tmp_path: Path, size: int) -> None:
    data = _body(size)
    source = io.BufferedReader(_Trickle(data, 50_000))
    staged = tmp_path / "edge.png"
    digest = receive(source, staged, read_head(source, size), size, lambda: False)
    assert staged.read_bytes() == data and digest == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("cut", [HEAD // 2, HEAD + 10, HEAD + CHUNK, SIZE - 1])
def test_a_body_cut_short_keeps_nothing(tmp_path: Path, cut: int) -> None:
    source = io.BufferedReader(_Trickle(_body(), 60_000, stop=cut))
    staged = tmp_path / "cut.png"
    assert receive(source, staged, read_head(source, SIZE), SIZE, lambda: False) is None
    assert list(tmp_path.iterdir()) == []


def test_a_session_closing_mid_body_keeps_nothing(tmp_path: Path) -> None:
    source = io.BufferedReader(_Trickle(_body(), 60_000))
    staged = tmp_path / "late.png"
    reads = iter(range(100))
    with pytest.raises(SessionClosed):
        receive(source, staged, read_head(source, SIZE), SIZE, lambda: next(reads) >= 3)
    assert list(tmp_path.iterdir()) == []


def test_over_http_a_large_file_is_answered_with_its_real_hash_and_stored(
    store: Store,
) -> None:
    case_id = store.cases.create(make_case())
    data = png("teal", (900, 1600)) + _body()  # a PNG followed by more than several pieces
    session = ReceiveSession(
        store.data_dir, case_id, bind="127.0.0.1", auto_accept=True,
        clock=lambda: datetime(2026, 12, 7, 20, 30, tzinfo=SHANGHAI),
    )  # fmt: skip
    session.start()
    try:
        status, answer = upload(session.address, "big.png", data)
        # Cut mid-way through a later piece: nothing of it is kept or stored.
        send_partial(session.address, "cut.png", len(data), data[: HEAD + CHUNK + 5])
        assert not any(p.is_file() for p in session._staging.rglob("*"))
    finally:
        session.close()
    sha = hashlib.sha256(data).hexdigest()
    assert status == 200 and answer["sha256"] == sha
    evidence = store.cases.get(case_id).evidence
    assert [e.sha256 for e in evidence] == [sha]
    assert store.vault.path(sha).read_bytes() == data
