"""The phone upload page's HTTP side: a stdlib server in a thread, one raw-body POST a file.

Contract (all under the session's address `http://ADDR:PORT/TOKEN/`):
- `GET  TOKEN/` the page; `POST TOKEN/announce` (JSON list of `{name, size}`) opens a batch;
- `POST TOKEN/upload?name=N[&batch=B][&last_modified=MS]` the file's bytes as the body,
  answered `{"name", "size", "sha256", "state", "evidence_id", "batch"}`;
- `POST TOKEN/done?batch=B` no more files in the batch; `GET TOKEN/batch?id=B` its state.
A wrong token is 404, and after three wrong tries that client gets 429; a body over the limit
is 413 before a byte is read, content that is not an image, PDF or video 415; a body that
ends early is dropped. No listing, no CORS, nothing cached, no referrer.
"""

from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from disputekit.app.upload.upload_batches import Upload
from disputekit.app.upload.upload_body import HEAD, discard, read_head, receive
from disputekit.app.upload.upload_host import SessionClosed, UploadHost
from disputekit.app.upload.upload_intake import remove_staged
from disputekit.app.upload.upload_media import media_format, page_html, too_big
from disputekit.app.upload.upload_names import browser_time, clean_text, safe_name
from disputekit.domain.case.parts import LAN_UPLOAD, Received
from disputekit.messages import Msg, msg, render
from disputekit.store.vault.intake_errors import intake_error

ANNOUNCE_LIMIT = 64 * 1024


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    session: UploadHost

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that failed in a way not answered already (the phone went away while
        the session closed): nothing to print; the session has reported what it knows."""


def serve(session: UploadHost, bind: str, port: int) -> tuple[_Server, int]:
    """Listen on `bind:port` (0: any free port) and serve in a daemon thread."""
    server = _Server((bind, port), _Handler)
    server.session = session
    # A short poll: closing the session (the dialog) waits for the loop to notice.
    serve_loop = lambda: server.serve_forever(poll_interval=0.1)  # noqa: E731
    threading.Thread(target=serve_loop, name="upload-http", daemon=True).start()
    return server, int(server.server_address[1])


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "DisputeKit"
    sys_version = ""
    protocol_version = "HTTP/1.0"
    timeout = 30  # a phone that stops sending for this long has gone
    wbufsize = 64 * 1024  # an answer's head and body leave in one send, not two

    def log_message(self, format: str, *args: Any) -> None:
        """The server says nothing on stderr; the session reports what happened."""

    def version_string(self) -> str:
        """The Server header: the name alone, no Python version."""
        return self.server_version

    def end_headers(self) -> None:
        """Every answer: never cached, no referrer, no sniffing, not framed."""
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        super().end_headers()

    # -- routing --------------------------------------------------------------------------
    def do_GET(self) -> None:
        """The page, or a batch's state."""
        route = self._route()
        if route is None:
            return
        sub, query = route
        if sub is None:
            self._answer(301, b"", "text/plain", {"Location": f"/{self._session.token}/"})
        elif sub == "":
            nonce = secrets.token_urlsafe(12)
            policy = (
                f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
                "connect-src 'self'; img-src data:; form-action 'none'; frame-ancestors 'none'"
            )
            body = page_html(nonce, self._session.max_bytes).encode()
            self._answer(200, body, "text/html; charset=utf-8", {"Content-Security-Policy": policy})
        elif sub == "batch":
            found = self._session.batch_json(_one(query, "id") or "", self._client)
            if found is None:
                self._refuse(404, msg("upload.batch_unknown"))
            else:
                self._json(200, found)
        else:
            self._refuse(404, msg("upload.not_found"))

    def do_POST(self) -> None:
        """Announce a batch, upload a file, or close a batch."""
        route = self._route()
        if route is None:
            return
        sub, query = route
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{self.headers.get('Host', '')}":
            self._refuse(403, msg("upload.bad_origin"))
        elif sub == "announce":
            self._announce()
        elif sub == "upload":
            self._upload(query)
        elif sub == "done":
            batch = self._session.close_batch(_one(query, "batch") or "", self._client)
            if batch is None:
                self._refuse(404, msg("upload.batch_unknown"))
            else:
                self._json(200, batch.as_json())
        else:
            self._refuse(404, msg("upload.not_found"))

    def _route(self) -> tuple[str | None, dict[str, list[str]]] | None:
        """(what follows the token, the query), or None once answered with a refusal."""
        url = urlsplit(self.path)
        parts = url.path.split("/", 2)
        if self._session.blocked(self._client):
            self._refuse(429, msg("upload.too_many_tries"))
            return None
        if url.path == "/favicon.ico":  # asked by browsers on their own: not a wrong try
            self._refuse(404, msg("upload.not_found"))
            return None
        if len(parts) < 2 or not self._session.token_ok(self._client, parts[1]):
            self._refuse(404, msg("upload.not_found"))
            return None
        if self._session.closed:
            self._refuse(410, msg("upload.closed"))
            return None
        return (parts[2] if len(parts) == 3 else None), parse_qs(url.query)

    # -- requests -------------------------------------------------------------------------
    def _announce(self) -> None:
        length = self._length()
        if length is None or length > ANNOUNCE_LIMIT:
            self._refuse(400, msg("upload.bad_request"))
            return
        try:
            files = json.loads(self.rfile.read(length) or b"[]")
            sizes = [int(f.get("size", 0)) for f in files]
            names = [clean_text(str(f.get("name", "")), 200) for f in files]
        except (ValueError, TypeError, AttributeError):
            self._refuse(400, msg("upload.bad_request"))
            return
        batch = self._session.announce(self._client)
        over = [i for i, size in enumerate(sizes) if size > self._session.max_bytes]
        empty = [i for i, size in enumerate(sizes) if size <= 0]
        batch.announced = len(sizes) - len(over) - len(empty)
        refused = {i: too_big(names[i], sizes[i], self._session.max_bytes) for i in over}
        refused |= {i: intake_error(_named(names[i]), "empty").text for i in empty}
        if batch.announced <= 0:
            self._session.close_batch(batch.id, self._client)
        self._json(200, {
            "batch": batch.id,
            "max_bytes": self._session.max_bytes,
            "refused": {str(i): render(text, "zh") for i, text in refused.items()},
        })  # fmt: skip

    def _upload(self, query: dict[str, list[str]]) -> None:
        session, sent = self._session, _one(query, "name") or ""
        length = self._length()
        if length is None:
            self._refuse(411, msg("upload.no_length"))
            return
        found = session.batch_for(self._client, _one(query, "batch"))
        if isinstance(found, Msg):
            self._refuse(409, found)
            return
        batch = found
        refusal: tuple[int, Msg] | None = None
        if length > session.max_bytes:  # judged before a byte of the body is read
            refusal = 413, too_big(sent, length, session.max_bytes)
        elif length == 0:
            refusal = 400, intake_error(_named(sent or "?"), "empty").text
        if refusal is not None:
            session.tried(batch, refusal[1])
            self._refuse(*refusal)
            return
        head = read_head(self.rfile, length)
        fmt = media_format(head)
        if fmt is None:
            if discard(self.rfile, length - len(head)) and len(head) == min(HEAD, length):
                session.tried(batch, msg("upload.not_media", name=clean_text(sent, 200)))
                self._refuse(415, msg("upload.not_media", name=clean_text(sent, 200)))
            else:
                session.tried(batch, msg("upload.interrupted", name=sent), "interrupted")
            return
        name = safe_name(sent, fmt, "upload")
        try:
            staged = session.staging_path(name)
            digest = receive(self.rfile, staged, head, length, lambda: session.closed)
        except (OSError, SessionClosed):  # the session (and its staging folder) ended meanwhile
            session.tried(batch, msg("upload.closed"))
            self._refuse(410, msg("upload.closed"))
            return
        if digest is None:
            session.tried(batch, msg("upload.interrupted", name=name), "interrupted")
            return
        upload = Upload(name, length, digest, staged, self._received(sent, query))

        try:
            session.received(batch, upload)
        except SessionClosed:
            remove_staged(staged)
            session.tried(batch, msg("upload.closed"))
            self._refuse(410, msg("upload.closed"))
            return
        self._json(200, {**upload.as_json(), "batch": batch.id})

    def _received(self, sent: str, query: dict[str, list[str]]) -> Received:
        return Received(
            via=LAN_UPLOAD,
            at=self._session.clock().replace(microsecond=0),
            client=self._client,
            user_agent=clean_text(self.headers.get("User-Agent", ""), 500),
            original_name=clean_text(sent, 500),
            last_modified=browser_time(_one(query, "last_modified")),
        )

    # -- answers --------------------------------------------------------------------------
    @property
    def _session(self) -> UploadHost:
        return self.server.session

    @property
    def _client(self) -> str:
        return str(self.client_address[0])

    def _length(self) -> int | None:
        text = self.headers.get("Content-Length")
        if text is None or not text.strip().isdigit():
            return None
        return int(text)

    def _refuse(self, status: int, text: Msg) -> None:
        self._json(status, {"error": status, "message": render(text, "zh")})

    def _json(self, status: int, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False).encode()
        self._answer(status, body, "application/json; charset=utf-8", {})

    def _answer(self, status: int, body: bytes, ctype: str, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (ConnectionError, TimeoutError):
            pass  # the phone went away; nothing to tell it


def _one(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None


def _named(name: str) -> Path:
    """A path only to name the file in a message."""
    return Path(clean_text(name, 200).replace("/", "_").replace("\\", "_") or "?")
