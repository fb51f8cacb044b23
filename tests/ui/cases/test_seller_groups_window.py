"""视图 → 按商家: the groups with count, total, channels and next deadline; a group's case
double-clicked is selected in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from disputekit.app.workspace import Workspace
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.ui.cases.seller_groups_model import Column
from disputekit.ui.cases.seller_groups_window import CASE_ROLE, SellerGroupsWindow
from disputekit.ui.shell.tool_windows import ToolWindows
from tests.support.seller_samples import seller_case


@pytest.fixture
def grouped(store):
    first = store.cases.create(seller_case(1, shop="星辰点卡店", amount="10.10"))
    second_case = seller_case(2, shop="星辰点卡", amount="0.20")
    second_case.events.append(
        Event(id=second_case.new_event_id(), at=second_case.order.ordered_at,
              kind=EventKind.COMPLAINT_FILED)
    )  # fmt: skip
    second = store.cases.create(second_case)
    other = store.cases.create(seller_case(3, shop="月光", url="https://www.yg.example/s/1"))
    return first, second, other


def test_the_groups_model_passes_the_model_tester(store, grouped, qtbot, qtmodeltester):
    window = SellerGroupsWindow(Workspace(store))
    qtbot.addWidget(window)
    qtmodeltester.check(window.model)
    model = window.model
    assert model.rowCount() == 2
    cells = [model.index(0, c).data() for c in Column]
    assert cells[Column.SELLER] == "星辰点卡店"
    assert cells[Column.COUNT] == "2"
    assert cells[Column.TOTAL] == "¥10.30"
    assert cells[Column.CHANNELS] == "联系平台客服、向12315投诉"
    assert model.index(1, Column.SELLER).data(Qt.ItemDataRole.ToolTipRole) == "domain:yg.example"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_groups_case_opens_in_the_main_window(grouped, main_window, qtbot):
    first, second, _other = grouped
    main_window.session.cases_changed.emit()
    parts = main_window.findChild(ToolWindows)
    assert parts is not None
    action = next(
        a for a in main_window.menu("view").actions() if a.objectName() == "sellerGroupsAction"
    )
    assert action.text() == "按商家…"
    action.trigger()
    window = parts.groups_window
    assert isinstance(window, SellerGroupsWindow)
    qtbot.addWidget(window)
    assert window.windowTitle() == "按商家"
    assert [window.cases.item(i).data(CASE_ROLE) for i in range(window.cases.count())] == [
        first,
        second,
    ]
    target = window.cases.item(1)
    with qtbot.waitSignal(main_window.session.current_changed):
        window.cases.itemDoubleClicked.emit(target)
    assert main_window.session.case_id == second


def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 80), (10, 20, 30)).save(buf, "PNG")
    return buf.getvalue()


def test_the_selected_group_shows_shared_contacts_and_files(store, qtbot):
    from disputekit.domain.case.model import EvidenceItem
    from disputekit.domain.case.vocabulary import EvidenceKind

    sha = store.vault.add_bytes(_png(), "pay.png").sha256
    ids = []
    for n in (1, 2):
        case = seller_case(n, shop="星辰", name=f"买家{n}", phone="13800000000")
        case.evidence.append(
            EvidenceItem(id="E1", kind=EvidenceKind.PAYMENT_RECORD, file="pay.png", sha256=sha)
        )
        ids.append(store.cases.create(case))
    window = SellerGroupsWindow(Workspace(store))
    qtbot.addWidget(window)
    lines = window.checks.text().splitlines()
    assert lines == [
        f"案件 {ids[0]}, {ids[1]} 使用同一手机号码。",
        f"同一文件也附在案件 {ids[0]}, {ids[1]} 中。",
    ]


def test_a_suggested_merge_is_confirmed_and_a_case_kept_apart(store, qtbot):
    a = store.cases.create(seller_case(1, shop="星辰点卡"))
    b = store.cases.create(seller_case(2, shop="星辰点卡专区"))
    window = SellerGroupsWindow(Workspace(store))
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2
    assert window.suggestions.count() == 1
    assert window.suggestions.item(0).text() == "星辰点卡 与 星辰点卡专区"
    window.suggestions.setCurrentRow(0)
    qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert [g.case_ids for g in window.model.groups] == [(a, b)]
    assert window.suggestions.count() == 0
    window.cases.setCurrentRow(1)
    qtbot.mouseClick(window.apart_button, Qt.MouseButton.LeftButton)
    assert sorted(g.case_ids for g in window.model.groups) == [(a,), (b,)]
    reopened = SellerGroupsWindow(Workspace(store))  # the decisions are stored
    qtbot.addWidget(reopened)
    assert reopened.model.rowCount() == 2
