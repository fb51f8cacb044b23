"""时间线 tab: quick actions add events at the clock's now, the dialog edits them, delete asks."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from disputekit.domain.case.model import Case, Complainant, Event, EvidenceItem, Order, Respondent
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind, OrderStatus, Outcome, Problem
from disputekit.timeutil import SHANGHAI
from disputekit.ui.timeline.event_dialog import EventDialog, to_qdatetime
from disputekit.ui.timeline.timeline_tab import TimelineTab

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 120), "#3366cc").save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def tab(services, session, clock, qtbot):
    store = services.store
    stored = store.vault.add_bytes(_png(), "chat.png")
    case = Case(
        complainant=Complainant("张三", "13800000000", "北京市"),
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no="KM1",
            ordered_at=datetime(2026, 11, 20, 10, 15, tzinfo=SHANGHAI),
            status=OrderStatus.DELIVERED_NOT_CREDITED,
        ),
        problem=Problem.NOT_RECEIVED,
        events=[Event("ev1", datetime(2026, 11, 20, 10, 15, tzinfo=SHANGHAI), EventKind.ORDERED)],
        evidence=[EvidenceItem("e1", EvidenceKind.CHAT_LOG, caption="聊天", sha256=stored.sha256)],
    )
    clock.now = NOW
    session.select(store.cases.create(case))
    widget = TimelineTab(services, session)
    qtbot.addWidget(widget)
    return widget, session


def _accept_with(monkeypatch, edit=lambda dialog: None):
    def fake_exec(dialog: EventDialog) -> int:
        edit(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventDialog, "exec", fake_exec)


def test_quick_action_adds_event_at_clock_now_with_dialog_edits(tab, qtbot, monkeypatch):
    widget, session = tab

    def edit(dialog: EventDialog) -> None:
        assert dialog.kind_combo.currentData() == EventKind.CS_REFUSED
        dialog.note_edit.setPlainText("客服说已发货，不予处理")
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(Outcome.NEGATIVE))
        dialog.evidence_list.item(0).setCheckState(Qt.CheckState.Checked)

    _accept_with(monkeypatch, edit)
    with qtbot.waitSignal(session.case_changed):
        qtbot.mouseClick(widget.quick_buttons[EventKind.CS_REFUSED], Qt.MouseButton.LeftButton)
    added = session.case.latest(EventKind.CS_REFUSED)
    assert added is not None
    assert added.id == "ev2"
    assert added.at == NOW
    assert added.note == "客服说已发货，不予处理"
    assert added.outcome is Outcome.NEGATIVE
    assert added.evidence == ["e1"]
    assert widget.model.rowCount() == 2
    # The new event is selected, and its linked screenshot shows as a thumbnail.
    assert widget.table.currentIndex().row() == 1
    assert not widget.thumbs_box.isHidden()


def test_cancelled_dialog_adds_nothing(tab, qtbot, monkeypatch):
    widget, session = tab
    monkeypatch.setattr(EventDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    widget.quick_add(EventKind.APPEAL_FILED)
    assert [e.kind for e in session.case.events] == [EventKind.ORDERED]


def test_edit_changes_time_and_delete_asks(tab, qtbot, monkeypatch):
    widget, session = tab
    widget.table.selectRow(0)

    def edit(dialog: EventDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.PAID))
        dialog.at_edit.setDateTime(dialog.at_edit.dateTime().addSecs(600))

    _accept_with(monkeypatch, edit)
    with qtbot.waitSignal(session.case_changed):
        widget.edit_selected()
    (event,) = session.case.events
    assert event.kind is EventKind.PAID
    assert event.at == datetime(2026, 11, 20, 10, 25, tzinfo=SHANGHAI)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    widget.table.selectRow(0)
    widget.delete_selected()
    assert len(session.case.events) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(session.case_changed):
        widget.delete_selected()
    assert session.case.events == []
    assert widget.model.rowCount() == 0


def test_clicking_a_marker_selects_the_event(tab, qtbot, monkeypatch):
    widget, _ = tab
    _accept_with(monkeypatch)
    widget.quick_add(EventKind.CS_CONTACTED)
    widget.table.selectRow(0)
    qtbot.mouseClick(
        widget.strip, Qt.MouseButton.LeftButton, pos=widget.strip.marker_centre(1).toPoint()
    )
    assert widget.table.currentIndex().row() == 1
    assert widget.model.event_at(1).kind is EventKind.CS_CONTACTED


def test_events_model_passes_the_model_tester(tab, qtmodeltester):
    widget, _ = tab
    qtmodeltester.check(widget.model)


def test_a_refund_promise_asks_for_the_promised_date(tab, qtbot, monkeypatch):
    widget, session = tab

    def edit(dialog: EventDialog) -> None:
        assert dialog.kind_combo.currentData() == EventKind.REFUND_PROMISED
        assert dialog.promised_check.isVisibleTo(dialog)
        assert not dialog.promised_edit.isEnabled()
        dialog.promised_check.click()
        assert dialog.promised_edit.isEnabled()
        promised = datetime(2026, 11, 25, 18, 0, tzinfo=SHANGHAI)
        dialog.promised_edit.setDateTime(to_qdatetime(promised))

    _accept_with(monkeypatch, edit)
    with qtbot.waitSignal(session.case_changed):
        widget.quick_add(EventKind.REFUND_PROMISED)
    stored = services_case(session)
    promise = stored.latest(EventKind.REFUND_PROMISED)
    assert promise.promised_by == datetime(2026, 11, 25, 18, 0, tzinfo=SHANGHAI)
    assert promise.promised_by == datetime.fromisoformat("2026-11-25T18:00:00+08:00")


def test_the_promise_date_is_hidden_for_other_events(tab, qtbot):
    _widget, session = tab
    dialog = EventDialog(session.case, session.case.events[0])
    qtbot.addWidget(dialog)
    assert not dialog.promised_check.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.REFUND_PROMISED))
    assert dialog.promised_check.isVisibleTo(dialog)
    assert dialog.result_event().promised_by is None


def services_case(session):
    # Read back through the store, not the session's copy: the promise must be saved.
    return session.workspace.case(session.case_id)


def test_a_rejection_records_whether_only_materials_were_missing(tab, qtbot):
    _widget, session = tab
    dialog = EventDialog(session.case, session.case.events[0])
    qtbot.addWidget(dialog)
    assert not dialog.materials_check.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.COMPLAINT_REJECTED))
    assert dialog.materials_check.isVisibleTo(dialog)
    assert dialog.result_event().reason == "other"
    dialog.materials_check.click()
    assert dialog.result_event().reason == "missing_materials"


def _with_withheld_original(session):
    """e1 becomes a withheld original replaced by its redacted copy e2; a bill is e3."""
    import dataclasses

    case = session.case
    original = dataclasses.replace(case.evidence[0], withheld=True)
    copy = dataclasses.replace(case.evidence[0], id="e2", caption="聊天（已打码）", withheld=False)
    bill = dataclasses.replace(case.evidence[0], id="e3", kind=EvidenceKind.PAYMENT_RECORD)
    event = dataclasses.replace(case.events[0], evidence=["e1", "e3"])
    session.save(dataclasses.replace(case, evidence=[original, copy, bill], events=[event]))


def test_exhibits_carry_the_packet_s_number_and_withheld_originals_are_tagged(tab, qtbot):
    widget, session = tab
    _with_withheld_original(session)
    # The timeline's exhibit column numbers as the packet does: the bill is 证据2, not 证据3.
    texts = " ".join(
        str(widget.model.index(0, c).data()) for c in range(widget.model.columnCount())
    )
    assert "证据2" in texts and "证据3" not in texts and "不外发" in texts
    dialog = EventDialog(session.case, session.case.events[0])
    qtbot.addWidget(dialog)
    rows = [dialog.evidence_list.item(i) for i in range(dialog.evidence_list.count())]
    assert [r.text().split("  ")[0] for r in rows] == ["不外发", "证据1", "证据2"]
    assert rows[0].toolTip() == "内部编号：e1"
    # The original is linked: a warning says the packet leaves it out; unlinking clears it.
    assert dialog.withheld_warning.isVisibleTo(dialog)
    rows[0].setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.withheld_warning.isVisibleTo(dialog)
    rows[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.withheld_warning.isVisibleTo(dialog)


def test_the_evidence_tiles_number_as_the_packet(services, session, qtbot):
    from disputekit.ui.evidence.evidence_model import EvidenceModel

    items = [
        EvidenceItem("e1", EvidenceKind.CHAT_LOG, caption="聊天", withheld=True),
        EvidenceItem("e2", EvidenceKind.CHAT_LOG, caption="聊天（已打码）"),
        EvidenceItem("e3", EvidenceKind.PAYMENT_RECORD, caption="支付宝账单"),
    ]
    model = EvidenceModel(services.workspace)
    model.set_items(items)
    heads = [model.index(r).data().split("\n")[0] for r in range(3)]
    assert heads == ["不外发 · 客服聊天记录", "证据1 · 客服聊天记录", "证据2 · 支付记录"]
    assert "内部编号：e3" in model.index(2).data(Qt.ItemDataRole.ToolTipRole)
