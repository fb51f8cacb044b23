"""The window's case list names a damaged case and shows the rest; opening it says why."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from disputekit.ui.cases.case_list_model import Column

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def _cell(model, row: int, col: Column) -> str:
    return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)


def test_the_list_marks_the_damaged_case_and_it_does_not_open(main_window, services, dialogs):
    kept = services.store.cases.create(helpers.make_case("好卡盟", "OK1"))
    damaged = helpers.make_case("坏卡盟", "BAD1")
    damaged.complainant.phone = "13912345678"
    broken = services.store.cases.create(damaged)
    services.store.db.execute("UPDATE cases SET doc_json = '[1,2]' WHERE id = ?", [broken])
    services.store.db.execute("UPDATE cases SET amount_paid = 'abc' WHERE id = ?", [broken])
    panel = main_window.case_list
    panel.reload()
    model = panel.model
    assert model.rowCount() == 2
    texts = {_cell(model, r, Column.ORDER_NO): r for r in range(model.rowCount())}
    assert _cell(model, texts["BAD1"], Column.STATUS) == "数据已损坏"
    assert _cell(model, texts["BAD1"], Column.AMOUNT) == "—"
    assert _cell(model, texts["OK1"], Column.AMOUNT) == "¥0.00"
    # The phone is text, read back like the order number: it still says whose case it is.
    assert _cell(model, texts["BAD1"], Column.PHONE) == "13912345678"
    assert _cell(model, texts["OK1"], Column.PHONE) == ""
    assert main_window.request_case(kept)
    assert main_window.request_case(broken) is False
    (warning,) = dialogs.messages("warning")
    assert warning.startswith(f"案件 {broken} 的数据已损坏，无法读取")
    assert main_window.session.case_id == kept
