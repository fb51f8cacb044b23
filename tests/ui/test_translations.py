"""Every zh_CN string in every translations/*.ts is finished, and the .ts compile."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from disputekit.ui.i18n import translations_dir
from disputekit.ui.i18n_build import build

TS_FILES = sorted(translations_dir().glob("*_zh_CN.ts"))


def test_there_are_chinese_translations():
    assert any(p.name == "app_zh_CN.ts" for p in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path):
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                problems.append(f"{name}: {source!r} is unfinished")
            elif not (translation.text or "").strip() and not translation.findall("numerusform"):
                problems.append(f"{name}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_translations_compile(tmp_path: Path):
    for ts in TS_FILES:
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    written = build(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.with_suffix(".qm").name for p in TS_FILES)
    assert all(p.stat().st_size > 100 for p in written)


def test_chinese_loads_our_files_and_qtbase(qapp):
    from disputekit.ui.i18n import CHINESE, ENGLISH, current_language, install_language

    loaded = install_language(qapp, CHINESE)
    assert "app_zh_CN.qm" in loaded and "qtbase_zh_CN.qm" in loaded
    assert current_language() == CHINESE
    from PySide6.QtCore import QCoreApplication

    # Qt's own strings come from qtbase_zh_CN (standard buttons, dialogs).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert install_language(qapp, ENGLISH) == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    install_language(qapp, CHINESE)


def test_bundled_cjk_font_becomes_the_fallback(qapp):
    from PySide6.QtGui import QFontDatabase

    from disputekit.ui.fonts import register_fonts

    family = register_fonts(qapp)
    assert family is not None
    assert family in QFontDatabase.families()
    assert family in qapp.font().families()
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese).count(family)
