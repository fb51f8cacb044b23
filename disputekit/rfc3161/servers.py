"""The time-stamping authorities a user may pick by name: editable data in
`assets/timestamps/servers.json` (name, url, note). Nothing is ever sent to one of them
unless the user sends a request; any other http(s) address may be given instead."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from disputekit.resources import asset


@dataclass(frozen=True)
class TsaServer:
    """A named time-stamping authority."""

    name: str
    url: str
    note: str = ""


def known_servers() -> list[TsaServer]:
    """The named authorities of the shipped list, in its order."""
    data = json.loads(asset("timestamps", "servers.json").read_text(encoding="utf-8"))
    return [
        TsaServer(str(s["name"]), str(s["url"]), str(s.get("note", "")))
        for s in data.get("servers", [])
        if isinstance(s, dict) and s.get("name") and s.get("url")
    ]


def is_http_url(text: str) -> bool:
    """Whether `text` is an http:// or https:// address with a host."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def resolve_tsa(name_or_url: str) -> str | None:
    """The address of a known authority's name, or `name_or_url` itself when it is an
    http(s) address; None otherwise."""
    text = name_or_url.strip()
    for server in known_servers():
        if server.name.lower() == text.lower():
            return server.url
    return text if is_http_url(text) else None
