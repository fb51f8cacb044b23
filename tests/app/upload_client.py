"""A small HTTP client for the upload tests: 127.0.0.1 only, every call bounded in time."""

from __future__ import annotations

import http.client
import io
import json
import socket
from typing import Any
from urllib.parse import urlsplit

from PIL import Image


def png(colour: str, size: tuple[int, int] = (60, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def request(
    address: str, method: str, path: str, body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    """`method path` on the session at `address` (path relative to it, or absolute with a
    leading slash); (status, headers, body)."""
    url = urlsplit(address)
    assert url.hostname == "127.0.0.1"
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        target = path if path.startswith("/") else url.path + path
        conn.request(method, target, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def upload(address: str, name: str, data: bytes, **query: str) -> tuple[int, dict[str, Any]]:
    """One raw-body POST of `data` as `name`; (status, JSON answer)."""
    from urllib.parse import urlencode

    path = "upload?" + urlencode({"name": name, **query})
    status, _, body = request(address, "POST", path, data)
    return status, json.loads(body)


def send_partial(address: str, name: str, declared: int, sent: bytes) -> None:
    """Announce `declared` bytes, send only `sent`, then close the connection."""
    url = urlsplit(address)
    assert url.hostname == "127.0.0.1"
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        head = (
            f"POST {url.path}upload?name={name} HTTP/1.1\r\nHost: 127.0.0.1:{url.port}\r\n"
            f"Content-Length: {declared}\r\n\r\n"
        )
        sock.sendall(head.encode() + sent)
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(10)
        while sock.recv(4096):  # until the server has dealt with it and closed
            pass
