"""The main window: tabs from CASE_TABS, menus by key, banner, new case → search, the guard,
language switch, bundles through the menus, and remembered state."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from disputekit.store.bundles.bundle import export_bundle
from disputekit.ui.cases.case_list_model import CASE_ID_ROLE, Column
from disputekit.ui.shell.case_tabs import CASE_TABS
from disputekit.ui.shell.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def test_tabs_and_menus_follow_the_registry(main_window):
    assert main_window.tab_keys == [key for key, _title, _factory in CASE_TABS]
    assert main_window.tabs.tabText(0) == "订单"
    assert main_window.menu("file").title() == "文件(&F)"
    for key in ("file", "edit", "view", "language", "help"):
        assert main_window.menu(key).actions()


def test_banner_shows_text(main_window):
    main_window.show_banner("到期提醒", "warning")
    assert main_window.banner.isVisible()
    assert main_window.banner.label.text() == "到期提醒"


def test_new_case_typed_saved_and_found_by_search(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main_window.session.case_id is not None
    form = main_window.tab("order")
    assert main_window.current_tab_key() == "order"
    helpers.type_text(qtbot, form.fields["respondent.platform"].editor, "极光卡盟")
    helpers.type_text(qtbot, form.fields["order.order_no"].editor, "JG20261125")
    helpers.type_text(qtbot, form.fields["order.product"].editor, "原神 创世结晶 6480")
    helpers.type_text(qtbot, form.fields["order.amount_paid"].editor, "648")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.is_dirty()
    panel = main_window.case_list
    helpers.type_text(qtbot, panel.search, "极光")
    qtbot.waitUntil(lambda: panel.model.query == "极光")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, Column.ORDER_NO).data() == "JG20261125"
    assert panel.proxy.index(0, Column.AMOUNT).data() == "¥648.00"
    assert panel.proxy.index(0, 0).data(CASE_ID_ROLE) == main_window.session.case_id


def test_switching_cases_respects_the_unsaved_guard(main_window, services, dialogs, qtbot):
    first = services.store.cases.create(helpers.make_case("一号卡盟", "N1"))
    second = services.store.cases.create(helpers.make_case("二号卡盟", "N2"))
    main_window.case_list.reload()
    main_window.request_case(first)
    form = main_window.tab("order")
    helpers.type_text(qtbot, form.fields["order.product"].editor, "改过")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    panel = main_window.case_list
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(second), 0))
    panel.view.setCurrentIndex(row)  # the user clicks the other case
    assert main_window.session.case_id == first
    assert panel.view.currentIndex().data(CASE_ID_ROLE) == first  # the list snaps back
    assert form.is_dirty()
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    panel.view.setCurrentIndex(row)
    assert main_window.session.case_id == second
    assert services.store.cases.get(first).order.product == "腾讯Q币 100元"


def test_close_is_refused_while_the_user_cancels(main_window, services, dialogs, qtbot):
    main_window.request_case(services.store.cases.create(helpers.make_case()))
    helpers.type_text(qtbot, main_window.tab("order").fields["order.product"].editor, "x")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    assert not main_window.close()
    assert main_window.isVisible()
    dialogs.question_answer = QMessageBox.StandardButton.Save
    assert main_window.close()
    assert services.store.cases.get(main_window.session.case_id).order.product.endswith("x")


def test_language_switch_changes_visible_texts(main_window, services):
    main_window.request_case(services.store.cases.create(helpers.make_case()))
    form = main_window.tab("order")
    header = main_window.case_list.model.headerData(Column.STATUS, Qt.Orientation.Horizontal)
    assert (main_window.menu("file").title(), main_window.tabs.tabText(1), header) == (
        "文件(&F)",
        "证据",
        "订单状态",
    )
    english = main_window.commands.language_actions["en"]
    english.trigger()
    assert main_window.menu("file").title() == "&File"
    assert main_window.tabs.tabText(1) == "Evidence"
    assert form.labels["complainant.name"].text() == "Name"
    assert form.fields["order.status"].editor.currentText() == "Pending delivery"
    assert (
        main_window.case_list.model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"
    )
    assert services.settings.value("language") == "en"
    main_window.commands.language_actions["zh_CN"].trigger()
    assert main_window.menu("file").title() == "文件(&F)"
    assert form.labels["complainant.name"].text() == "姓名"
    assert "立即生效" in main_window.commands.language_note.text()


def test_import_bundle_through_the_menu(main_window, services, dialogs, tmp_path):
    case = helpers.make_case("导入卡盟", "IMP1")
    source_id = services.store.cases.create(case)
    stored = services.store.vault.add_file(helpers.png(tmp_path / "shot.png"))
    services.store.cases.add_evidence(source_id, stored)
    bundle = export_bundle(services.store, source_id, tmp_path / "case.zip")
    services.store.cases.delete(source_id)  # a bundle from elsewhere: not stored yet
    dialogs.open_file = str(bundle)
    main_window.commands.import_action.trigger()
    assert not dialogs.messages("question")
    new_id = main_window.session.case_id
    assert new_id is not None
    imported = services.store.cases.get(new_id)
    assert imported.order.order_no == "IMP1"
    assert [e.sha256 for e in imported.evidence] == [stored.sha256]
    assert main_window.banner.isVisible()
    assert main_window.case_list.model.row_of(new_id) is not None


def test_import_of_a_broken_bundle_shows_the_reason(main_window, dialogs, tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not a real zip")
    dialogs.open_file = str(broken)
    main_window.commands.import_action.trigger()
    warnings = dialogs.messages("warning")
    assert len(warnings) == 1
    lead, _, detail = warnings[0].partition("\n\n")
    assert lead == "案件包未导入，没有保存任何内容。" and "broken.zip" in detail
    assert main_window.session.case_id is None


def test_export_bundle_through_the_menu(main_window, services, dialogs, tmp_path):
    main_window.request_case(services.store.cases.create(helpers.make_case()))
    dialogs.save_file = str(tmp_path / "out.zip")
    main_window.commands.export_action.trigger()
    assert (tmp_path / "out.zip").is_file()
    assert "out.zip" in main_window.banner.label.text()


def test_delete_case_after_confirming(main_window, services, dialogs):
    kept = services.store.cases.create(helpers.make_case("留下卡盟", "K1"))
    doomed = services.store.cases.create(helpers.make_case("删除卡盟", "D1"))
    main_window.case_list.reload()
    main_window.request_case(doomed)
    action = main_window.commands.delete_case_action
    assert action.isEnabled() and action in main_window.menu("file").actions()

    dialogs.question_answer = QMessageBox.StandardButton.No
    action.trigger()
    assert services.store.cases.ids() == [kept, doomed]
    assert main_window.session.case_id == doomed

    dialogs.question_answer = QMessageBox.StandardButton.Yes
    action.trigger()
    assert services.store.cases.ids() == [kept]
    assert main_window.session.case_id is None
    assert not action.isEnabled()
    rows = main_window.case_list.model.rowCount()
    assert rows == 1
    assert main_window.case_list.model.index(0, 0).data(CASE_ID_ROLE) == kept
    assert any("删除卡盟" in text for text in dialogs.messages("question"))


def test_demo_from_the_empty_state(main_window, qtbot):
    assert main_window.case_list.pages.currentIndex() == 1
    main_window.case_list.demo_button.click()
    assert main_window.case_list.model.rowCount() >= 3
    assert main_window.session.case_id is not None


def test_last_case_and_geometry_are_remembered(services, dialogs, qtbot):
    case_id = services.store.cases.create(helpers.make_case())
    services.store.cases.create(helpers.make_case("别的", "X2"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.request_case(case_id)
    window.resize(700, 500)  # within the offscreen 800×600 screen
    window.splitter.setSizes([250, 450])
    size, splitter = window.size(), window.splitter.saveState()
    assert window.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.session.case_id == case_id
    again.show()
    qtbot.waitUntil(lambda: again.case_list.loaded)
    assert again.case_list.view.currentIndex().data(CASE_ID_ROLE) == case_id
    # The width may be clamped by the tabs' minimum width on the small offscreen screen.
    assert again.height() == size.height()
    assert services.settings.value("window/splitter") == splitter


def test_export_of_a_case_with_a_redaction_asks_and_leaves_the_original_out(
    main_window, services, dialogs, tmp_path, monkeypatch
):
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    from disputekit.store.pdf.redact_pixels import parse_box
    from disputekit.store.pdf.redaction import redact_evidence

    case_id = services.store.cases.create(helpers.make_case())
    for name, colour in (("keep.png", (0, 90, 200)), ("secret.png", (200, 90, 0))):
        stored = services.store.vault.add_file(helpers.png(tmp_path / name, color=colour))
        original = services.store.cases.add_evidence(case_id, stored)
    redact_evidence(services.store, case_id, original.id, [parse_box("0,0,10,10")])
    main_window.request_case(case_id)
    prompts: list[QMessageBox] = []

    def answer(tick: bool):
        def exec_(box: QMessageBox) -> int:
            prompts.append(box)
            box.checkBox().setChecked(tick)
            return QMessageBox.StandardButton.Ok.value

        return exec_

    def shipped(path) -> set[str]:
        with zipfile.ZipFile(path) as zf:
            return {n for n in zf.namelist() if n.startswith("data/evidence/")}

    monkeypatch.setattr(QMessageBox, "exec", answer(False))
    dialogs.save_file = str(tmp_path / "out.zip")
    main_window.commands.export_action.trigger()
    assert "1" in prompts[0].text() and prompts[0].checkBox().text()
    names = shipped(tmp_path / "out.zip")
    assert not any(original.original_name in name for name in names)

    monkeypatch.setattr(QMessageBox, "exec", answer(True))
    dialogs.save_file = str(tmp_path / "full.zip")
    main_window.commands.export_action.trigger()
    assert len(shipped(tmp_path / "full.zip")) == len(names) + 1

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel.value)
    dialogs.save_file = str(tmp_path / "cancelled.zip")
    main_window.commands.export_action.trigger()
    assert not (tmp_path / "cancelled.zip").exists()


def test_case_list_starts_at_about_30_percent_and_collapses(services, dialogs, qtbot):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    list_width, case_width = window.splitter.sizes()
    assert 0.25 <= list_width / (list_width + case_width) <= 0.35
    action = window.commands.case_list_action
    assert action.isChecked()
    action.trigger()  # View → 显示案件列表, unticked
    assert window.splitter.sizes()[0] == 0 and not window.case_list_shown()
    action.trigger()
    assert window.splitter.sizes()[0] == list_width
    # Dragged shut, the menu follows, and the state is remembered for the next start.
    window.splitter.setSizes([0, list_width + case_width])
    window.splitter.splitterMoved.emit(0, 1)
    assert not action.isChecked()
    assert window.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    assert again.splitter.sizes()[0] == 0 and not again.commands.case_list_action.isChecked()


def test_the_order_tab_is_built_after_the_first_paint_with_the_last_case(services, dialogs, qtbot):
    case_id = services.store.cases.create(helpers.make_case())
    services.settings.setValue("cases/last", case_id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.session.case_id == case_id
    assert window.built_tabs() == []  # nothing of the form before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: window.case_list.loaded)
    order = window.tabs.widget(0).findChild(QWidget, "tab_order")
    assert order is not None and window.built_tabs() == [order]
    assert window.tabs.currentIndex() == 0 and window.current_tab_key() == "order"
    assert order.fields["order.order_no"].get() == "KM2026112000123"  # the last case, loaded


def test_the_first_start_fits_the_window_to_the_screen(services, dialogs, qtbot):
    window = MainWindow(services)  # nothing remembered: the 1280×800 default is too big here
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert free.width() < 1280  # the offscreen platform's screen is smaller than the default
    assert window.width() <= free.width() and window.height() <= free.height()


def test_a_case_json_reaching_outside_its_folder_is_refused_in_the_ui_language(
    main_window, dialogs, tmp_path
):
    import json

    from tests.support.packet_samples import write_sample_case

    case_json = write_sample_case(tmp_path / "case", screenshots=1, size=(200, 300))
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["evidence"][0]["file"] = "../secret.png"
    case_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dialogs.open_file = str(case_json)
    main_window.commands.import_action.trigger()
    assert "“../secret.png”必须是案件文件所在文件夹内的路径" in dialogs.messages("warning")[-1]
    main_window.commands.language_actions["en"].trigger()
    main_window.commands.import_action.trigger()
    english = dialogs.messages("warning")[-1]
    assert "'../secret.png' must be a path inside the case file's folder" in english
    assert main_window.session.case_id is None
