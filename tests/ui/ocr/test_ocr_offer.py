"""Screenshot OCR in the evidence tab: offered after intake, confirmed field by field, cached.

The engine is replaced by a double that returns fixed text lines (the extraction itself is
tested in tests/domain/test_ocr_fields.py, the real engine in tests/ocr/)."""

from __future__ import annotations

import importlib.util
import sys
import threading
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from disputekit.domain.case.field_sources import field_sources
from disputekit.domain.case.parts import FieldSource
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.domain.ocr.ocr_fields import TextBox
from disputekit.ocr import ScreenReader
from disputekit.timeutil import SHANGHAI
from disputekit.ui.evidence.evidence_tab import EvidenceTab
from disputekit.ui.ocr.ocr_proposals_model import COL_USE, COL_VALUE
from disputekit.ui.shared.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")

LINES = [
    TextBox("-98.50", 40, 40, 120, 40, 0.99),
    TextBox("支付时间", 10, 120, 60, 16, 0.99),
    TextBox("2026-11-21 09:30:05", 90, 120, 100, 16, 0.97),
    TextBox("订单号", 10, 150, 40, 16, 0.99),
    TextBox("2026112122001412345678901234", 60, 150, 130, 16, 0.99),
    TextBox("商家订单号", 10, 180, 60, 16, 0.99),
    TextBox("KM2026112100999", 110, 180, 80, 16, 0.96),
]


class FakeEngine:
    """Returns LINES for any image; counts the readings; can be held until released."""

    def __init__(self) -> None:
        self.calls = 0
        self.gate: threading.Event | None = None

    def read(self, path: Path) -> list[TextBox]:
        self.calls += 1
        if self.gate is not None:
            self.gate.wait(10)
        return list(LINES)


@pytest.fixture
def engine(services, tmp_path):
    fake = FakeEngine()
    services.ocr = ScreenReader(fake, tmp_path / "ocr-cache")
    return fake


def make_tab(services, session, qtbot):
    case_id = services.store.cases.create(helpers.make_case(order_no=""))
    session.select(case_id)
    tab = EvidenceTab(services, session)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def tick(qtbot, dialog, row):
    """Tick a row's box the way a keyboard user does: select its cell, press Space."""
    dialog.table.setCurrentIndex(dialog.model.index(row, COL_USE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)


def test_new_screenshot_offers_fields_and_fills_only_the_ticked_ones(
    engine, services, session, qtbot, tmp_path
):
    tab = make_tab(services, session, qtbot)
    tab.next_kind.set_value(EvidenceKind.PAYMENT_RECORD.value)
    tab.add_paths([helpers.png(tmp_path / "pay.png", size=(200, 220))])
    dialog = tab.ocr_bar.dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    rows = {
        model.index(r, 1).data(): model.index(r, COL_VALUE).data() for r in range(model.rowCount())
    }
    assert rows == {
        "订单号": "KM2026112100999",
        "支付交易号": "2026112122001412345678901234",
        "实付金额": "98.50",
        "下单时间": "2026-11-21 09:30:05",
    }
    # Each value sits next to the crop of its box, and the box is drawn on the image.
    crop = model.index(0, 2).data(Qt.ItemDataRole.DecorationRole)
    assert not crop.isNull() and crop.height() == 40
    assert len(dialog.image_view.outlines) == 4
    assert model.chosen() == [] and not dialog.fill_button.isEnabled()
    assert session.case.order.order_no == ""  # nothing filled before confirming

    by_title = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    for title in ("订单号", "实付金额", "下单时间"):
        tick(qtbot, dialog, by_title[title])
    assert dialog.fill_button.isEnabled()
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)

    case = services.store.cases.get(session.case_id)
    item_id = case.evidence[0].id
    assert case.order.order_no == "KM2026112100999"
    assert case.order.amount_paid == Decimal("98.50")
    assert case.order.ordered_at == datetime(2026, 11, 21, 9, 30, 5, tzinfo=SHANGHAI)
    assert case.order.transaction_no == ""  # left unticked
    assert field_sources(case)["order.order_no"] == FieldSource(
        item_id, (110, 180, 80, 16), value="KM2026112100999"
    )
    assert set(field_sources(case)) == {"order.order_no", "order.amount_paid", "order.ordered_at"}
    assert "3" in tab.ocr_bar.note.text()

    # Reading the same screenshot again comes from the cache (one engine run in all).
    assert tab.ocr_bar.read_button.isVisible() and tab.ocr_bar.read_button.isEnabled()
    qtbot.mouseClick(tab.ocr_bar.read_button, Qt.MouseButton.LeftButton)
    assert engine.calls == 1
    assert tab.ocr_bar.dialog is not dialog and tab.ocr_bar.dialog.isVisible()
    tab.ocr_bar.dialog.reject()


def test_cancelling_the_dialog_changes_nothing(engine, services, session, qtbot, tmp_path):
    tab = make_tab(services, session, qtbot)
    tab.next_kind.set_value(EvidenceKind.ORDER_SCREENSHOT.value)
    tab.add_paths([helpers.png(tmp_path / "order.png", size=(200, 220))])
    dialog = tab.ocr_bar.dialog
    tick(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    case = services.store.cases.get(session.case_id)
    assert case.order.order_no == "" and field_sources(case) == {}


def test_chat_screenshots_are_not_offered(engine, services, session, qtbot, tmp_path):
    tab = make_tab(services, session, qtbot)
    tab.next_kind.set_value(EvidenceKind.CHAT_LOG.value)
    tab.add_paths([helpers.png(tmp_path / "chat.png")])
    assert tab.ocr_bar.dialog is None and engine.calls == 0


def test_without_the_extra_one_line_says_how_to_install(services, session, qtbot):
    assert services.ocr is None
    tab = make_tab(services, session, qtbot)
    assert not tab.ocr_bar.read_button.isVisibleTo(tab)
    assert "pip install 'disputekit[ocr]'" in tab.ocr_bar.note.text()
    assert tab.ocr_bar.note.text().startswith("读取截图")


def test_reading_can_be_cancelled(engine, services, session, qtbot, tmp_path):
    services.tasks = TaskRunner(synchronous=False)
    tab = make_tab(services, session, qtbot)
    tab.next_kind.set_value(EvidenceKind.OTHER.value)
    shot = helpers.png(tmp_path / "slow.png")
    stored = services.store.vault.add_file(shot)
    item = services.store.cases.add_evidence(session.case_id, stored, kind=EvidenceKind.OTHER)
    session.store_changed()
    engine.gate = threading.Event()
    tab.ocr_bar.set_item(item)
    tab.ocr_bar.offer(quiet=False)
    progress = tab.ocr_bar.findChild(QProgressDialog)
    assert progress is not None
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    engine.gate.set()
    qtbot.waitUntil(lambda: "取消" in tab.ocr_bar.note.text())
    assert tab.ocr_bar.dialog is None
    services.tasks.wait_all()


def test_proposal_model_passes_the_model_tester(engine, services, session, qtbot, tmp_path,
                                                qtmodeltester):  # fmt: skip
    tab = make_tab(services, session, qtbot)
    tab.next_kind.set_value(EvidenceKind.PAYMENT_RECORD.value)
    tab.add_paths([helpers.png(tmp_path / "pay.png", size=(200, 220))])
    qtmodeltester.check(tab.ocr_bar.dialog.model)
    tab.ocr_bar.dialog.reject()


def test_an_engine_without_its_models_says_so_in_the_ui_language(
    services, session, qtbot, tmp_path, qapp
):
    from disputekit.ocr.engine import OcrEngine
    from disputekit.ui.shared.language.i18n import ENGLISH, install_language

    services.ocr = ScreenReader(OcrEngine(model_dir=tmp_path / "no-models"), None)
    tab = make_tab(services, session, qtbot)
    stored = services.store.vault.add_file(helpers.png(tmp_path / "shot.png"))
    item = services.store.cases.add_evidence(session.case_id, stored, kind=EvidenceKind.OTHER)
    session.store_changed()
    tab.ocr_bar.set_item(item)
    tab.ocr_bar.offer(quiet=False)
    assert "文字识别" in tab.ocr_bar.note.text()
    install_language(qapp, ENGLISH)
    tab.ocr_bar.offer(quiet=False)
    note = tab.ocr_bar.note.text()
    assert note.startswith("The screenshot could not be read: OCR "), note
    assert "is not installed" in note or "model files are missing" in note
