"""材料 tab: a packet built through the builder opens in the preview with its page count; the
fill sheet copies each field; blockers jump to where they are fixed; exhibits reorder."""

from __future__ import annotations

import dataclasses
import io
import random
from datetime import datetime
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from disputekit.domain.case.model import (
    Case,
    Claims,
    Complainant,
    Event,
    EvidenceItem,
    FiledBy,
    Order,
    Respondent,
)
from disputekit.domain.case.vocabulary import (
    EventKind,
    EvidenceKind,
    OrderStatus,
    PacketKind,
    PaymentMethod,
    Problem,
)
from disputekit.ui.packet.packet_tab import PacketBuilderTab
from disputekit.ui.shared.language.i18n import CHINESE, ENGLISH, install_language
from tests.domain.factories import at


def _png(colour: str, size=(540, 1200)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


def full_case(store) -> Case:
    shas = [store.vault.add_bytes(_png(c), f"{c[1:]}.png").sha256 for c in ("#3366cc", "#cc6633")]
    case = Case(
        complainant=Complainant("王喆", "13800000000", "北京市朝阳区某路1号"),
        respondent=Respondent(
            platform="某某卡盟", company="某某网络科技有限公司", address="浙江省杭州市某路2号"
        ),
        order=Order(
            order_no="KM2026112000123",
            product="腾讯Q币 100元",
            amount_paid=Decimal("98.50"),
            payment_method=PaymentMethod.ALIPAY,
            ordered_at=at(2026, 11, 20, 10, 15),
            status=OrderStatus.DELIVERED_NOT_CREDITED,
        ),
        problem=Problem.NOT_RECEIVED,
        claims=Claims(refund_amount=Decimal("98.50")),
        events=[
            Event("ev1", at(2026, 11, 20, 10, 40), EventKind.CS_CONTACTED, evidence=["e2"]),
            Event("ev2", at(2026, 11, 21, 9, 0), EventKind.CS_REFUSED, note="客服拒绝退款"),
        ],
        evidence=[
            EvidenceItem(
                "e1", EvidenceKind.ORDER_SCREENSHOT, "evidence/a.png", "订单页", sha256=shas[0]
            ),
            EvidenceItem("e2", EvidenceKind.CHAT_LOG, "evidence/b.png", "客服聊天", sha256=shas[1]),
        ],
    )
    for item, sha in zip(case.evidence, shas, strict=True):
        item.sha256 = sha
    return case


@pytest.fixture
def tab(services, session, qtbot):
    case_id = services.store.cases.create(full_case(services.store))
    session.select(case_id)
    widget = PacketBuilderTab(services, session)
    qtbot.addWidget(widget)
    return widget


def test_generated_packet_opens_in_preview_with_its_page_count(tab):
    tab.set_kind(PacketKind.COMPLAINT_12315)
    assert tab.blockers.blockers == []
    tab.generate()
    assert tab.result is not None, tab.status.text()
    pages = len(PdfReader(tab.result.path).pages)
    assert tab.result.pages == pages
    assert tab.preview.page_count() == pages
    assert str(pages) in tab.preview.info.text()
    assert tab.result.path.name == "12315投诉材料-KM2026112000123.pdf"
    assert len(tab.result.exhibits) == 2


def test_unticked_exhibit_is_left_out_and_order_follows_the_drag(tab):
    model = tab.exhibits
    assert model.order() == ["e1", "e2"]
    # Drag row 1 above row 0, through the model's own drop path.
    data = model.mimeData([model.index(1, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.order() == ["e2", "e1"]
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.order() == ["e2"]
    tab.generate()
    assert tab.result is not None, tab.status.text()
    assert [e.item.id for e in tab.result.exhibits] == ["e2"]


def test_fill_sheet_copy_buttons_put_each_field_on_the_clipboard(tab, qtbot):
    tab.set_kind(PacketKind.COMPLAINT_12315)
    sheet = tab.fill_sheet
    assert sheet.copy_buttons
    for key, button in sheet.copy_buttons.items():
        QGuiApplication.clipboard().setText("-")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == sheet.values[key], key
    assert "KM2026112000123" in sheet.values.values()


def test_large_type_shows_the_field_big(tab, monkeypatch):
    from disputekit.ui.packet.fill_sheet_view import LARGE_POINT_SIZE, LargeTypeDialog

    shown: list[LargeTypeDialog] = []
    monkeypatch.setattr(LargeTypeDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    tab.set_kind(PacketKind.COMPLAINT_12315)
    key = next(k for k, v in tab.fill_sheet.values.items() if v == "KM2026112000123")
    tab.fill_sheet.large_buttons[key].click()
    (dialog,) = shown
    assert dialog.text.toPlainText() == "KM2026112000123"
    assert dialog.text.font().pointSize() == LARGE_POINT_SIZE


def test_missing_address_blocks_and_fix_jumps_to_the_order_tab(tab, session, qtbot):
    case = session.case
    broken = dataclasses.replace(
        case, complainant=dataclasses.replace(case.complainant, address="")
    )
    session.save(broken)
    tab.set_kind(PacketKind.COMPLAINT_12315)
    assert [b.field_path for b in tab.blockers.blockers] == ["complainant.address"]
    target, button = tab.blockers.fix_buttons[0]
    assert target == "order"
    with qtbot.waitSignal(session.request_tab) as jumped:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert jumped.args == ["order"]
    tab.generate()
    assert tab.result is None
    assert tab.status.text() == "未生成：请先处理上面列出的问题。"


def test_precheck_separates_red_blockers_from_amber_warnings(tab, session):
    tab.set_kind(PacketKind.COMPLAINT_12315)
    # full_case: nothing blocks, but the shop, URL, credit code, contact and two evidence
    # rows would print as 未填写, and a recharge record is still recommended.
    assert tab.blockers.blockers == [] and not tab.blockers.blocks()
    warnings = tab.blockers.warnings
    assert "材料中将显示“未填写”：统一社会信用代码" in warnings
    assert "材料中将显示“未填写”：店铺" in warnings
    assert any(w.startswith("建议补充证据：") for w in warnings)
    labels = tab.blockers.findChildren(QLabel)
    amber = [lb.text() for lb in labels if "#a15c00" in lb.styleSheet()]
    red = [lb.text() for lb in labels if "#c62828" in lb.styleSheet()]
    assert red == []
    assert "▲ 材料中将显示“未填写”：统一社会信用代码" in amber
    assert "建议处理（不处理也能生成）：" in amber
    case = session.case
    session.save(
        dataclasses.replace(case, respondent=dataclasses.replace(case.respondent, address=""))
    )
    red = [lb.text() for lb in tab.blockers.findChildren(QLabel) if "#c62828" in lb.styleSheet()]
    assert red[0] == "提交前必须解决："
    assert any("缺少被投诉人地址" in text for text in red[1:])
    # The red row is not repeated as an amber 未填写 row.
    assert "材料中将显示“未填写”：被投诉人地址" not in tab.blockers.warnings


def test_unticking_an_exhibit_updates_the_blank_row_warnings(tab):
    tab.set_kind(PacketKind.APPEAL)
    assert any("证据1的" in w for w in tab.blockers.warnings)
    for row in range(tab.exhibits.rowCount()):
        tab.exhibits.setData(
            tab.exhibits.index(row), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert not any("证据1的" in w for w in tab.blockers.warnings)


def test_incomplete_filer_blocks_the_12315_packet_with_a_jump_to_the_field(tab, session, qtbot):
    case = session.case
    session.save(dataclasses.replace(case, filed_by=FiledBy(name="李志愿")))
    tab.set_kind(PacketKind.COMPLAINT_12315)
    assert [b.field_path for b in tab.blockers.blockers] == ["filed_by.phone"]
    assert tab.filer_label.text() == "由李志愿代为投诉（材料附授权委托书）。"
    target, button = tab.blockers.fix_buttons[0]
    assert target == "order"
    with qtbot.waitSignal(session.request_field) as jumped:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert jumped.args == ["filed_by.phone"]
    tab.generate()
    assert tab.result is None
    assert tab.status.text() == "未生成：请先处理上面列出的问题。"


def test_exhibits_model_passes_the_model_tester(tab, qtmodeltester):
    qtmodeltester.check(tab.exhibits)


def test_over_budget_says_by_how_much_and_offers_a_resolution_that_fits(tab, session):
    # Noise does not compress: the screenshot dominates the size, so a lower dpi helps.
    noisy = Image.frombytes("RGB", (540, 1200), random.Random(7).randbytes(540 * 1200 * 3))
    buf = io.BytesIO()
    noisy.save(buf, "PNG")
    stored = tab._services.store.vault.add_bytes(buf.getvalue(), "noise.png")
    item = EvidenceItem(
        "e3", EvidenceKind.OTHER, "evidence/noise.png", "噪点", sha256=stored.sha256
    )
    session.save(dataclasses.replace(session.case, evidence=[*session.case.evidence, item]))
    tab.generate()
    full = tab.result.size_bytes
    limit_mb = round(full * 0.6 / (1024 * 1024), 1)
    tab.budget.max_mb_spin.setValue(limit_mb)
    tab.generate()
    assert "比上限" in tab.status.text() and "多出" in tab.status.text()
    assert tab.result.path.stat().st_size == full  # the earlier packet is left as it was
    suggested = tab.budget.dpi_spin.value()
    assert suggested < 150
    assert f"{suggested} dpi" in tab.status.text()
    tab.generate()  # with the suggested resolution filled in
    assert tab.result is not None, tab.status.text()
    assert tab.result.size_bytes <= limit_mb * 1024 * 1024


def test_over_budget_is_explained_in_the_ui_language(tab, session, qapp):
    install_language(qapp, ENGLISH)
    try:
        tab.budget.max_mb_spin.setValue(0.1)
        tab.budget.dpi_spin.setValue(300)
        tab.generate()
        assert "over the 0.1 MB limit" in tab.status.text()
        assert "Nothing was written" in tab.status.text()
        assert "上限" not in tab.status.text()
    finally:
        install_language(qapp, CHINESE)


def test_cancelling_writes_nothing(tab, monkeypatch):
    from disputekit.app.packets.building import packet_path
    from disputekit.ui.shared.tasks import ProgressReporter

    monkeypatch.setattr(ProgressReporter, "cancelled", lambda _self: True)
    tab.generate()
    assert tab.result is None
    assert tab.status.text() == "已取消，未写入任何文件。"
    store = tab._services.store
    assert not packet_path(store.data_dir, tab._session.case_id, tab.kind()).exists()


def test_withheld_originals_stay_out_unless_ticked_with_a_warning(tab, services, session):
    from disputekit.store.pdf.redact_pixels import parse_box
    from disputekit.store.pdf.redaction import redact_evidence

    copy = redact_evidence(services.store, session.case_id, "e2", [parse_box("0,0,200,300")])
    session.store_changed()
    tab.refresh()
    budget = tab.budget
    assert tab.exhibits.order() == ["e1", copy.id]
    assert not budget.withheld_warning.isVisibleTo(tab)
    tab.generate()
    assert tab.result is not None, tab.status.text()
    assert [e.item.id for e in tab.result.exhibits] == ["e1", copy.id]

    budget.withheld_check.click()
    assert budget.withheld_warning.isVisibleTo(budget)
    assert "遮住的内容" in budget.withheld_warning.text()  # Chinese by default
    # The original joins the list (after the items the user already ordered).
    assert tab.exhibits.order() == ["e1", copy.id, "e2"]
    tab.generate()
    assert tab.result is not None, tab.status.text()
    assert [e.item.id for e in tab.result.exhibits] == ["e1", copy.id, "e2"]


def test_court_packet_asks_for_the_plaintiff_identity_and_jumps_to_fix_it(tab, session, qtbot):
    tab.set_kind(PacketKind.CIVIL_COMPLAINT)
    assert not tab.right.isTabVisible(1)  # no 12315 form fields for a court filing
    paths = [b.field_path for b in tab.blockers.blockers]
    for path in (
        "complainant.gender",
        "complainant.birth_date",
        "complainant.id_number",
        "respondent.credit_code",
    ):
        assert path in paths
    blocker_targets = {target for target, _ in tab.blockers.fix_buttons[: len(paths)]}
    assert blocker_targets == {"order"}
    with qtbot.waitSignal(session.request_tab) as jumped:
        qtbot.mouseClick(tab.blockers.fix_buttons[0][1], Qt.MouseButton.LeftButton)
    assert jumped.args == ["order"]
    # The consumer association needs none of that: this case is ready for it.
    tab.set_kind(PacketKind.CONSUMER_ASSOCIATION)
    assert tab.blockers.blockers == []
    tab.generate()
    assert tab.result is not None, tab.status.text()
    assert tab.result.path.name == "消费者协会调解申请-KM2026112000123.pdf"
    assert "证据目录" in "".join(p.extract_text() for p in PdfReader(tab.result.path).pages)


def test_complete_court_case_builds_with_vault_intake_times(tab, session, services):
    from disputekit.domain.case.vocabulary import Gender
    from disputekit.packet.attachments import read_attachments

    case = session.case
    session.save(
        dataclasses.replace(
            case,
            complainant=dataclasses.replace(
                case.complainant,
                id_number="110105199001011232",
                gender=Gender.MALE,
                birth_date=datetime(1990, 1, 1).date(),
            ),
            respondent=dataclasses.replace(case.respondent, credit_code="91330106MA2B3C4D5D"),
        )
    )
    tab.set_kind(PacketKind.CIVIL_COMPLAINT)
    assert tab.blockers.blockers == []
    tab.generate()
    assert tab.result is not None, tab.status.text()
    text = "".join(p.extract_text() for p in PdfReader(tab.result.path).pages)
    assert "杭州互联网法院" in text
    assert "未记录（由案件文件直接生成）" not in text  # the vault knows when each file came in
    attached = {"manifest-sha256.txt", "case.json", "pictures-sha256.txt"}
    assert set(read_attachments(tab.result.path)) == attached
    # The image cache's records are sealed with the data folder's key, kept in its database.
    import hashlib

    from disputekit.packet.images.exhibit_images import record_path, seal

    key = bytes.fromhex(services.store.settings.get("packet_cache_key"))
    cache = session.workspace.data_dir / "cache" / "packet-images"
    cached = list(cache.glob("*.jpg"))
    assert cached
    for jpeg in cached:
        sha = hashlib.sha256(jpeg.read_bytes()).hexdigest()
        assert record_path(jpeg).read_text() == seal(key, jpeg.name, sha)


def test_a_refused_save_as_says_why_in_the_ui_language(tab, dialogs, tmp_path, qapp):
    tab.set_kind(PacketKind.COMPLAINT_12315)
    tab.generate()
    assert tab.result is not None, tab.status.text()
    target = tmp_path / "no-such-folder" / "p.pdf"
    dialogs.save_file = str(target)
    tab.save_as_button.click()
    install_language(qapp, ENGLISH)
    try:
        tab.save_as_button.click()
    finally:
        install_language(qapp, CHINESE)
    assert dialogs.messages("warning") == [
        f"无法写入 {target}：找不到该文件或文件夹",
        f"Could not write {target}: No such file or directory",
    ]
    assert not target.parent.exists()


def test_changing_the_kind_drops_the_built_packet_until_the_new_kind_is_built(tab, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    tab.set_kind(PacketKind.APPEAL)
    tab.generate()
    assert tab.result is not None, tab.status.text()
    assert tab.result.path.name == "平台申诉材料-KM2026112000123.pdf"
    assert tab.save_as_button.isEnabled() and tab.preview.page_count() > 0
    tab.kind_group.button(list(PacketKind).index(PacketKind.COMPLAINT_12315)).click()
    assert tab.result is None
    assert not tab.save_as_button.isEnabled()
    assert not tab.open_folder_button.isEnabled()
    assert tab.preview.page_count() == 0
    offered: list[str] = []

    def fake_save(_parent, _title, name, _filter):
        offered.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    tab.generate()
    assert tab.result is not None, tab.status.text()
    tab.save_as_button.click()
    assert offered and offered[0].endswith("/12315投诉材料-KM2026112000123.pdf")


def test_an_amount_never_entered_blocks_12315_and_warns_the_appeal(services, session, qtbot, qapp):
    case = full_case(services.store)
    case.order.amount_paid = Decimal("0.00")
    case.order.ordered_at = None
    session.select(services.store.cases.create(case))
    tab = PacketBuilderTab(services, session)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_kind(PacketKind.COMPLAINT_12315)
    texts = [b.message_zh for b in tab.blockers.blockers]
    assert "实付金额为 ¥0.00：请填写实际支付的金额" in texts and "缺少下单时间" in texts
    assert "✔" not in " ".join(w.text() for w in tab.blockers.findChildren(QLabel))
    tab.set_kind(PacketKind.APPEAL)
    assert not tab.blockers.blocks()
    assert "实付金额为 ¥0.00：请填写实际支付的金额" in tab.blockers.warnings
    # The box follows a language switch at once, without another click.
    install_language(qapp, ENGLISH)
    try:
        assert "The amount paid is ¥0.00: enter what was actually paid" in tab.blockers.warnings
        rows = tab.blockers._rows
        shown = " ".join(w.text() for w in rows.findChildren(QLabel))
        assert "Recommended" in shown and "建议" not in shown
        assert "Left blank in the packet: Website" in shown
        assert "Left blank in the packet: evidence 1: what it proves" in shown
        assert "未填写" not in shown
    finally:
        install_language(qapp, CHINESE)


def test_the_fill_sheet_counts_exhibits_as_the_packet_does(services, session, qtbot):
    case = full_case(services.store)
    original = dataclasses.replace(case.evidence[1], id="e3", withheld=True)
    case.evidence.append(original)
    session.select(services.store.cases.create(case))
    tab = PacketBuilderTab(services, session)
    qtbot.addWidget(tab)
    tab.set_kind(PacketKind.COMPLAINT_12315)
    assert tab.exhibits.order() == ["e1", "e2"]
    assert "证据2份" in tab.fill_sheet.values["facts"]
    tab.exhibits.setData(
        tab.exhibits.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert "证据1份" in tab.fill_sheet.values["facts"]


def test_the_fill_sheet_keeps_its_buttons_and_texts_in_view(services, session, qtbot, qapp):
    # The jurisdiction's long label and text in the pane a 1366×768 window gives the sheet.
    case = full_case(services.store)
    session.select(services.store.cases.create(case))
    tab = PacketBuilderTab(services, session)
    qtbot.addWidget(tab)
    tab.set_kind(PacketKind.COMPLAINT_12315)
    from disputekit.ui.packet.fill_sheet_view import FillSheetView

    sheet = FillSheetView()
    qtbot.addWidget(sheet)
    sheet.set_fields(tab.fill_sheet._fields)
    sheet.set_progress(tab.fill_sheet._progress)
    sheet.resize(440, 600)  # the pane beside the controls, in the app font at 1366×768
    sheet.show()
    qtbot.waitUntil(lambda: sheet.fields_area.viewport().width() > 0)
    for language in (CHINESE, ENGLISH):
        install_language(qapp, language)
        body = sheet.fields_area.widget()
        qtbot.waitUntil(lambda body=body: body.isVisible())
        body.layout().activate()
        controls = [
            *sheet.large_buttons.values(),
            *sheet.copy_buttons.values(),
            *sheet.ticks.values(),
        ]
        qtbot.waitUntil(  # the rows lay their new texts out
            lambda controls=controls: all(c.width() >= c.sizeHint().width() for c in controls)
        )
        viewport = sheet.fields_area.viewport()
        assert body.minimumSizeHint().width() <= viewport.width(), language
        assert sheet.minimumSizeHint().width() <= sheet.width(), language
        for button in controls:
            right = button.mapTo(viewport, button.rect().topRight()).x()
            assert right <= viewport.width(), (language, button.text())
        right = sheet.next_button.mapTo(sheet, sheet.next_button.rect().topRight()).x()
        assert right <= sheet.width() and sheet.next_button.width() >= 40, language
        assert not sheet.fields_area.horizontalScrollBar().isVisible()
    install_language(qapp, CHINESE)


def test_the_exhibit_picker_shows_each_item_s_packet_number(tab):
    model = tab.exhibits
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts[0].startswith("证据1  订单截图") and texts[1].startswith("证据2  客服聊天记录")
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts[0].startswith("订单截图") and texts[1].startswith("证据1  客服聊天记录")
    assert "内部编号：e2" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(("width", "height"), [(1366, 705), (1920, 1080)])
def test_no_packet_control_is_cut_off_in_english(services, main_window, qapp, width, height):
    main_window.resize(width, height)
    main_window.request_case(services.store.cases.create(full_case(services.store)))
    install_language(qapp, ENGLISH)
    try:
        main_window.show_tab("packet")
        tab = main_window.tab("packet")
        tab.set_kind(PacketKind.COMPLAINT_12315)
        qapp.processEvents()
        viewport = tab._scroll.viewport()
        widgets = [tab.filer_edit_button, *(b for _t, b in tab.blockers.fix_buttons)]
        widgets += [tab.kind_group.button(n) for n in range(len(PacketKind))]
        for widget in widgets:
            right = widget.mapTo(viewport, widget.rect().topRight()).x()
            assert right <= viewport.width(), widget.text()
            assert widget.width() >= widget.minimumSizeHint().width(), widget.text()
    finally:
        install_language(qapp, CHINESE)
