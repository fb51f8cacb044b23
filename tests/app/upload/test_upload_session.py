"""Receiving files from a phone: the upload contract and its refusals, against a real server
on 127.0.0.1, with what arrives read back from the store."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from datetime import datetime

import pytest

from disputekit.app.upload.upload_batches import BatchState
from disputekit.app.upload.upload_session import ReceiveSession, UploadEvent
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from tests.app.upload_client import png, request, send_partial, upload
from tests.domain.factories import make_case

NOW = datetime(2026, 12, 7, 20, 30, 5, tzinfo=SHANGHAI)


@pytest.fixture
def case_id(store: Store) -> int:
    return store.cases.create(make_case())


@pytest.fixture
def events() -> list[UploadEvent]:
    return []


@pytest.fixture
def session(store: Store, case_id: int, events: list[UploadEvent]) -> Iterator[ReceiveSession]:
    opened = ReceiveSession(
        store.data_dir,
        case_id,
        bind="127.0.0.1",
        max_bytes=200_000,
        clock=lambda: NOW,
        on_event=events.append,
    )
    opened.start()
    try:
        yield opened
    finally:
        opened.close()


def _evidence(store: Store, case_id: int) -> list:
    return store.cases.get(case_id).evidence


def test_a_file_waits_for_the_desktop_then_is_stored_with_its_provenance(
    store: Store, case_id: int, session: ReceiveSession
) -> None:
    data = png("red")
    status, answer = upload(session.address, "IMG_0001.PNG", data, last_modified="1796572800000")
    import hashlib

    assert status == 200
    assert answer["sha256"] == hashlib.sha256(data).hexdigest()
    assert answer["state"] == "waiting" and answer["evidence_id"] is None
    assert _evidence(store, case_id) == []  # nothing stored before the desktop accepts
    (batch,) = session.views()
    assert batch.state is BatchState.READY and batch.count == 1 and batch.total_bytes == len(data)
    session.accept(batch.id).result(timeout=30)
    (item,) = _evidence(store, case_id)
    assert item.sha256 == answer["sha256"] and item.original_name == "IMG_0001.PNG"
    assert item.received is not None
    assert item.received.via == "lan_upload" and item.received.client == "127.0.0.1"
    assert item.received.at == NOW.replace(microsecond=0)
    assert item.received.original_name == "IMG_0001.PNG"
    assert item.received.last_modified == datetime(2026, 12, 7, 0, 0, tzinfo=SHANGHAI)
    assert store.vault.verify(item.sha256)
    status, _, body = request(session.address, "GET", f"batch?id={batch.id}")
    assert json.loads(body)["files"][0]["evidence_id"] == item.id


def test_auto_accept_answers_with_the_evidence_id(
    store: Store, case_id: int, session: ReceiveSession
) -> None:
    session.set_auto_accept(True)
    status, answer = upload(session.address, "a.png", png("blue"))
    (item,) = _evidence(store, case_id)
    assert status == 200 and answer["state"] == "stored" and answer["evidence_id"] == item.id


def test_an_announced_batch_is_ready_when_all_files_came(
    store: Store, case_id: int, session: ReceiveSession, events: list[UploadEvent]
) -> None:
    files = [("a.png", png("red")), ("b.png", png("green"))]
    announce = json.dumps([{"name": n, "size": len(d)} for n, d in files]).encode()
    status, _, body = request(session.address, "POST", "announce", announce)
    batch_id = json.loads(body)["batch"]
    upload(session.address, "a.png", files[0][1], batch=batch_id)
    assert session.views()[0].state is BatchState.RECEIVING
    upload(session.address, "b.png", files[1][1], batch=batch_id)
    (view,) = session.views()
    assert view.state is BatchState.READY and view.count == 2
    assert [e.kind for e in events].count("ready") == 1
    session.decline(batch_id)
    assert _evidence(store, case_id) == []
    status, _answer = upload(session.address, "c.png", png("blue"), batch=batch_id)
    assert status == 409
    assert not any(session._staging.rglob("*.png"))  # declined copies are deleted


def test_announce_refuses_sizes_over_the_limit_before_sending(session: ReceiveSession) -> None:
    announce = json.dumps([{"name": "big.mp4", "size": 300_000}, {"name": "zero.png", "size": 0}])
    _status, _, body = request(session.address, "POST", "announce", announce.encode())
    refused = json.loads(body)["refused"]
    assert "超过本次接收" in refused["0"] and "空文件" in refused["1"]


def test_wrong_token_is_404_and_three_tries_lock_the_address(session: ReceiveSession) -> None:
    for _ in range(3):
        assert request(session.address, "GET", "/" + "x" * 22 + "/")[0] == 404
    assert request(session.address, "GET", "")[0] == 429
    assert upload(session.address, "a.png", png("red"))[0] == 429


def test_favicon_is_not_a_wrong_try(session: ReceiveSession) -> None:
    for _ in range(4):
        assert request(session.address, "GET", "/favicon.ico")[0] == 404
    assert request(session.address, "GET", "")[0] == 200


def test_the_page_and_its_headers(session: ReceiveSession) -> None:
    status, headers, body = request(session.address, "GET", "")
    page = body.decode()
    assert status == 200 and "发送证据到电脑" in page and "「文件」" in page
    assert headers["Referrer-Policy"] == "no-referrer" and headers["Cache-Control"] == "no-store"
    assert "Access-Control-Allow-Origin" not in headers
    assert headers["Server"] == "DisputeKit"
    nonce = headers["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert f'<script nonce="{nonce}">' in page and "__MAX_BYTES__" not in page
    token_only = "/" + session.address.rstrip("/").rsplit("/", 1)[1]
    status, headers, _ = request(session.address, "GET", token_only)
    assert status == 301 and headers["Location"] == token_only + "/"
    assert request(session.address, "GET", "/")[0] == 404  # no listing anywhere


def test_over_the_limit_is_413_before_reading(store: Store, case_id: int,
                                              session: ReceiveSession) -> None:  # fmt: skip
    # Only the headers are sent: the answer comes from Content-Length alone.
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(session.address)
    with socket.create_connection(("127.0.0.1", url.port), timeout=10) as sock:
        sock.sendall(
            f"POST {url.path}upload?name=big.png HTTP/1.1\r\nHost: x\r\n"
            f"Content-Length: 999999999\r\n\r\n".encode()
        )
        answer = b""
        while chunk := sock.recv(65536):  # until the server closes (the socket has a timeout)
            answer += chunk
        answer = answer.decode()
    assert answer.startswith("HTTP/1.0 413") and "超过本次接收" in answer
    assert _evidence(store, case_id) == []


@pytest.mark.parametrize(
    ("data", "status", "words"),
    [
        (b"hello, this is text", 415, "不是图片、PDF 或录屏视频"),
        (b"", 400, "空文件"),
    ],
)
def test_content_is_judged_by_its_bytes(
    store: Store, case_id: int, session: ReceiveSession, events: list[UploadEvent],
    data: bytes, status: int, words: str,
) -> None:  # fmt: skip
    got, answer = upload(session.address, "photo.png", data)
    assert got == status and words in answer["message"]
    assert session.views() == []  # no batch of nothing to accept
    assert "ready" not in [e.kind for e in events]
    session.set_auto_accept(True)
    assert _evidence(store, case_id) == []
    assert not any(p.is_file() for p in session._staging.rglob("*"))


def test_an_interrupted_upload_stores_nothing(
    store: Store, case_id: int, session: ReceiveSession, events: list[UploadEvent]
) -> None:
    session.set_auto_accept(True)
    send_partial(session.address, "cut.png", 50_000, png("red")[:40] + b"\0" * 1000)
    assert _evidence(store, case_id) == []
    assert not any(p.is_file() for p in session._staging.rglob("*"))
    assert any(e.kind == "interrupted" and "没有传完" in str(e.text) for e in events)


def test_names_are_never_paths(store: Store, case_id: int, session: ReceiveSession) -> None:
    session.set_auto_accept(True)
    status, answer = upload(session.address, "../../etc/passwd.png", png("red"))
    assert status == 200 and answer["name"] == "passwd.png"
    status, answer = upload(session.address, "..", png("green"))
    assert answer["name"] == "upload.png"
    names = [e.original_name for e in _evidence(store, case_id)]
    assert names == ["passwd.png", "upload.png"]
    assert [e.received.original_name for e in _evidence(store, case_id)] == [
        "../../etc/passwd.png", "..",
    ]  # fmt: skip


def test_a_file_the_vault_refuses_is_reported_and_not_stored(
    store: Store, case_id: int, session: ReceiveSession
) -> None:
    session.set_auto_accept(True)
    cut = png("red", (400, 800))
    status, answer = upload(session.address, "cut.png", cut[: len(cut) // 2])
    assert status == 200 and answer["state"] == "refused" and "不完整" in answer["message"]
    assert _evidence(store, case_id) == []


def test_closing_closes_the_port_and_deletes_what_waited(
    store: Store, case_id: int, session: ReceiveSession
) -> None:
    upload(session.address, "a.png", png("red"))
    staging = session._staging
    session.close()
    assert not staging.exists()
    with pytest.raises(OSError):
        request(session.address, "GET", "")
    assert _evidence(store, case_id) == []
    assert session.views()[0].state is BatchState.DECLINED


def test_the_session_ends_by_itself(store: Store, case_id: int) -> None:
    ended = threading.Event()
    opened = ReceiveSession(
        store.data_dir, case_id, minutes=0.001,
        on_event=lambda e: e.kind == "closed" and ended.set(),
    )  # fmt: skip
    opened.start()
    assert ended.wait(10)
    assert opened.closed
    opened.close()


def test_the_token_is_128_bits(session: ReceiveSession) -> None:
    import base64

    token = session.address.rstrip("/").rsplit("/", 1)[1]
    assert len(base64.urlsafe_b64decode(token + "==")) == 16


def test_the_provenance_survives_a_bundle(
    store: Store, case_id: int, session: ReceiveSession, tmp_path
) -> None:
    from disputekit.app.bundles import export_cases, import_bundle

    session.set_auto_accept(True)
    upload(session.address, "IMG_0002.PNG", png("teal"), last_modified="1796572800000")
    (bundle,) = export_cases(store, {case_id: "one.zip"}, tmp_path)
    with Store.open(tmp_path / "other") as other:
        (item,) = other.cases.get(import_bundle(other, bundle)).evidence
    assert item.received == _evidence(store, case_id)[0].received
    assert item.received is not None and item.received.original_name == "IMG_0002.PNG"


def test_a_file_arriving_as_the_session_closes_is_dropped(
    store: Store, case_id: int, session: ReceiveSession, events: list[UploadEvent], capfd
) -> None:
    import socket
    from urllib.parse import urlsplit

    data = png("navy", (600, 1200)) + b"\0" * 3_000_000  # more than one piece of the body
    session.max_bytes = len(data)
    session.set_auto_accept(True)
    url = urlsplit(session.address)
    with socket.create_connection(("127.0.0.1", url.port), timeout=10) as sock:
        sock.sendall(
            f"POST {url.path}upload?name=late.png HTTP/1.1\r\nHost: x\r\n"
            f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data[:1_500_000]
        )
        staging = session._staging
        for _ in range(1000):  # bounded: until the server is writing the file (≤ 10 s)
            if any(staging.iterdir()):
                break
            threading.Event().wait(0.01)
        session.close()
        answer = b""
        # The server may answer (and close) before the rest is sent: then the send breaks.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(data[1_500_000:])
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                answer += chunk
    assert answer == b"" or answer.startswith(b"HTTP/1.0 410")
    assert answer == b"" or "接收已结束" in answer.decode()
    assert _evidence(store, case_id) == [] and not staging.exists()
    assert "Traceback" not in capfd.readouterr().err
    refused = [e for e in events if e.kind == "refused"]
    assert refused and "接收已结束" in str(refused[-1].text)
