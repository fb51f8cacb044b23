"""The bill import dialog, driven as a user would: choose the zip, type the password, pick
the row, import; and the File menu entry that opens it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QLineEdit

from disputekit.bills.read import read_bill_bytes
from disputekit.domain.case.model import Case, Order
from disputekit.domain.case.vocabulary import EventKind, EvidenceKind
from disputekit.ui.bills.bill_import_dialog import BillImportDialog
from disputekit.ui.bills.bill_rows_model import COL_AMOUNT, BillRowsModel
from disputekit.ui.shared.session import CaseSession
from tests.support import bill_samples as samples

ROWS = samples.sample_rows(6)
PASSWORD = "802211"


@pytest.fixture
def bill_zip(tmp_path: Path) -> Path:
    path = tmp_path / "微信支付账单流水文件(20261101-20261130).zip"
    xlsx = samples.wechat_xlsx(ROWS, header_row=18)
    path.write_bytes(samples.zipped("微信支付账单(20261101-20261130).xlsx", xlsx, PASSWORD))
    return path


class Passwords(list):
    """Answers for the password prompt, in order; `asked` records the prompts shown."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> Passwords:
    answers = Passwords()

    def fake(_parent: Any, _title: str, label: str, echo: QLineEdit.EchoMode) -> tuple[str, bool]:
        assert echo == QLineEdit.EchoMode.Password
        answers.asked.append(label)
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake))
    return answers


def _dialog(services: Any, session: CaseSession, qtbot: Any) -> BillImportDialog:
    dialog = BillImportDialog(services, session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_rows_model_passes_the_model_tester(services: Any, qtmodeltester: Any) -> None:
    model = BillRowsModel()
    bill = read_bill_bytes(samples.alipay_csv(ROWS), "a.csv")
    model.set_rows(bill.rows, matched=2)
    qtmodeltester.check(model)
    assert model.data(model.index(1, COL_AMOUNT)) == "80.19"
    assert model.headerData(COL_AMOUNT, Qt.Orientation.Horizontal) == "金额"


def test_choose_zip_give_password_attach_to_current_case(
    services: Any, session: CaseSession, qtbot: Any, dialogs: Any, passwords: Passwords,
    bill_zip: Path,
) -> None:
    case_id = services.store.cases.create(
        Case(order=Order(order_no="KM20261120000003", product="网易一卡通"))
    )
    session.select(case_id)
    dialog = _dialog(services, session, qtbot)
    assert not dialog.import_button.isEnabled()
    assert dialog.attach_radio.isChecked()

    passwords.extend(["000000", PASSWORD])  # a typo first, then the right one
    dialogs.open_file = str(bill_zip)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    assert len(passwords.asked) == 2
    assert passwords.asked[1].startswith("密码不对。\n「微信支付账单流水文件")
    assert dialog.proxy.rowCount() == 6
    assert dialog.matched == 4
    assert dialog.selected_rows() == [4]  # the case's row, preselected
    assert "第 4 行是当前案件的订单，已选中。" in dialog.note.text()
    assert "微信支付账单(20261101-20261130).xlsx" in dialog.file_label.text()
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (result,) = imported.args[0]
    assert result.filled == ["transaction_no", "amount_paid", "payment_method", "paid_at"]

    case = services.store.cases.get(case_id)
    assert case.order.transaction_no == "2026112022001000000000000003"
    assert case.order.amount_paid == Decimal("238.57")
    assert case.events_of(EventKind.PAID)[0].at.isoformat() == "2026-11-20T07:53:57+08:00"
    (item,) = case.evidence
    assert item.kind is EvidenceKind.PAYMENT_RECORD and item.source == "official_export"
    assert session.case is not None and session.case.order.amount_paid == Decimal("238.57")


def test_new_case_per_selected_row(
    services: Any, session: CaseSession, qtbot: Any, dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "alipay.csv"
    path.write_bytes(samples.alipay_csv(ROWS))
    dialog = _dialog(services, session, qtbot)
    assert not dialog.attach_radio.isEnabled() and dialog.new_radio.isChecked()
    dialog.load(path)
    assert dialog.attach_radio.text() == "附加到当前案件（没有选择案件）"
    dialog.filter.setText("速达")  # rows 2 and 6
    assert dialog.proxy.rowCount() == 2
    dialog.view.selectAll()
    assert dialog.selected_rows() == [2, 6]
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    ids = [r.case_id for r in imported.args[0]]
    numbers = [services.store.cases.get(i).order.order_no for i in ids]
    assert numbers == ["KM20261120000001", "KM20261120000005"]


def test_attach_takes_one_row(
    services: Any, session: CaseSession, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "alipay.csv"
    path.write_bytes(samples.alipay_csv(ROWS))
    session.select(services.store.cases.create(Case(order=Order(order_no="X"))))
    dialog = _dialog(services, session, qtbot)
    dialog.load(path)
    assert dialog.matched is None and dialog.selected_rows() == []
    assert "账单中没有一行与当前案件的订单号" in dialog.note.text()
    dialog.select_rows([1, 2])
    assert not dialog.import_button.isEnabled()  # one case, one order
    dialog.new_radio.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_not_a_bill_and_cancelled_password_are_said_in_the_dialog(
    services: Any, session: CaseSession, qtbot: Any, passwords: Passwords, tmp_path: Path,
    bill_zip: Path,
) -> None:
    other = tmp_path / "people.csv"
    other.write_text("name,age\nbob,3\n", encoding="utf-8")
    dialog = _dialog(services, session, qtbot)
    dialog.load(other)
    assert "不是支付宝或微信支付账单" in dialog.error.text()
    assert dialog.bill is None and not dialog.import_button.isEnabled()
    dialog.load(bill_zip)  # the prompt is cancelled (no answers)
    assert "有密码" in dialog.error.text()


def test_a_resaved_bill_is_explained_in_the_ui_language(
    services: Any, session: CaseSession, qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    from disputekit.ui.shared.language.i18n import ENGLISH, install_language

    path = tmp_path / "微信支付账单.csv"
    path.write_bytes(samples.wechat_csv(ROWS, bom=False, preamble=False))
    dialog = _dialog(services, session, qtbot)
    dialog.load(path)
    assert dialog.warning.isVisible()
    assert "（缺少账单开头的账户和时间段说明；编码为 UTF-8，微信支付导出为带 BOM 的 UTF-8）" in (
        dialog.warning.text()
    )
    install_language(qapp, ENGLISH)
    text = dialog.warning.text()
    assert text.startswith(
        "This file is no longer the original export (it has no preamble (the export starts "
        "with the account and the period); it is UTF-8, while WeChat Pay exports UTF-8 with a "
        "BOM). "
    ), text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)  # no Chinese left over


def test_file_menu_entry_and_window_drop(main_window: Any, qtbot: Any, bill_zip: Path,
                                         passwords: Passwords) -> None:
    main_window.add_late_parts()
    parts = main_window.findChild(object, "billParts")
    assert parts.import_action in main_window.menu("file").actions()
    assert parts.import_action.text().startswith("导入支付账单")

    passwords.append(PASSWORD)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bill_zip))])
    drop = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a real drop only inside a drag it started; the filter is called as Qt would.
    assert parts.eventFilter(main_window, drop) is True
    dialog = parts.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.proxy.rowCount() == 6
    dialog.select_rows([3])
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    case_id = main_window.session.case_id
    assert case_id is not None
    assert main_window.services.store.cases.get(case_id).order.order_no == "KM20261120000002"
    assert main_window.current_tab_key() == "evidence"


def test_a_bill_evidence_item_opens_as_a_document(
    services: Any, session: CaseSession, qtbot: Any
) -> None:
    from disputekit.app.evidence.bill_import import create_cases
    from disputekit.ui.evidence.image_viewer import ImageViewer

    bill = read_bill_bytes(samples.alipay_csv(ROWS), "alipay.csv")
    (result,) = create_cases(services.store, bill, [1])
    session.select(result.case_id)
    assert session.case is not None
    viewer = ImageViewer(services, session, session.case.evidence[0], None)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.is_sheet and not viewer.view.isVisible() and not viewer.toolbar.isVisible()
    assert viewer.open_external.text() == "用表格软件打开"
    assert "CSV" in viewer.facts.text()


def test_summary_names_filled_and_contradicted_fields(services: Any) -> None:
    from disputekit.app.evidence.bill_import import AttachResult
    from disputekit.ui.bills.bill_import_texts import summary

    bill = read_bill_bytes(samples.alipay_csv(ROWS), "a.csv")
    result = AttachResult(
        3, "e2", [bill.rows[1]], "merchant_order_no", ["transaction_no", "paid_at"],
        differs=[("amount_paid", "49.20", "80.19")],
    )
    assert summary([result]) == (
        "账单已作为本案件的证据 e2；已按第 2 行填写：交易单号、付款时间。"
        "注意：案件中的实付金额为 49.20，账单为 80.19（未改动案件）。"
    )


def test_a_bill_zip_dropped_on_the_evidence_tab_opens_the_import(
    main_window: Any, qtbot: Any, bill_zip: Path, passwords: Passwords
) -> None:
    main_window.add_late_parts()
    store = main_window.services.store
    case_id = store.cases.create(Case(order=Order(order_no="KM20261120000001")))
    main_window.case_list.reload()
    main_window.request_case(case_id)
    main_window.show_tab("evidence")
    tab = main_window.tab("evidence")
    passwords.append(PASSWORD)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bill_zip))])
    tab.dropEvent(
        QDropEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    dialog = main_window.findChild(object, "billParts").dialog
    assert dialog is not None and dialog.matched == 2
    assert main_window.services.store.cases.get(case_id).evidence == []  # nothing yet
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    case = main_window.services.store.cases.get(case_id)
    assert case.order.amount_paid == Decimal("80.19")
    assert [e.kind for e in case.evidence] == [EvidenceKind.PAYMENT_RECORD]
