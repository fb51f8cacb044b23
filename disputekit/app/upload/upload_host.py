"""What the HTTP handler asks of the receive session, named by shape: the session starts the
server (`upload_http.serve`), so the server cannot import the session back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from disputekit.app.upload.upload_batches import Batch, Upload
from disputekit.messages import Msg


class SessionClosed(Exception):
    """The session closed while a file was arriving."""


class UploadHost(Protocol):
    """The receive session as the upload page's handler sees it (`ReceiveSession`)."""

    @property
    def token(self) -> str: ...

    @property
    def max_bytes(self) -> int: ...

    @property
    def closed(self) -> bool: ...

    @property
    def clock(self) -> Callable[[], datetime]: ...

    def blocked(self, client: str) -> bool: ...

    def token_ok(self, client: str, token: str) -> bool: ...

    def announce(self, client: str) -> Batch: ...

    def batch_for(self, client: str, batch_id: str | None) -> Batch | Msg: ...

    def staging_path(self, name: str) -> Path: ...

    def tried(self, batch: Batch, refusal: Msg | None = None, kind: str = "refused") -> None: ...

    def received(self, batch: Batch, upload: Upload) -> None: ...

    def close_batch(self, batch_id: str, client: str) -> Batch | None: ...

    def batch_json(self, batch_id: str, client: str) -> dict[str, object] | None: ...
