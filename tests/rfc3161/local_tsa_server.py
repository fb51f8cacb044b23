"""A TSA over HTTP on 127.0.0.1 for one test: each POSTed request is answered by a function
(an `OpenSslTsa`'s reply, or anything else), and what was posted is kept."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Posted:
    """What the server received: (content type, body) per request."""

    requests: list[tuple[str, bytes]] = field(default_factory=list)


@contextmanager
def local_tsa(answer: Callable[[bytes], bytes], status: int = 200) -> Iterator[tuple[str, Posted]]:
    """A server on 127.0.0.1 (a free port) answering with `answer(body)` and `status`;
    yields its URL and what it received. Stopped on leaving."""
    posted = Posted()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            posted.requests.append((self.headers.get("Content-Type", ""), body))
            reply = answer(body)
            self.send_response(status)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsr", posted
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
