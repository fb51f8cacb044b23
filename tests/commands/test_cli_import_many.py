"""`import` of several bundles or a folder: each imported, skipped or refused, and a summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from disputekit.store import Store


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_a_folder_of_bundles_and_case_files_is_imported_with_a_summary(
    tmp_path: Path, write_case, png
) -> None:
    case_json = write_case({"a.png": png((200, 10, 10))}, [
        {"id": "E1", "kind": "payment_record", "file": "a.png"},
    ])  # fmt: skip
    source = tmp_path / "source"
    assert run(source, "import", str(case_json)).returncode == 0
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    assert run(source, "export", "1", "--out", str(incoming / "one.zip")).returncode == 0
    (incoming / "broken.zip").write_bytes(b"not a zip at all")
    (incoming / "notes.txt").write_text("ignored", encoding="utf-8")
    data = tmp_path / "data"

    first = run(data, "import", str(incoming), str(case_json))
    assert first.returncode == 1  # one file refused
    assert "导入 1 个，已存在跳过 1 个，拒绝 1 个" in first.stdout
    assert f"拒绝 {incoming / 'broken.zip'}：" in first.stderr
    assert "Traceback" not in first.stderr
    with Store.open(data) as store:
        assert store.cases.count() == 1

    again = run(data, "import", str(incoming / "one.zip"), str(case_json))
    assert again.returncode == 0
    assert "导入 0 个，已存在跳过 2 个，拒绝 0 个" in again.stdout
    with Store.open(data) as store:
        assert store.cases.count() == 1


def test_a_missing_path_among_many_is_refused_and_the_rest_imported(
    tmp_path: Path, write_case, png
) -> None:
    case_json = write_case({"a.png": png((9, 9, 9))}, [
        {"id": "E1", "kind": "payment_record", "file": "a.png"},
    ])  # fmt: skip
    data = tmp_path / "data"
    result = run(data, "import", str(tmp_path / "absent.zip"), str(case_json))
    assert result.returncode == 1
    assert f"找不到文件 {tmp_path / 'absent.zip'}" in result.stderr
    assert "导入 1 个，已存在跳过 0 个，拒绝 1 个" in result.stdout
