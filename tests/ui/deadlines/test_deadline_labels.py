"""Deadline kinds are shown by their label in the interface language, never by their id."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from disputekit.domain.case.model import Case, Event, Order, Respondent
from disputekit.domain.case.vocabulary import DeadlineKind, EventKind, OrderStatus, PaymentMethod
from disputekit.domain.deadlines.case_deadlines import find
from disputekit.domain.deadlines.rulebook import RulebookError, parse_rulebook
from disputekit.resources import asset
from disputekit.timeutil import SHANGHAI
from disputekit.ui.cases.case_list_model import CaseListModel, Column
from disputekit.ui.deadlines.deadlines_model import COL_LABEL
from disputekit.ui.deadlines.deadlines_tab import DeadlinesTab
from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language


def sh(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


def test_every_kind_has_its_own_label_in_both_languages():
    kinds = len(DeadlineKind)
    assert len({k.zh for k in DeadlineKind}) == len({k.en for k in DeadlineKind}) == kinds
    for kind in DeadlineKind:
        assert kind.zh != kind.value and kind.en != kind.value, kind


def test_a_misspelt_kind_is_an_error_not_a_silent_miss():
    with pytest.raises(ValueError, match="refund_dué"):
        find([], "refund_dué")


def test_rules_data_with_an_unknown_kind_is_named():
    data = json.loads(asset("legal", "rules_12315.json").read_text("utf-8"))
    data["rules"][1]["kind"] = "arbitration_due"
    with pytest.raises(RulebookError, match=r"rules\[1\]\.kind: 'arbitration_due'"):
        parse_rulebook(data)


@pytest.fixture
def contacted(services, clock):
    """A case whose customer-service review (24 h) is due 2026-11-26 09:00; clock: 11-25 10:00."""
    case = Case(
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no="KM1",
            ordered_at=sh(2026, 11, 20, 9, 0),
            payment_method=PaymentMethod.ALIPAY,
            status=OrderStatus.DELIVERED_NOT_CREDITED,
        ),
        events=[Event("e1", sh(2026, 11, 25, 9, 0), EventKind.CS_CONTACTED)],
    )
    return services.store.cases.create(case)


def test_list_tooltip_and_deadlines_tab_name_the_kind(services, session, contacted, qapp, qtbot):
    model = CaseListModel(services.workspace, services.clock)
    model.reload()
    cell = model.index(model.row_of(contacted), Column.DEADLINE)
    session.select(contacted)
    tab = DeadlinesTab(services, session)
    qtbot.addWidget(tab)
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.row(r).deadline.kind == "cs_review_due"
    )
    label = tab.model.index(row, COL_LABEL)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "客服审核答复期限 (即将到期)"
    assert label.data() == "客服审核答复期限"
    install_language(qapp, ENGLISH)
    try:
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Customer service reply due (Due soon)"
        assert label.data() == "Customer service reply due"
    finally:
        install_language(qapp, CHINESE)


def test_a_kind_this_version_does_not_know_is_shown_as_stored(services, contacted):
    services.store.db.execute(
        "UPDATE cases SET next_due_kind = 'arbitration_due' WHERE id = ?", [contacted]
    )
    model = CaseListModel(services.workspace, services.clock)
    model.reload()
    cell = model.index(model.row_of(contacted), Column.DEADLINE)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "arbitration_due (即将到期)"
