"""The packet image cache is checked on use: a replaced cache file is never embedded, even
with its new hash written beside it (the record is sealed with a key the cache cannot see)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from disputekit.packet.images.exhibit_images import record_path, seal

from .conftest import build, load, sample_folder


def embedded(pdf: Path) -> list[Image.Image]:
    return [
        Image.open(io.BytesIO(image.data)).convert("RGB")
        for page in PdfReader(pdf).pages
        for image in page.images
    ]


KEY = b"k" * 32  # the data folder's key, which the app keeps in the database


def sealed(path: Path) -> str:
    return seal(KEY, path.name, hashlib.sha256(path.read_bytes()).hexdigest())


def is_red(image: Image.Image) -> bool:
    r, g, b = image.resize((1, 1)).getpixel((0, 0))
    return r > 200 and g < 60 and b < 60


def test_a_replaced_cache_file_is_encoded_again(tmp_path):
    folder = sample_folder(tmp_path / "case", screenshots=2, with_jpeg=False)
    case, cache = load(folder), tmp_path / "cache"
    first = build(case, folder, tmp_path / "a.pdf", cache_dir=cache, cache_key=KEY)
    assert first.images_encoded == 2
    cached = sorted(cache.glob("*.jpg"))
    assert len(cached) == 2
    for path in cached:  # each JPEG's seal was recorded when it was made
        assert record_path(path).read_text() == sealed(path)
    # Someone swaps one cached picture for another of the same size.
    victim = cached[0]
    with Image.open(victim) as img:
        size = img.size
    Image.new("RGB", size, (255, 0, 0)).save(victim, "JPEG")
    second = build(case, folder, tmp_path / "b.pdf", cache_dir=cache, cache_key=KEY)
    assert (second.images_encoded, second.images_reused) == (1, 1)
    assert not any(is_red(image) for image in embedded(tmp_path / "b.pdf"))
    assert record_path(victim).read_text() == sealed(victim)


def test_a_forged_cache_file_with_its_hash_beside_it_is_not_printed(tmp_path):
    folder = sample_folder(tmp_path / "case", screenshots=1, with_jpeg=False)
    case, cache = load(folder), tmp_path / "cache"
    build(case, folder, tmp_path / "a.pdf", cache_dir=cache, cache_key=KEY)
    (victim,) = cache.glob("*.jpg")
    with Image.open(victim) as img:
        size = img.size
    # Whoever can write the cache folder replaces the picture and writes its hash beside it.
    Image.new("RGB", size, (255, 0, 0)).save(victim, "JPEG")
    record_path(victim).write_text(hashlib.sha256(victim.read_bytes()).hexdigest())
    again = build(case, folder, tmp_path / "b.pdf", cache_dir=cache, cache_key=KEY)
    assert (again.images_encoded, again.images_reused) == (1, 0)
    (picture,) = embedded(tmp_path / "b.pdf")
    assert not is_red(picture)
    # Without the key (a case JSON outside any store) nothing cached is trusted at all.
    Image.new("RGB", size, (255, 0, 0)).save(victim, "JPEG")
    keyless = build(case, folder, tmp_path / "c.pdf", cache_dir=cache)
    assert (keyless.images_encoded, keyless.images_reused) == (1, 0)
    assert not any(is_red(image) for image in embedded(tmp_path / "c.pdf"))


def test_a_cache_file_without_a_record_is_encoded_again(tmp_path):
    folder = sample_folder(tmp_path / "case", screenshots=1, with_jpeg=False)
    case, cache = load(folder), tmp_path / "cache"
    build(case, folder, tmp_path / "a.pdf", cache_dir=cache, cache_key=KEY)
    (cached,) = cache.glob("*.jpg")
    record_path(cached).unlink()  # e.g. written by a version that kept no record
    again = build(case, folder, tmp_path / "b.pdf", cache_dir=cache, cache_key=KEY)
    assert again.images_encoded == 1
    assert record_path(cached).is_file()


@pytest.mark.parametrize("screenshots", [1, 2], ids=["made inline", "made by workers"])
def test_the_cache_is_owner_only_whatever_the_umask(tmp_path, screenshots):
    folder = sample_folder(tmp_path / "case", screenshots=screenshots, with_jpeg=False)
    case, cache = load(folder), tmp_path / "data" / "cache" / "packet-images"
    old = os.umask(0o022)  # files 0644 and folders 0755 unless the code says otherwise
    try:
        result = build(case, folder, tmp_path / "a.pdf", cache_dir=cache, cache_key=KEY)
    finally:
        os.umask(old)
    assert result.images_encoded == screenshots
    made = sorted(cache.iterdir())
    assert len(made) == 2 * screenshots  # each JPEG and its hash record
    assert {path.stat().st_mode & 0o777 for path in made} == {0o600}
    for path in (cache, cache.parent, cache.parent.parent):
        assert path.stat().st_mode & 0o777 == 0o700, path
