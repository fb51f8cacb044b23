"""设置: overrides move cached deadlines; my details and packet defaults are stored and used."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from disputekit.app.workspace import Workspace
from disputekit.domain.case.model import Case, Event, Order
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PaymentMethod
from disputekit.timeutil import SHANGHAI
from disputekit.ui.packet.packet_options import BudgetBox
from disputekit.ui.shell.settings_dialog import SettingsDialog


def test_extra_day_off_moves_the_cached_next_deadline(store, qtbot):
    case = Case(
        order=Order(
            order_no="KM1",
            payment_method=PaymentMethod.ALIPAY,
            ordered_at=datetime(2026, 11, 20, 9, 0, tzinfo=SHANGHAI),
            status=OrderStatus.CANCELLED,
        ),
        # Cancelled Monday 11-23: 3 working days → end of Thursday 11-26.
        events=[Event("ev1", datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI), EventKind.CANCELLED)],
    )
    case_id = store.cases.create(case)
    (before,) = [s for s in store.cases.list() if s.id == case_id]
    assert before.next_due_at.date() == date(2026, 11, 26)

    dialog = SettingsDialog(Workspace(store), date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 11, 25))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(False))
    dialog.add_button.click()
    assert dialog.overrides.rowCount() == 1
    dialog.accept()

    assert store.settings.calendar_overrides() == {date(2026, 11, 25): False}
    (after,) = [s for s in store.cases.list() if s.id == case_id]
    assert after.next_due_at.date() == date(2026, 11, 27)


def test_remove_override_and_defaults_are_saved_and_used(store, qtbot):
    store.settings.set_calendar_overrides({date(2026, 12, 31): False})
    dialog = SettingsDialog(Workspace(store), date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.overrides_view.setCurrentIndex(dialog.overrides.index(0, 0))
    dialog.remove_button.click()
    dialog.own_edits["name"].setText("李志愿")
    dialog.own_edits["phone"].setText("13900000000")
    dialog.packet_box.max_mb_spin.setValue(8)
    dialog.packet_box.dpi_spin.setValue(120)
    dialog.accept()
    assert store.settings.calendar_overrides() == {}
    assert store.settings.get("default_complainant")["name"] == "李志愿"
    assert store.settings.get("packet_defaults") == {"max_mb": 8.0, "max_pages": None, "dpi": 120}

    budget = BudgetBox(Workspace(store).packet_defaults())
    qtbot.addWidget(budget)
    assert (budget.options().max_mb, budget.options().dpi) == (8.0, 120)
    # Ticking 代他人投诉 on the order form prefills these details: tests/ui/shell/test_traps.py.


def test_cancel_changes_nothing(store, qtbot):
    dialog = SettingsDialog(Workspace(store), date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    dialog.reject()
    assert store.settings.calendar_overrides() == {}


def test_overrides_model_tester(store, qtbot, qtmodeltester):
    store.settings.set_calendar_overrides({date(2026, 12, 31): False, date(2027, 1, 9): True})
    dialog = SettingsDialog(Workspace(store), date(2026, 11, 25))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.overrides)
    assert "2027-01-09" in dialog.overrides.data(dialog.overrides.index(1, 0))


def test_menus_offer_reminders_dashboard_and_settings(main_window, monkeypatch, qtbot):
    from PySide6.QtWidgets import QDialog

    from disputekit.ui.shell.tool_windows import ToolWindows

    view = [a.text() for a in main_window.menu("view").actions()]
    edit = [a.text() for a in main_window.menu("edit").actions()]
    assert {"到期提醒…", "志愿者总览…"} <= set(view)
    assert "设置…" in edit
    parts = main_window.findChild(ToolWindows)

    def save_and_accept(dialog: SettingsDialog) -> int:
        dialog.own_edits["name"].setText("李志愿")
        dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", save_and_accept)
    with qtbot.waitSignal(main_window.session.cases_changed):
        parts.settings_action.trigger()
    assert main_window.services.store.settings.get("default_complainant")["name"] == "李志愿"
