"""`verify` and `import` agree on every bundle: damaged zips, incomplete bags and colliding
names are named by both, and import never ends in a traceback or stores half of anything."""

from __future__ import annotations

import struct
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.bundles.bundle import BundleError, export_bundle, import_bundle, verify_bundle
from tests.store.bundles.test_bundle import read_zip, reseal, snapshot, write_zip


@pytest.fixture
def bundle(store, make_case, tmp_path) -> Path:
    case_id = store.cases.create(make_case())
    return export_bundle(store, case_id, tmp_path / "case.zip")


def flip_crc(path: Path, member: str) -> Path:
    """Change the CRC recorded for `member` (local header and central directory), leaving
    its bytes and so its SHA-256 as they were: zipfile raises "Bad CRC-32" on reading."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        offset = zf.getinfo(member).header_offset
    data[offset + 14] ^= 0xFF
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        (length,) = struct.unpack("<H", data[pos + 28 : pos + 30])
        if bytes(data[pos + 46 : pos + 46 + length]) == member.encode():
            data[pos + 16] ^= 0xFF
        pos = data.find(b"PK\x01\x02", pos + 4)
    out = path.with_name(f"crc-{member.replace('/', '_')}.zip")
    out.write_bytes(bytes(data))
    return out


def without(path: Path, member: str) -> Path:
    entries = read_zip(path)
    del entries[member]
    return write_zip(path.with_name(f"no-{member}.zip"), entries)


def altered_bag_info(path: Path) -> Path:
    entries = read_zip(path)
    entries["bag-info.txt"] += b"Platform: another\n"
    return write_zip(path.with_name("bag-info.zip"), entries)


def nfc_collision(path: Path) -> Path:
    entries = read_zip(path)
    nfc = "data/evidence/caf\u00e9.png"
    entries[nfc] = entries["data/evidence/pay.png"]
    entries[unicodedata.normalize("NFD", nfc)] = entries["data/evidence/chat-1.png"]
    return write_zip(path.with_name("nfc.zip"), reseal(entries))


def truncated(path: Path) -> Path:
    out = path.with_name("truncated.zip")
    out.write_bytes(path.read_bytes()[:-300])
    return out


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("bad CRC of case.json", lambda p: flip_crc(p, "data/case.json"), "damaged: data/case.json"),
    (
        "bad CRC of an evidence file",
        lambda p: flip_crc(p, "data/evidence/pay.png"),
        "damaged: data/evidence/pay.png",
    ),
    ("bad CRC of bag-info", lambda p: flip_crc(p, "bag-info.txt"), "damaged: bag-info.txt"),
    (
        "tag manifest deleted",
        lambda p: without(p, "tagmanifest-sha256.txt"),
        "tagmanifest-sha256.txt is missing",
    ),
    ("bag-info deleted", lambda p: without(p, "bag-info.txt"), "bag-info.txt is missing"),
    (
        "bag-info altered",
        altered_bag_info,
        "altered: bag-info.txt (its SHA-256 differs from tagmanifest-sha256.txt)",
    ),
    ("NFC/NFD twins", nfc_collision, "the same as 'data/evidence/café.png' after Unicode"),
    ("truncated zip", truncated, "is not a readable zip file"),
]


@pytest.mark.parametrize(("label", "damage", "expected"), CASES, ids=[c[0] for c in CASES])
def test_verify_and_import_name_the_same_problem(store, bundle, label, damage, expected):
    bad = damage(bundle)
    problems = [render(p, "en") for p in verify_bundle(bad)]
    assert any(expected in p for p in problems), problems
    before = snapshot(store)
    with pytest.raises(BundleError) as info:
        import_bundle(store, bad)
    assert expected in render(info.value.text, "en")
    assert snapshot(store) == before


def test_the_intact_bundle_passes_both(store, bundle, tmp_path):
    assert verify_bundle(bundle) == []
    other = Store.open(tmp_path / "other")
    try:
        assert other.cases.get(import_bundle(other, bundle)).order.order_no
    finally:
        other.close()


def test_a_tag_manifest_that_leaves_out_bag_info_fails(bundle):
    entries = read_zip(bundle)
    lines = entries["tagmanifest-sha256.txt"].decode().splitlines(keepends=True)
    entries["tagmanifest-sha256.txt"] = "".join(
        line for line in lines if "bag-info" not in line
    ).encode()
    bad = write_zip(bundle.with_name("partial-tags.zip"), entries)
    assert "tagmanifest-sha256.txt 未列出 bag-info.txt" in verify_bundle(bad)
