"""The main window: tabs from CASE_TABS, menus by key, banner, and remembered state."""

from __future__ import annotations

from disputekit.ui.case_tabs import CASE_TABS


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
