"""The 检查证据文件 action: runs the vault check in the task runner, names the case and evidence
of each damaged or missing file, marks their tiles, and can be cancelled."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disputekit.ui.shared.tasks import ProgressReporter, TaskRunner

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


@pytest.fixture
def evidence_case(main_window, services, tmp_path) -> tuple[int, list[str]]:
    """A case with three screenshots, shown on the evidence tab; returns (id, sha256s)."""
    store = services.store
    case = helpers.make_case()
    shas = []
    for i, color in enumerate([(200, 0, 0), (0, 200, 0), (0, 0, 200)]):
        stored = store.vault.add_file(helpers.png(tmp_path / f"shot{i}.png", color=color))
        shas.append(stored.sha256)
    case_id = store.cases.create(case)
    for sha in shas:
        store.cases.add_evidence(case_id, store.vault.info(sha))
    main_window.case_list.reload()
    main_window.request_case(case_id)
    main_window.show_tab("evidence")
    return case_id, shas


def damage(services, sha: str) -> None:
    blob = services.store.vault.blob_path(sha)
    blob.chmod(0o600)
    blob.write_bytes(blob.read_bytes()[:-4] + b"\x00\x00\x00\x00")


def tile_text(tab, row: int) -> str:
    return tab.model.data(tab.model.index(row), Qt.ItemDataRole.DisplayRole)


def test_the_check_names_and_marks_damaged_and_missing_files(
    main_window, services, dialogs, evidence_case
):
    case_id, shas = evidence_case
    tab = main_window.tab("evidence")
    assert all("⚠" not in tile_text(tab, row) for row in range(3))
    damage(services, shas[0])
    gone = services.store.vault.blob_path(shas[2])
    gone.chmod(0o600)
    gone.unlink()

    assert main_window.commands.check_action.text() == "检查证据文件(&C)…"
    assert main_window.commands.check_action in main_window.menu("file").actions()
    main_window.commands.check_action.trigger()

    kind, text = dialogs.calls[-1]
    assert kind == "warning"
    assert text.startswith("2 个证据文件已损坏或缺失。")
    assert f"案件 {case_id} · 证据 e1（evidence/shot0.png）：已损坏" in text
    assert f"案件 {case_id} · 证据 e3（evidence/shot2.png）：缺失" in text
    assert "e2" not in text
    assert tile_text(tab, 0) == "⚠ 文件已损坏\n证据1 · 其他"
    assert "⚠" not in tile_text(tab, 1)
    assert tile_text(tab, 2) == "⚠ 文件缺失\n证据3 · 其他"
    assert tab.model.data(tab.model.index(0), Qt.ItemDataRole.ForegroundRole) is not None


def test_an_intact_vault_says_so_and_clears_old_marks(
    main_window, services, dialogs, evidence_case
):
    _case_id, shas = evidence_case
    tab = main_window.tab("evidence")
    blob = services.store.vault.blob_path(shas[1])
    original = blob.read_bytes()
    damage(services, shas[1])
    main_window.commands.check_action.trigger()
    assert tile_text(tab, 1).startswith("⚠ 文件已损坏\n")
    blob.write_bytes(original)  # restored from a backup

    main_window.commands.check_action.trigger()
    assert dialogs.calls[-1] == ("information", "全部 3 个证据文件完好无损。")
    assert "⚠" not in tile_text(tab, 1)


def test_the_check_runs_in_a_worker_thread(main_window, services, dialogs, evidence_case, qtbot):
    services.tasks = TaskRunner()  # the real thread pool
    damage(services, evidence_case[1][0])
    with qtbot.waitSignal(services.vault_health.changed, timeout=30_000):
        main_window.commands.check_action.trigger()
    assert dialogs.calls[-1][0] == "warning"
    assert tile_text(main_window.tab("evidence"), 0).startswith("⚠ 文件已损坏\n")


def test_cancel_stops_the_check_and_says_how_far_it_got(
    main_window, services, dialogs, evidence_case, monkeypatch
):
    report = ProgressReporter.__call__

    def press_cancel_after_one(self, done, total, text=""):
        report(self, done, total, text)
        if done == 1:
            self._cancel.set()  # what the progress dialog's Cancel button does

    monkeypatch.setattr(ProgressReporter, "__call__", press_cancel_after_one)
    main_window.commands.check_action.trigger()
    assert dialogs.calls[-1] == ("information", "已检查 1/3 个文件后取消；目前未发现问题。")
