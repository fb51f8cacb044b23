"""One .ts per language, in step with the ui sources: every tr() string is there and finished,
and the .ts compiles."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from disputekit.ui.shared.language.i18n import translations_dir
from disputekit.ui.shell.i18n_build import build


def _update_script():  # scripts/i18n_update.py: a maintainer's script, not in the package
    path = Path(__file__).resolve().parents[3] / "scripts" / "i18n_update.py"
    spec = importlib.util.spec_from_file_location("i18n_update", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_update = _update_script()
fold, lupdate, ts_path, ui_sources = (
    _update.fold,
    _update.lupdate,
    _update.ts_path,
    _update.ui_sources,
)

TS_FILES = sorted(translations_dir().glob("*_zh_CN.ts"))


def test_one_ts_file_per_language():
    assert [p.name for p in TS_FILES] == ["disputekit_zh_CN.ts"]
    assert [p.name for p in translations_dir().glob("*.ts")] == ["disputekit_zh_CN.ts"]


def test_the_ts_holds_every_string_of_the_sources(tmp_path: Path):
    """lupdate over the ui sources into a copy changes nothing: no tr() string is missing from
    the committed .ts and none is left there that the sources no longer use."""
    committed = ts_path()
    copy = tmp_path / committed.name
    copy.write_bytes(committed.read_bytes())
    lupdate(copy)
    before, after = _entries(committed), _entries(copy)
    missing = sorted(set(after) - set(before))
    stale = sorted(set(before) - set(after))
    assert not missing, "run scripts/update-translations; not in the .ts: " + repr(missing)
    assert not stale, "run scripts/update-translations; no longer in the sources: " + repr(stale)


def test_no_translated_string_hides_where_lupdate_cannot_see_it():
    """lupdate reads literal tr()/translate() calls and QT_TRANSLATE_NOOP marks only: not a
    call inside an f-string's braces, not a literal passed to a module's own tr wrapper (a
    wrapper over QT_TRANSLATE_NOOP-marked variables is fine)."""
    hidden = re.compile(r"""(?<!\w)f["'][^"'\n]*\{[^}\n]*\b(?:tr|translate)\(""")
    helper = re.compile(r"^def (_?tr)\(text", re.MULTILINE)
    found = []
    for path in ui_sources():
        text = path.read_text(encoding="utf-8")
        wrapper = helper.search(text)
        literal = wrapper and re.search(rf"""(?<![\w.]){wrapper.group(1)}\(\s*["']""", text)
        if hidden.search(text) or literal:
            found.append(path.name)
    assert not found, f"lupdate cannot see some strings in: {found}"


def test_lupdate_sees_a_new_string(tmp_path: Path):
    """The check above can fail: a source with a new tr() string adds an unfinished entry."""
    source = tmp_path / "new_widget.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("NewWidget", "A string nobody translated")\n',
        encoding="utf-8",
    )
    copy = tmp_path / "disputekit_zh_CN.ts"
    copy.write_bytes(ts_path().read_bytes())
    lupdate(copy, [*ui_sources(), source])
    entries = _entries(copy)
    assert entries[("NewWidget", "A string nobody translated")] == "unfinished"


def test_fold_merges_a_per_feature_file(tmp_path: Path):
    (tmp_path / "disputekit_zh_CN.ts").write_bytes(ts_path().read_bytes())
    (tmp_path / "bill_zh_CN.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="zh_CN"><context><name>BillDialog</name><message>'
        '<location filename="../bill_dialog.py" line="3"/><source>Import bill</source>'
        "<translation>导入账单</translation></message></context></TS>",
        encoding="utf-8",
    )
    folded = fold(folder=tmp_path)
    assert [p.name for p in folded] == ["bill_zh_CN.ts"]
    assert [p.name for p in tmp_path.glob("*.ts")] == ["disputekit_zh_CN.ts"]
    entries = _entries(tmp_path / "disputekit_zh_CN.ts")
    assert entries[("BillDialog", "Import bill")] == "导入账单"
    assert (
        entries[("AdviceTab", "Copy message")] == _entries(ts_path())[("AdviceTab", "Copy message")]
    )


def _entries(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → the translation, or its type when unfinished/vanished/obsolete."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (context.findtext("name") or "", message.findtext("source") or "")
            kind = translation.get("type") if translation is not None else "unfinished"
            out[key] = kind or (translation.text or "")
    return out


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
    from disputekit.ui.shared.language.i18n import (
        CHINESE,
        ENGLISH,
        current_language,
        install_language,
    )

    loaded = install_language(qapp, CHINESE)
    assert "disputekit_zh_CN.qm" in loaded and "qtbase_zh_CN.qm" in loaded
    assert current_language() == CHINESE
    from PySide6.QtCore import QCoreApplication

    # Qt's own strings come from qtbase_zh_CN (standard buttons, dialogs).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert install_language(qapp, ENGLISH) == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    install_language(qapp, CHINESE)


def test_bundled_cjk_font_becomes_the_fallback(qapp):
    from PySide6.QtGui import QFontDatabase

    from disputekit.ui.shared.language.fonts import register_fonts

    before = qapp.font()
    try:
        family = register_fonts(qapp)
        assert family is not None
        assert family in QFontDatabase.families()
        assert family in qapp.font().families()
        assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese).count(family)
    finally:
        qapp.setFont(before)  # the application font is global: later tests measure layouts


def test_qt_s_own_file_dialog_speaks_chinese(qapp, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from disputekit.ui.shared.language.i18n import CHINESE, install_language

    install_language(qapp, CHINESE)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    texts = [w.text() for w in widgets if w.text()]
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
