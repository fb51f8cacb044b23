"""Owner-only files everywhere: the OCR cache, the window's settings, a migrated v2 vault, a
foreign folder refused as the data folder, no onnxruntime telemetry file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from disputekit.domain.ocr.ocr_fields import TextBox
from disputekit.messages import render
from disputekit.ocr.engine import ocr_available
from disputekit.ocr.screen_reader import ScreenReader
from disputekit.store import Store, StoreError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]


def test_a_migrated_v2_vault_becomes_owner_only(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "v2", data)
    for root, dirs, files in os.walk(data):  # what an older version made under umask 022
        for name in dirs:
            os.chmod(Path(root) / name, 0o755)
        for name in files:
            os.chmod(Path(root) / name, 0o644)
    Store.open(data).close()
    folders = [p for p in (data / "vault").rglob("*") if p.is_dir()]
    blobs = [p for p in (data / "vault").rglob("*") if p.is_file()]
    assert folders and blobs
    assert {_mode(p) for p in folders} == {0o700}
    assert {_mode(p) for p in blobs} == {0o400}


def test_a_folder_holding_other_things_is_refused_not_chmodded(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    (shared / "家庭照片.jpg").write_bytes(b"x")
    with pytest.raises(StoreError) as caught:
        Store.open(shared)
    assert render(caught.value.text, "zh_CN").startswith(
        f"{shared} 里已有其他文件（家庭照片.jpg），不是 DisputeKit 的数据文件夹"
    )
    assert "nothing was changed" in render(caught.value.text, "en")
    assert _mode(shared) == 0o755 and sorted(os.listdir(shared)) == ["家庭照片.jpg"]
    done = subprocess.run(_cli(shared, "list"), capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "不是 DisputeKit 的数据文件夹" in done.stderr
    assert _mode(shared) == 0o755
    # An empty folder, and DisputeKit's own folder opened again, are fine.
    empty = tmp_path / "empty"
    empty.mkdir()
    Store.open(empty).close()
    Store.open(empty).close()
    assert _mode(empty) == 0o700


class _Lines:
    def read(self, path: Path) -> list[TextBox]:
        return [TextBox("订单号 KM1", 0, 0, 10, 10, 0.99)]


def test_the_ocr_cache_folder_is_owner_only(tmp_path):
    shot = tmp_path / "shot.png"
    Image.new("RGB", (20, 20), "white").save(shot)
    cache = tmp_path / "data" / "cache" / "ocr"
    reader = ScreenReader(_Lines(), cache)
    reader.lines(shot)
    assert _mode(cache) == 0o700
    assert {_mode(p) for p in cache.iterdir()} == {0o600}


def test_the_window_settings_file_is_owner_only(tmp_path, qapp):
    from disputekit.ui.shared.services import settings_at

    new, old = tmp_path / "new.ini", tmp_path / "old.ini"
    old.write_text("[General]\nlanguage=en\n")
    os.chmod(old, 0o644)
    for path in (new, old):
        settings = settings_at(path)
        settings.setValue("window/geometry", "x")
        settings.sync()
        assert _mode(path) == 0o600
    assert settings_at(old).value("language") == "en"


@pytest.mark.skipif(
    not ocr_available(), reason="the [ocr] extra (rapidocr, onnxruntime) is not installed"
)
def test_ocr_leaves_no_telemetry_file(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    shot = tmp_path / "shot.png"
    image = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(image).text((10, 10), "Order 12345", fill="black")
    image.save(shot)
    env = {**os.environ, "TMPDIR": str(temp)}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    done = subprocess.run(
        _cli(tmp_path / "data", "ocr", str(shot)), env=env, capture_output=True, timeout=300
    )
    assert done.returncode in (0, 1), done.stderr
    assert sorted(p.name for p in temp.iterdir()) == []
