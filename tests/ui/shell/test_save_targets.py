"""Every save dialog refuses a place inside the data folder or a path that is not a file."""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from pathlib import Path

from disputekit.ui.deadlines.deadlines_tab import DeadlinesTab
from disputekit.ui.shared.save_target import ask_save_path

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def _db_digest(services) -> str:
    return hashlib.sha256((services.data_dir / "disputekit.sqlite3").read_bytes()).hexdigest()


def test_bundle_export_over_the_database_is_refused(main_window, services, dialogs):
    case_id = services.store.cases.create(helpers.make_case())
    main_window.request_case(case_id)
    db = services.data_dir / "disputekit.sqlite3"
    dialogs.save_file = str(db)
    inode = db.stat().st_ino
    main_window.commands.export_action.trigger()
    (warning,) = dialogs.messages("warning")
    assert warning.startswith(f"{db} 在 DisputeKit 的数据文件夹 {services.data_dir} 里")
    assert db.stat().st_ino == inode  # not replaced by a zip
    assert services.store.cases.ids() == [case_id]


def test_calendar_export_into_the_vault_is_refused(services, session, dialogs, qtbot):
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    tab = DeadlinesTab(services, session)
    qtbot.addWidget(tab)
    before = _db_digest(services)
    target = services.data_dir / "vault" / "x.ics"
    dialogs.save_file = str(target)
    tab.export_button.click()
    (warning,) = dialogs.messages("warning")
    assert "数据文件夹" in warning and "未写入任何文件" in warning
    assert not target.exists() and _db_digest(services) == before


def test_a_pipe_is_refused_in_english_too(services, dialogs, tmp_path, qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    dialogs.save_file = str(fifo)
    parent = QWidget()
    qtbot.addWidget(parent)
    install_language(qapp, ENGLISH)
    try:
        assert ask_save_path(parent, "Save", "p.pdf", "PDF (*.pdf)", services.data_dir) is None
    finally:
        install_language(qapp, CHINESE)
    (warning,) = dialogs.messages("warning")
    assert warning == (
        f"{fifo} is not a regular file (a device, pipe or socket): give a new file name or a "
        "regular file; nothing was written"
    )
    assert fifo.is_fifo()
    dialogs.save_file = str(tmp_path / "ok.pdf")
    assert ask_save_path(parent, "Save", "p.pdf", "PDF", services.data_dir) == tmp_path / "ok.pdf"
