"""Where the phone upload page may listen: a private (LAN) or loopback IPv4 address only.

A public address, the "every interface" address and anything not local to this computer are
refused, so the page is never offered to the internet. The default is the address this
computer has on its local network, else loopback.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

from disputekit.messages import Msg, msg

LOOPBACK = "127.0.0.1"
# The private ranges a home or office network, or a phone's hotspot, hands out (RFC 1918).
LAN_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)


class AddressRefused(ValueError):
    """An address the upload page may not listen on; `text` says why (a message)."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


def check_bind(address: str) -> str:
    """`address` as the IPv4 text to listen on; AddressRefused unless private or loopback."""
    text = address.strip()
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        raise AddressRefused(msg("lan.not_ip", address=text)) from None
    if ip.version != 4:
        raise AddressRefused(msg("lan.not_ip", address=text))
    if ip.is_unspecified:
        raise AddressRefused(msg("lan.any", address=text))
    if ip.is_loopback or any(ip in net for net in LAN_NETWORKS):
        return str(ip)
    if ip.is_global and not ip.is_multicast:
        raise AddressRefused(msg("lan.public", address=text))
    raise AddressRefused(msg("lan.not_local", address=text))


def _route_address() -> Iterable[str]:
    # A UDP socket "connected" to a private address sends nothing; it only asks the system
    # which of its own addresses it would use on the local network.
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 9))
        yield probe.getsockname()[0]
    except OSError:
        pass
    finally:
        probe.close()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            yield str(info[4][0])
    except OSError:
        pass


def default_bind(candidates: Callable[[], Iterable[str]] = _route_address) -> str:
    """This computer's private LAN address (the first candidate that is one), else loopback."""
    for found in candidates():
        try:
            ip = check_bind(found)
        except AddressRefused:
            continue
        if not ipaddress.ip_address(ip).is_loopback:
            return ip
    return LOOPBACK
