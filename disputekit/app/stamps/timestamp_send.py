"""Sending a case's waiting time-stamp request to a TSA the user names, and attaching its
reply: the one place the app goes online, and only when the user asks (the `timestamp send`
command or the dialog's 发送 button). RFC 3161 §3.4: an HTTP POST of the DER request as
`application/timestamp-query`, the reply `application/timestamp-reply`."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from disputekit.app.stamps.timestamps import (
    Attached,
    StampRefused,
    attach_reply,
    pending_request,
    request_timestamp,
)
from disputekit.messages import msg, reason_text
from disputekit.packet.document_stamp import add_document_timestamp, http_timestamper
from disputekit.rfc3161.servers import is_http_url
from disputekit.store import Store

MAX_REPLY_BYTES = 1024 * 1024
TIMEOUT_SECONDS = 30.0


def post_request(url: str, request: bytes, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The TSA's reply to `request` posted to `url`; StampRefused saying why none came."""
    if not is_http_url(url):
        raise StampRefused(msg("stamp.bad_url", url=url))
    post = urllib.request.Request(
        url,
        data=request,
        method="POST",
        headers={
            "Content-Type": "application/timestamp-query",
            "Accept": "application/timestamp-reply",
        },
    )
    try:
        with urllib.request.urlopen(post, timeout=timeout) as answer:
            reply: bytes = answer.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        status = msg("stamp.http_status", status=exc.code)
        raise StampRefused(msg("stamp.send_failed", url=url, reason=status)) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        why = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        reason = reason_text(why) if isinstance(why, BaseException) else str(why)
        raise StampRefused(msg("stamp.send_failed", url=url, reason=reason)) from None
    if len(reply) > MAX_REPLY_BYTES:
        raise StampRefused(msg("stamp.reply_too_large", url=url, most=MAX_REPLY_BYTES))
    return reply


def send_request(store: Store, case_id: int, url: str) -> Attached:
    """Send the case's latest waiting request to `url` and attach the reply once checked."""
    _record, request = pending_request(store, case_id)
    return attach_reply(store, case_id, post_request(url, request))


def request_and_send(store: Store, case_id: int, url: str) -> Attached:
    """Send the case's waiting request to `url` (a new one over its evidence manifest when
    none waits) and attach the reply once checked."""
    if not is_http_url(url):
        raise StampRefused(msg("stamp.bad_url", url=url))
    if not any(not t.token for t in store.cases.get(case_id).timestamps):
        request_timestamp(store, case_id)
    return send_request(store, case_id, url)


def stamp_packet_pdf(pdf: Path, url: str) -> None:
    """Add a PAdES document timestamp from the TSA at `url` to the finished packet `pdf`
    (asked for at build time; the optional pyHanko does the request)."""
    if not is_http_url(url):
        raise StampRefused(msg("stamp.bad_url", url=url))
    add_document_timestamp(pdf, http_timestamper(url))
