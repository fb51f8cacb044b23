"""The composition root: a data folder that cannot be opened is explained, not a traceback."""

from __future__ import annotations

from disputekit.ui.app import run_app


def test_a_damaged_database_gets_a_message_box_and_exit_code_1(tmp_path, dialogs, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "disputekit.sqlite3").write_bytes(b"not a database")
    assert run_app(str(data)) == 1
    (shown,) = dialogs.messages("critical")
    assert "无法打开数据文件夹" in shown and "disputekit.sqlite3" in shown
    assert "disputekit.sqlite3" in capsys.readouterr().err
    assert (data / "disputekit.sqlite3").read_bytes() == b"not a database"
