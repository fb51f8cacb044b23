"""Thumbnails and packet images show a photo as a gallery does, for all eight EXIF orientations."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from disputekit.packet.images.exhibit_images import derive_jpeg, oriented_size
from disputekit.store.db import connect
from disputekit.store.migrations import migrate
from disputekit.store.vault.evidence_vault import EvidenceVault

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)

# Stored quadrants are red | green over blue | white; each orientation's corners as displayed
# (top-left, top-right, bottom-left, bottom-right), from the EXIF 2.3 definition of tag 0x0112.
SHOWN = {
    1: (RED, GREEN, BLUE, WHITE),
    2: (GREEN, RED, WHITE, BLUE),
    3: (WHITE, BLUE, GREEN, RED),
    4: (BLUE, WHITE, RED, GREEN),
    5: (RED, BLUE, GREEN, WHITE),
    6: (BLUE, RED, WHITE, GREEN),
    7: (WHITE, GREEN, BLUE, RED),
    8: (GREEN, WHITE, RED, BLUE),
}


def quadrant_photo(orientation: int, fmt: str) -> bytes:
    img = Image.new("RGB", (400, 200), RED)
    img.paste(GREEN, (200, 0, 400, 100))
    img.paste(BLUE, (0, 100, 200, 200))
    img.paste(WHITE, (200, 100, 400, 200))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    img.save(buf, fmt, exif=exif.tobytes())
    return buf.getvalue()


def corners(img: Image.Image) -> list[tuple[int, int, int]]:
    w, h = img.size
    return [
        img.getpixel(p)
        for p in (
            (w // 8, h // 8),
            (w - w // 8, h // 8),
            (w // 8, h - h // 8),
            (w - w // 8, h - h // 8),
        )
    ]


def close(found: tuple[int, int, int], want: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(found, want, strict=True))


@pytest.fixture
def vault(tmp_path: Path) -> EvidenceVault:
    db = connect(tmp_path / "store.sqlite3")
    migrate(db, None)
    return EvidenceVault(tmp_path / "vault", db)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.parametrize("orientation", sorted(SHOWN))
def test_thumbnail_is_upright_for_every_orientation(vault, orientation, fmt):
    stored = vault.add_bytes(quadrant_photo(orientation, fmt), f"photo.{fmt.lower()}")
    quarter_turn = orientation in (5, 6, 7, 8)
    assert (stored.width, stored.height) == ((200, 400) if quarter_turn else (400, 200))
    with Image.open(vault.thumbnail(stored.sha256)) as thumb:
        assert thumb.size == ((128, 256) if quarter_turn else (256, 128))
        found = corners(thumb.convert("RGB"))
    assert all(close(f, w) for f, w in zip(found, SHOWN[orientation], strict=True)), found


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.parametrize("orientation", sorted(SHOWN))
def test_packet_image_is_upright_for_every_orientation(tmp_path, orientation, fmt):
    src = tmp_path / f"photo.{fmt.lower()}"
    src.write_bytes(quadrant_photo(orientation, fmt))
    quarter_turn = orientation in (5, 6, 7, 8)
    size = oriented_size(src)
    assert size == ((200, 400) if quarter_turn else (400, 200))
    dst = tmp_path / "derived.jpg"
    derive_jpeg(str(src), str(dst), size[0] // 2, size[1] // 2)
    with Image.open(dst) as derived:
        assert derived.size == (size[0] // 2, size[1] // 2)
        found = corners(derived.convert("RGB"))
    assert all(close(f, w) for f, w in zip(found, SHOWN[orientation], strict=True)), found
