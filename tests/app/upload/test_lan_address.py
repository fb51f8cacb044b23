"""Where the upload page may listen: private or loopback IPv4 only (no socket is opened)."""

from __future__ import annotations

import pytest

from disputekit.app.upload.lan_address import AddressRefused, check_bind, default_bind


@pytest.mark.parametrize(
    "address", ["127.0.0.1", "192.168.1.20", "10.0.0.5", "172.16.3.4", " 192.168.43.1 "]
)
def test_lan_and_loopback_addresses_are_served(address: str) -> None:
    assert check_bind(address) == address.strip()


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("8.8.8.8", "lan.public"),
        ("203.0.113.9", "lan.not_local"),  # documentation range: neither global nor private
        ("0.0.0.0", "lan.any"),
        ("169.254.10.1", "lan.not_local"),
        ("100.64.0.1", "lan.not_local"),
        ("224.0.0.1", "lan.not_local"),
        ("::1", "lan.not_ip"),
        ("fe80::1", "lan.not_ip"),
        ("my-pc.local", "lan.not_ip"),
        ("192.168.1", "lan.not_ip"),
    ],
)
def test_other_addresses_are_refused_with_a_reason(address: str, code: str) -> None:
    with pytest.raises(AddressRefused) as caught:
        check_bind(address)
    assert caught.value.text.code == code
    assert address in str(caught.value.text)


def test_the_default_is_the_first_lan_address_else_loopback() -> None:
    assert default_bind(lambda: ["127.0.1.1", "8.8.4.4", "192.168.1.7", "10.0.0.2"]) == (
        "192.168.1.7"
    )
    assert default_bind(lambda: ["127.0.1.1", "100.64.2.2"]) == "127.0.0.1"
    assert default_bind(lambda: []) == "127.0.0.1"
