"""The workspace: the one door a window has to the data folder."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from disputekit.app.case_errors import CaseUnreadable, NoSuchCase
from disputekit.app.cases import list_cases
from disputekit.app.workspace import PacketDefaults, Workspace
from disputekit.domain.case.model import Case, Event, Order
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PaymentMethod
from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.bundles.bundle import verify_bundle
from disputekit.timeutil import SHANGHAI
from tests.domain.factories import make_case


def test_run_takes_only_use_cases_of_the_app(store: Store) -> None:
    workspace = Workspace(store)
    case_id = workspace.new_case(make_case())
    assert [row.id for row in workspace.run(list_cases)] == [case_id]
    for not_a_use_case in (verify_bundle, lambda s: s.db, Store.calendar):
        with pytest.raises(TypeError, match=r"not a use case of disputekit\.app"):
            workspace.run(not_a_use_case)


def test_a_missing_or_damaged_case_is_an_app_error_with_the_store_s_words(store: Store) -> None:
    workspace = Workspace(store)
    with pytest.raises(NoSuchCase) as missing:
        workspace.case(99)
    assert missing.value.case_id == 99
    assert str(missing.value) == "没有编号为 99 的案件"
    assert render(missing.value.text, "en") == "No case with id 99"
    broken = workspace.new_case(make_case())
    store.db.execute("UPDATE cases SET doc_json = '[1,2]' WHERE id = ?", [broken])
    with pytest.raises(CaseUnreadable) as damaged:
        workspace.case(broken)
    assert damaged.value.case_id == broken
    with pytest.raises(NoSuchCase):
        workspace.delete_case(99)


def test_a_worker_s_connection_is_its_own_and_sees_what_was_saved(store: Store) -> None:
    workspace = Workspace(store)
    case = make_case()
    case_id = workspace.new_case(case)
    case.order.product = "点卡 50 元"
    workspace.save_case(case_id, case)
    with workspace.on_own_connection() as own:
        assert own is not workspace
        assert own.case(case_id).order.product == "点卡 50 元"
        own.delete_case(case_id)
    with pytest.raises(NoSuchCase):
        workspace.case(case_id)


def test_settings_are_kept_and_a_new_calendar_re_judges_the_cached_deadlines(
    store: Store,
) -> None:
    workspace = Workspace(store)
    assert workspace.packet_defaults() == PacketDefaults(None, None, 150)
    assert workspace.default_complainant() == {}
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
    case_id = workspace.new_case(case)

    def next_due() -> date | None:
        (row,) = [r for r in workspace.run(list_cases) if r.id == case_id]
        return row.next_due_at.date() if row.next_due_at else None

    assert next_due() == date(2026, 11, 26)
    day_off = {date(2026, 11, 25): False}
    workspace.save_settings(day_off, {"name": "李四"}, PacketDefaults(5.0, 40, 200))
    assert next_due() == date(2026, 11, 27)
    assert workspace.calendar_overrides() == day_off
    assert workspace.default_complainant() == {"name": "李四"}
    assert workspace.packet_defaults() == PacketDefaults(5.0, 40, 200)
