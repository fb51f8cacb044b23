"""A full data-folder disk is said as such and names the file in the data folder: never a
refusal of the input file, never the output's disk."""

from __future__ import annotations

import errno
from pathlib import Path

from PIL import Image

from disputekit.cli import main
from disputekit.commands.packet_cmd import _write_failure


def test_a_full_disk_during_import_is_not_blamed_on_the_screenshot(
    tmp_path, write_case, png, capsys, monkeypatch
):
    case = write_case(
        {"chat.png": png((200, 20, 20))},
        [{"id": "e1", "kind": "chat_log", "file": "chat.png"}],
    )
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "list"]) == 0
    capsys.readouterr()
    real_save = Image.Image.save

    def full(self, fp, *args, **kwargs):
        if not isinstance(fp, str | Path):  # a write() into an open file: the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_save(self, fp, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "save", full)
    assert main(["--data-dir", str(data), "import", str(case)]) == 1
    err = capsys.readouterr().err
    assert f"磁盘已满，无法写入 {data}" in err, err
    assert "chat.png" not in err and "无法读取" not in err
    monkeypatch.setattr(Image.Image, "save", real_save)
    assert main(["--data-dir", str(data), "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_a_packet_names_the_data_folder_file_that_could_not_be_written(tmp_path):
    out = tmp_path / "out" / "p.pdf"
    cache = tmp_path / "data" / "cache" / "packet-images" / "ab.jpg"
    full = OSError(errno.ENOSPC, "No space left on device", str(cache))
    assert _write_failure(full, out).startswith(f"磁盘已满，无法写入 {cache}。")
    beside = OSError(errno.ENOSPC, "No space left on device", str(out.parent / ".p.pdf.x.part"))
    assert _write_failure(beside, out).startswith(f"磁盘已满，无法写入 {out}。")
    denied = OSError(errno.EACCES, "Permission denied", str(out))
    assert _write_failure(denied, out).startswith(f"无法写入 {out}：")
