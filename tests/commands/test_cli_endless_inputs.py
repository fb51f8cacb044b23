"""`bill` and `ocr` read only plain files, within a size limit, by the vault's intake rules:
a device that never ends, a pipe with no writer, a decompression bomb and a 1×60000 strip are
each one sentence, and nothing hangs (every run is bounded by a timeout)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from disputekit.cli import main

TIMEOUT = 90  # far above a refusal; reading /dev/zero never ended


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disputekit", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "bill.csv"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("command", ["bill", "ocr"])
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_that_never_ends_is_refused(command: str, device: str, tmp_path: Path) -> None:
    done = run("--data-dir", tmp_path / "home", command, device)
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        f"「{device}」不是普通文件（设备、管道或套接字），不是"
        + ("账单" if command == "bill" else "图片")
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["bill", "ocr"])
def test_a_pipe_with_no_writer_does_not_block(command: str, fifo: Path, tmp_path: Path) -> None:
    done = run("--data-dir", tmp_path / "home", command, fifo)
    assert done.returncode == 1
    assert f"「{fifo}」不是普通文件" in done.stderr


def _png_claiming(path: Path, width: int, height: int) -> Path:
    """A small PNG whose header claims `width`×`height` (a decompression bomb's shape)."""
    Image.new("L", (8, 8)).save(path)
    data = bytearray(path.read_bytes())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    path.write_bytes(bytes(data))
    return path


def test_ocr_refuses_a_bomb_by_the_intakes_limit(tmp_path: Path, capsys) -> None:
    bomb = _png_claiming(tmp_path / "bomb.png", 10_000, 10_000)  # 100 megapixels
    assert main(["--data-dir", str(tmp_path / "home"), "ocr", str(bomb)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "「bomb.png」过大，无法安全打开：100,000,000 像素，超过 89,478,485 像素的上限"
    )
    assert "DecompressionBomb" not in err


def test_ocr_on_a_thin_strip_is_a_sentence(tmp_path: Path, capsys) -> None:
    strip = tmp_path / "strip.png"
    Image.new("RGB", (1, 60000), "white").save(strip)
    assert main(["--data-dir", str(tmp_path / "home"), "ocr", str(strip)]) == 1
    assert capsys.readouterr().err == f"「{strip}」是 1×60000 像素的细条，无法从中识别文字\n"
