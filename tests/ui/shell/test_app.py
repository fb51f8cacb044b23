"""The composition root: a data folder that cannot be opened is explained, not a traceback."""

from __future__ import annotations

from disputekit.ui.shell.app import run_app


def test_a_damaged_database_gets_a_message_box_and_exit_code_1(tmp_path, dialogs, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "disputekit.sqlite3").write_bytes(b"not a database")
    assert run_app(str(data)) == 1
    (shown,) = dialogs.messages("critical")
    assert "无法打开数据文件夹" in shown and "disputekit.sqlite3" in shown
    assert "disputekit.sqlite3" in capsys.readouterr().err
    assert (data / "disputekit.sqlite3").read_bytes() == b"not a database"


def test_a_locked_database_is_called_in_use(tmp_path, dialogs, capsys, monkeypatch):
    import sqlite3

    from disputekit.store import Store, db

    data = tmp_path / "data"
    Store.open(data).close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(data / "disputekit.sqlite3", isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE other_program (x)")
        assert run_app(str(data)) == 1
    finally:
        holder.close()
    (shown,) = dialogs.messages("critical")
    assert "数据库正被另一个程序使用" in shown and "damaged" not in shown


def test_a_read_only_data_folder_is_refused_with_what_still_works(
    tmp_path, dialogs, capsys, monkeypatch
):
    from disputekit.store import Store

    data = tmp_path / "data"
    Store.open(data).close()
    # As a write-protected stick answers (root ignores permission bits, so ask directly).
    monkeypatch.setattr("disputekit.store.store._cannot_write", lambda *_: True)
    assert run_app(str(data)) == 1
    (shown,) = dialogs.messages("critical")
    assert f"数据文件夹 {data} 是只读的" in shown
    assert "disputekit list、show、advise 和 packet --out 可以直接读取它" in shown


def test_the_window_is_built_without_the_modules_the_first_paint_does_not_need(tmp_path):
    import os
    import subprocess
    import sys

    # A fresh process: this one has long imported everything. The order form, Pillow, the OCR
    # code, sqlite-utils and the packet code all load after the first paint, or never.
    code = (
        "import sys\n"
        "from disputekit.ui.shell.app import build_app\n"
        f"parts = build_app({str(tmp_path / 'data')!r})\n"
        "assert parts.window.tab_keys[0] == 'order'\n"
        "heavy = ('PIL', 'sqlite_utils', 'reportlab', 'disputekit.packet', 'disputekit.ocr',\n"
        "         'disputekit.ui.cases.order_form', 'disputekit.store.leftovers', 'hashlib',\n"
        "         'platformdirs', 'disputekit.ui.shell.bundle_actions')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
        "parts.store.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    assert out.stdout.strip() == "[]"


def test_stale_leftovers_go_once_the_window_has_listed_the_cases(tmp_path, qtbot):
    import os
    import time

    from disputekit.ui.shell.app import build_app

    data = tmp_path / "data"
    data.mkdir()
    killed = data / ".export.zip.k2j3.partial"  # what a process killed mid-export left
    killed.write_bytes(b"half a zip")
    old = time.time() - 2 * 3600
    os.utime(killed, (old, old))
    parts = build_app(str(data))
    try:
        assert killed.exists()  # not before the first paint
        parts.window.show()
        qtbot.waitUntil(lambda: parts.window.case_list.loaded)
        assert not killed.exists()
    finally:
        parts.window.close()
        parts.store.close()
