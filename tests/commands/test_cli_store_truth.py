"""The store tells the truth on the command line: locked is not damaged, a read-only folder
still reads, a full disk names its file, `check` names damaged evidence, odd ids get a
sentence, and exports carry no location unless the user keeps it."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from disputekit.cli import main
from disputekit.messages import render
from disputekit.store import Store, db
from disputekit.store.bundles.bundle import verify_bundle
from disputekit.store.vault.location import GPS_IFD, has_location


def gps_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0132] = "2026:11:20 10:40:00"
    exif[GPS_IFD] = {1: "N", 2: (31.0, 14.0, 5.0), 3: "E", 4: (121.0, 28.0, 9.0)}
    buf = io.BytesIO()
    Image.new("RGB", (60, 120), (30, 140, 60)).save(buf, "JPEG", exif=exif, quality=90)
    return buf.getvalue()


@pytest.fixture
def data(data_home: Path, write_case, png, capsys) -> Path:
    """The test's data folder holding case 1: a chat screenshot (PNG) and a receipt photo
    taken with location on (JPEG with GPS)."""
    case_json = write_case(
        {"chat.png": png((200, 20, 20)), "receipt.jpg": gps_jpeg()},
        [
            {"id": "e1", "kind": "chat_log", "file": "chat.png", "caption": "聊天"},
            {"id": "e2", "kind": "payment_record", "file": "receipt.jpg", "caption": "小票"},
        ],
    )
    assert main(["import", str(case_json)]) == 0
    capsys.readouterr()
    return data_home


def vault_file(data: Path, evidence_id: str) -> Path:
    with Store.open(data) as store:
        sha = store.cases.get(1).evidence_by_id(evidence_id).sha256
        return store.vault.blob_path(sha)


def test_show_an_id_beyond_sqlite_integers_is_a_sentence(data, capsys):
    assert main(["show", "99999999999999999999999"]) == 1
    assert capsys.readouterr().err == "disputekit: 没有编号为 99999999999999999999999 的案件\n"


def test_a_locked_database_is_called_in_use_not_damaged(data, capsys, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)  # wait briefly; the real wait is longer
    path = data / "disputekit.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE other_program (x)")
        assert main(["list"]) == 1
        err = capsys.readouterr().err
        assert f"数据库正被另一个程序使用：{path}。请关闭正在使用它的其他程序或窗口后重试" in err
        assert "损坏" not in err and "damaged" not in err
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    assert main(["list"]) == 0
    assert "KM2026112000123" in capsys.readouterr().out


def test_damaged_only_when_the_file_is_not_sqlite(data, capsys):
    path = data / "disputekit.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    garbage = b"these are not the bytes of a database" * 200
    path.write_bytes(garbage)
    assert main(["list"]) == 1
    err = capsys.readouterr().err
    assert f"{path} 已损坏或不是 DisputeKit 数据库" in err
    assert path.read_bytes() == garbage


def test_a_full_database_names_its_file(data):
    store = Store.open(data)
    try:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(sqlite3.OperationalError) as caught:
            for i in range(200):
                store.settings.set(f"filler-{i}", "x" * 4000)
    finally:
        store.close()
    from disputekit.store.db_errors import StoreFull, explain

    message = explain(data / "disputekit.sqlite3", caught.value)
    assert isinstance(message, StoreFull)
    assert f"磁盘已满，无法写入 {data / 'disputekit.sqlite3'}" in str(message)
    english = render(message.text, "en")
    assert f"The disk is full: {data / 'disputekit.sqlite3'} could not be written" in english


def test_a_full_disk_during_export_names_the_file(data, tmp_path, capsys, monkeypatch):
    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")  # as write() raises it: no name

    monkeypatch.setattr("disputekit.store.bundles.bundle_export._copy_into_zip", no_space)
    out = tmp_path / "out.zip"
    assert main(["export", "1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"磁盘已满，无法写入 {out}" in err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


@pytest.mark.parametrize(
    ("argv", "prefix"),
    [
        (["list"], "disputekit"),
        (["demo"], "disputekit"),
        (["redact", "1", "e1", "--box", "0,0,1,1"], "disputekit redact"),
    ],
)
def test_a_data_folder_that_cannot_be_opened_is_one_chinese_line(tmp_path, capsys, argv, prefix):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert main(["--data-dir", str(not_a_folder), *argv]) == 1
    assert capsys.readouterr().err == (
        f"{prefix}: 无法打开数据文件夹：{not_a_folder / 'disputekit.sqlite3'}："
        "路径中有一部分不是文件夹\n"
    )


def test_check_names_the_case_and_evidence_of_damaged_and_missing_files(data, capsys):
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "已检查证据库中的 2 个文件：全部完好\n"
    damaged, missing = vault_file(data, "e1"), vault_file(data, "e2")
    damaged.chmod(0o600)
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"\x00")
    missing.chmod(0o600)
    missing.unlink()

    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert f"已损坏：{damaged.name}\n  案件 1 证据 [e1] evidence/chat.png\n" in out
    assert f"缺失：{missing.name}\n  案件 1 证据 [e2] evidence/receipt.jpg\n" in out
    assert out.endswith("已检查证据库中的 2 个文件：2 个已损坏或缺失\n")

    assert main(["check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["checked"] == 2
    assert {p["state"]: p["uses"] for p in report["problems"]} == {
        "damaged": [{"case_id": 1, "evidence_id": "e1", "file": "evidence/chat.png"}],
        "missing": [{"case_id": 1, "evidence_id": "e2", "file": "evidence/receipt.jpg"}],
    }

    assert main(["show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "[e1] 客服聊天记录  evidence/chat.png  聊天  【文件已损坏】" in shown
    assert "[e2] 支付记录  evidence/receipt.jpg  小票  【文件缺失】" in shown


def test_export_warns_about_location_and_strips_it_on_request(data, tmp_path, capsys, png):
    original = vault_file(data, "e2")
    original_bytes = original.read_bytes()
    kept = tmp_path / "kept.zip"
    assert main(["export", "1", "--out", str(kept)]) == 0
    err = capsys.readouterr().err
    assert err == (
        "disputekit: 警告：[e2] evidence/receipt.jpg 带有 GPS 位置（照片的拍摄地点）；"
        "加 --strip-location 可导出不含位置的副本\n"
    )
    assert "[e1]" not in err
    with zipfile.ZipFile(kept) as zf:
        assert has_location(zf.read("data/evidence/receipt.jpg"))

    stripped = tmp_path / "stripped.zip"
    assert main(["export", "1", "--out", str(stripped), "--strip-location"]) == 0
    assert capsys.readouterr().err == ""
    assert verify_bundle(stripped) == []
    with zipfile.ZipFile(stripped) as zf:
        copy = zf.read("data/evidence/receipt.jpg")
        doc = json.loads(zf.read("data/case.json"))
        assert zf.read("data/evidence/chat.png") == png((200, 20, 20))
    assert not has_location(copy)
    assert Image.open(io.BytesIO(copy)).getexif()[0x0132] == "2026:11:20 10:40:00"
    # The pixels are the original's: only the metadata segment was rewritten.
    assert copy[copy.index(b"\xff\xda") :] == original_bytes[original_bytes.index(b"\xff\xda") :]
    receipt = next(e for e in doc["evidence"] if e["id"] == "e2")
    assert receipt["derived_from"] == original.name
    assert receipt["sha256"] != original.name
    # The vault original is untouched.
    assert original.read_bytes() == original_bytes and has_location(original_bytes)


def test_packets_and_fill_sheets_are_owner_only_with_umask_022(data, tmp_path, capsys):
    old = os.umask(0o022)
    try:
        out, sheet = tmp_path / "p.pdf", tmp_path / "sheet.txt"
        args = ["packet", "1", "--kind", "appeal", "--draft", "--out", str(out)]
        code = main([*args, "--fill-sheet", str(sheet), "--today", "2026-11-26"])
    finally:
        os.umask(old)
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def _read_only_runner(folder: Path) -> list[str] | None:
    """A command prefix that runs with `folder` really read-only: a read-only bind mount
    (root cannot write there either), or plain permissions for a normal user."""
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    script = f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}"'
    probe = subprocess.run([unshare, "-m", "sh", "-c", script], capture_output=True)
    if probe.returncode != 0:
        return None
    return [unshare, "-m", "sh", "-c", script + ' && exec "$0" "$@"']


def test_a_read_only_data_folder_lists_shows_advises_and_builds_packets(data, tmp_path):
    db_file = data / "disputekit.sqlite3"
    assert not Path(f"{db_file}-wal").exists()  # closed cleanly
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    prefix = _read_only_runner(data)
    if prefix is None:
        pytest.skip("no way to make a read-only folder here (root without mount namespaces)")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [*prefix, sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)

    listed = run("list")
    assert listed.returncode == 0, listed.stderr
    assert "KM2026112000123" in listed.stdout
    shown = run("show", "1")
    assert shown.returncode == 0 and "[e1] 客服聊天记录" in shown.stdout
    assert "【" not in shown.stdout  # files intact, nothing marked
    advised = run("advise", "1", "--today", "2026-11-26")
    assert advised.returncode == 0, advised.stderr
    assert "建议渠道" in advised.stdout
    out = tmp_path / "elsewhere" / "p.pdf"
    out.parent.mkdir()
    packet = run("packet", "1", "--kind", "appeal", "--draft", "--out", str(out))
    assert packet.returncode == 0, packet.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    checked = run("check")
    assert checked.returncode == 0 and "已检查证据库中的 2 个文件：全部完好" in checked.stdout

    refused = run("import", str(tmp_path / "case" / "case.json"))
    assert refused.returncode == 1
    assert refused.stderr == (
        f"disputekit: 数据文件夹 {data} 是只读的（磁盘有写保护或缺少权限），import 需要写入，"
        "未做任何更改；list、show、check、export 和 packet 仍可使用\n"
    )
    assert "Traceback" not in refused.stderr

    demo = run("demo")
    assert (demo.returncode, demo.stderr) == (
        1,
        f"disputekit: 数据文件夹 {data} 是只读的，无法添加示例案件\n",
    )

    after = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert after == before  # nothing written, nothing created (no -wal, no -shm, no cache)
