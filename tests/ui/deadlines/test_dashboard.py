"""志愿者总览: the counts match the store; selected cases export as verifiable bundles."""

from __future__ import annotations

import io
from collections import Counter
from decimal import Decimal

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel

from disputekit.app.bundles import bundle_name
from disputekit.domain.case.model import Case, Claims, Event, EvidenceItem, Order, Respondent
from disputekit.domain.case.vocabulary import (
    Channel,
    EventKind,
    EvidenceKind,
    OrderStatus,
    PaymentMethod,
    Problem,
)
from disputekit.store.bundles.bundle import verify_bundle
from disputekit.ui.deadlines.dashboard import Dashboard
from tests.domain.factories import at
from tests.support.shipped import advise


def _case(n: int, status: OrderStatus, problem: Problem, *events: Event, claim=None) -> Case:
    return Case(
        respondent=Respondent(platform="某某卡盟"),
        order=Order(
            order_no=f"KM{n:03d}",
            amount_paid=Decimal("10.00") * n,
            ordered_at=at(2026, 11, 1, 9, 0),
            payment_method=PaymentMethod.ALIPAY,
            status=status,
        ),
        problem=problem,
        claims=Claims(refund_amount=claim),
        events=list(events),
    )


@pytest.fixture
def ids(store):
    buf = io.BytesIO()
    Image.new("RGB", (30, 60), "#448844").save(buf, "PNG")
    sha = store.vault.add_bytes(buf.getvalue(), "order.png").sha256
    first = _case(1, OrderStatus.PENDING_DELIVERY, Problem.MISTAKEN_ORDER)
    first.evidence = [
        EvidenceItem("e1", EvidenceKind.ORDER_SCREENSHOT, "evidence/order.png", sha256=sha)
    ]
    return [
        store.cases.create(first),
        store.cases.create(
            _case(
                2,
                OrderStatus.DELIVERED_NOT_CREDITED,
                Problem.NOT_RECEIVED,
                Event("ev1", at(2026, 11, 2, 9, 0), EventKind.CS_CONTACTED),
                claim=Decimal("15.00"),
            )
        ),
        store.cases.create(
            _case(
                3,
                OrderStatus.CANCELLED,
                Problem.NO_LONGER_NEEDED,
                Event("ev1", at(2026, 11, 3, 9, 0), EventKind.CANCELLED),
                Event("ev2", at(2026, 11, 4, 9, 0), EventKind.REFUND_RECEIVED),
            )
        ),
        store.cases.create(
            _case(
                4,
                OrderStatus.DELIVERED_NOT_CREDITED,
                Problem.NOT_RECEIVED,
                Event("ev1", at(2026, 11, 5, 9, 0), EventKind.CS_REFUSED),
            )
        ),
    ]


@pytest.fixture
def dashboard(services, ids, qtbot):
    widget = Dashboard(services)
    qtbot.addWidget(widget)
    return widget


def test_counts_match_the_store(dashboard, store, clock):
    stats = dashboard.stats
    summaries = store.cases.list()
    assert stats.total == len(summaries) == 4
    assert stats.by_status == Counter(s.status for s in summaries)
    assert stats.by_status[OrderStatus.DELIVERED_NOT_CREDITED] == 2
    today = clock().date()
    expected_channels = Counter(
        advise(store.cases.get(s.id), today, store.calendar()).channel for s in summaries
    )
    assert stats.by_channel == expected_channels
    assert stats.by_channel[Channel.PLATFORM_APPEAL] >= 1
    # Case 2's 24-hour review ran out on 11-03: a platform period, not a legal deadline.
    assert (stats.counts.overdue, stats.counts.platform_overdue) == (0, 1)
    # Claimed: 10 + 15 (the refund asked for, not the 20 paid) + 30 + 40; refunded: case 3.
    assert stats.claimed == Decimal("95.00")
    assert stats.refunded == Decimal("30.00")
    assert str(stats.total) in dashboard.total_label.text()
    assert "¥95.00" in dashboard.claimed_label.text()
    bars = dict(dashboard.status_chart.bars)
    assert sum(bars.values()) == 4


def test_bulk_export_writes_a_verifiable_bundle_per_selected_case(dashboard, ids, tmp_path):
    selection = dashboard.table.selectionModel()
    for case_id in ids[:2]:
        row = dashboard.cases.row_of(case_id)
        selection.select(
            dashboard.cases.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(dashboard.selected_ids()) == sorted(ids[:2])
    out = tmp_path / "bundles"
    out.mkdir()
    dashboard.export_selected(out)
    assert sorted(p.name for p in dashboard.exported) == sorted(
        bundle_name(i, f"KM{n:03d}") for n, i in enumerate(ids[:2], start=1)
    )
    for path in dashboard.exported:
        assert path.is_file()
        assert verify_bundle(path) == []


def test_complainants_sharing_a_phone_are_flagged(services, store, qtbot):
    from disputekit.domain.case.model import Complainant

    first = _case(5, OrderStatus.DELIVERED_NOT_CREDITED, Problem.NOT_RECEIVED)
    first.complainant = Complainant("王五", "13900000000", "北京市某路1号")
    second = _case(6, OrderStatus.DELIVERED_NOT_CREDITED, Problem.NOT_RECEIVED)
    second.complainant = Complainant("赵六", "139 0000 0000", "上海市某路2号")
    alone = _case(7, OrderStatus.DELIVERED_NOT_CREDITED, Problem.NOT_RECEIVED)
    alone.complainant = Complainant("孙七", "13700000000", "广州市某路3号")
    a, b = store.cases.create(first), store.cases.create(second)
    store.cases.create(alone)
    widget = Dashboard(services)
    qtbot.addWidget(widget)
    assert sorted(widget.stats.shared_contacts) == [(a, "KM005"), (b, "KM006")]
    assert not widget.contacts_label.isHidden()
    assert f"#{a} KM005" in widget.contacts_label.text()
    assert "KM007" not in widget.contacts_label.text()


def test_bulk_export_reports_back_with_a_way_to_the_folder(dashboard, ids, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    dashboard.table.selectAll()
    out = tmp_path / "bundles"
    out.mkdir()
    assert not dashboard.open_export_button.isVisibleTo(dashboard)
    dashboard.export_selected(out)
    assert dashboard.export_result.text() == f"已导出 {len(ids)} 个案件包到 {out}。"
    assert dashboard.open_export_button.isVisibleTo(dashboard)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dashboard.open_export_button.click()
    assert opened == [str(out)]


def test_the_cases_table_names_the_buyer_first_as_the_main_list_does(dashboard):
    from disputekit.ui.cases.case_list_model import SHOWN_ORDER

    header = dashboard.table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count())]
    assert shown == list(SHOWN_ORDER)
