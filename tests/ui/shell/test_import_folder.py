"""文件 → 导入文件夹中的案件包…: a folder's bundles imported, one summary shown."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from disputekit.app.bundles import export_bundle
from disputekit.ui.shell.tool_windows import ToolWindows

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def test_a_folder_is_imported_with_a_summary(main_window, services, dialogs, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    first = services.store.cases.create(helpers.make_case("甲卡盟", "F1"))
    second = services.store.cases.create(helpers.make_case("乙卡盟", "F2"))
    export_bundle(services.store, first, folder / "a.zip")
    export_bundle(services.store, second, folder / "b.zip")
    services.store.cases.delete(second)  # b is new, a is stored already
    (folder / "c.zip").write_bytes(b"not a zip")
    parts = main_window.findChild(ToolWindows)
    action = next(
        a for a in main_window.menu("file").actions() if a.objectName() == "importFolderAction"
    )
    assert action.text() == "导入文件夹中的案件包…"
    dialogs.directory = str(folder)
    action.trigger()
    assert parts is not None
    (summary,) = dialogs.messages("warning")
    lines = summary.splitlines()
    assert lines[0] == "导入 1 个，已存在跳过 1 个，拒绝 1 个。"
    assert lines[1].startswith("c.zip：") or lines[1].startswith("c.zip: ")
    assert services.store.cases.count() == 2
