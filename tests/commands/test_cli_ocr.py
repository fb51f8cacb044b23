"""`disputekit ocr`: refusals in one line, the install hint without the extra, and the cache.

These run without the optional extra; the engine itself is tested in tests/ocr/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from disputekit.cli import main
from disputekit.commands import ocr_cmd
from disputekit.domain.ocr_fields import TextBox
from disputekit.ocr import ScreenReader


def test_without_the_extra_the_command_says_how_to_install(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(ocr_cmd, "ocr_available", lambda: False)
    image = tmp_path / "a.png"
    Image.new("RGB", (20, 20)).save(image)
    assert main(["ocr", str(image)]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip()
        == "OCR is not installed. Install the optional extra: pip install 'disputekit[ocr]'"
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.png", None, "no such file"),
        ("notes.png", b"not an image", "not an image Pillow can read"),
        ("folder", "dir", "is a folder, not an image"),
    ],
)
def test_bad_input_is_named_in_one_line(monkeypatch, tmp_path, capsys, name, content, expected):
    monkeypatch.setattr(ocr_cmd, "ocr_available", lambda: True)
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    assert main(["ocr", str(path)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


class CountingEngine:
    def __init__(self) -> None:
        self.calls = 0

    def read(self, path: Path) -> list[TextBox]:
        self.calls += 1
        return [
            TextBox("订单号", 10, 10, 60, 20, 0.99),
            TextBox("KM2026112000123", 100, 10, 90, 20),
        ]


def test_lines_are_cached_per_file_hash_and_a_damaged_entry_is_read_again(tmp_path):
    image = tmp_path / "a.png"
    Image.new("RGB", (20, 20), "white").save(image)
    copy = tmp_path / "same-bytes.png"
    copy.write_bytes(image.read_bytes())
    engine = CountingEngine()
    reader = ScreenReader(engine, tmp_path / "cache")
    first = reader.read(image)
    assert first.fields["order_no"].value == "KM2026112000123"
    assert reader.read(copy) == first  # same bytes, same hash: from the cache
    assert engine.calls == 1
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.write_text("{broken", encoding="utf-8")
    assert reader.read(image) == first
    assert engine.calls == 2
    assert ScreenReader(engine, None).read(image) == first  # no cache folder: just reads
    assert engine.calls == 3
