"""`disputekit ocr`: refusals in one line and in Chinese, like every command's, the install hint
without the extra, the cache, and `--json` left as scripts know it.

These run without the optional extra; the engine itself is tested in tests/ocr/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest
from PIL import Image

from disputekit.cli import main
from disputekit.commands.evidence import ocr_cmd
from disputekit.domain.ocr.ocr_fields import TextBox
from disputekit.ocr import ScreenReader


def test_without_the_extra_the_command_says_how_to_install(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(ocr_cmd, "ocr_available", lambda: False)
    image = tmp_path / "a.png"
    Image.new("RGB", (20, 20)).save(image)
    assert main(["ocr", str(image)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "未安装文字识别（OCR）组件：pip install 'disputekit[ocr]'"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.png", None, "missing.png」"),
        ("notes.png", b"not an image", "notes.png」不是图片或 PDF 文件（内容是文本）"),
        ("folder", "dir", "folder」是文件夹，不是图片"),
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
    if content is None:
        assert err.startswith("找不到文件「")


class FixedEngine:
    """Reads the same boxes off any image, or fails the way onnxruntime does."""

    boxes: ClassVar[list[TextBox]] = []
    failure: ClassVar[Exception | None] = None

    def read(self, path: Path) -> list[TextBox]:
        if self.failure is not None:
            raise self.failure
        return list(self.boxes)


@pytest.fixture
def engine(monkeypatch, tmp_path) -> type[FixedEngine]:
    monkeypatch.setattr(ocr_cmd, "ocr_available", lambda: True)
    monkeypatch.setattr("disputekit.ocr.engine.OcrEngine", FixedEngine)
    monkeypatch.setattr(FixedEngine, "boxes", [])
    monkeypatch.setattr(FixedEngine, "failure", None)
    return FixedEngine


@pytest.fixture
def image(tmp_path) -> Path:
    path = tmp_path / "shot.png"
    Image.new("RGB", (20, 20), "white").save(path)
    return path


def test_a_screenshot_without_order_facts_is_said_in_chinese(engine, image, capsys):
    assert main(["ocr", str(image)]) == 0
    assert capsys.readouterr().out.strip() == "shot.png：未找到订单号、金额或时间"


def test_a_recognition_failure_is_one_chinese_line(engine, image, capsys):
    engine.failure = RuntimeError("bad model")
    assert main(["ocr", str(image)]) == 1
    assert capsys.readouterr().err.strip() == f"「{image}」文字识别失败（bad model）"


def test_json_output_keeps_its_keys_and_values(engine, image, capsys):
    assert main(["ocr", str(image), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"page": "shop", "fields": {}}
    other = image.with_name("other.png")  # other bytes: never an answer from a cache
    Image.new("RGB", (20, 20), "black").save(other)
    engine.boxes = CountingEngine().read(other)
    assert main(["ocr", str(other), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["fields"]["order_no"]["value"] == "KM2026112000123"


def test_the_fields_found_are_listed_in_chinese(engine, image, capsys):
    engine.boxes = CountingEngine().read(image)
    assert main(["ocr", str(image)]) == 0
    assert capsys.readouterr().out == (
        "shot.png（订单页面）\n"
        "  订单号/交易单号 order_no：KM2026112000123    ［位置 100,10 90×20，置信度 1.00］\n"
    )


def test_the_fields_found_are_listed_in_english_with_lang_en(engine, image, capsys):
    engine.boxes = CountingEngine().read(image)
    assert main(["--lang", "en", "ocr", str(image)]) == 0
    assert capsys.readouterr().out == (
        "shot.png (order page)\n"
        "  order or transaction number (order_no): KM2026112000123"
        "    [at 100,10 90×20, confidence 1.00]\n"
    )
    assert main(["ocr", str(image)]) == 0  # the next command is Chinese again
    assert capsys.readouterr().out.startswith("shot.png（订单页面）\n")


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
