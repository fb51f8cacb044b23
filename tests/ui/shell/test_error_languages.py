"""What the core explains when something is refused appears in the UI language: a broken case
file in the import warning, and amounts and other field errors beside their fields."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from disputekit.ui.shared.language.i18n import CHINESE, install_language

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")

ENGLISH_TEXTS = {
    "lead": "The bundle was not imported; nothing was stored.",
    "invalid": "case.json is not a valid case file",
    "negative": "  - order.amount_paid: '-5' is negative",
    "comma": "ambiguous",
    "id_number": "must be an 18-character ID number",
}
CHINESE_TEXTS = {
    "lead": "案件包未导入，没有保存任何内容。",
    "invalid": "case.json 不是有效的案件文件",
    "negative": "  - order.amount_paid：'-5' 为负数",
    "comma": "有歧义",
    "id_number": "应为18位身份证号",
}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, main_window, qapp):
    """The UI language, switched through the Language menu as a user does."""
    main_window.commands.language_actions[request.param].trigger()
    yield request.param
    install_language(qapp, CHINESE)


def _texts(language: str) -> dict[str, str]:
    return ENGLISH_TEXTS if language == "en" else CHINESE_TEXTS


def test_a_refused_case_file_is_explained_in_the_ui_language(
    main_window, dialogs, language, tmp_path
):
    broken = tmp_path / "case.json"
    doc = {"format": "disputekit.case/1", "order": {"amount_paid": "-5"}}
    broken.write_text(json.dumps(doc), encoding="utf-8")
    dialogs.open_file = str(broken)
    main_window.commands.import_action.trigger()
    [warning] = dialogs.messages("warning")
    lead, _, detail = warning.partition("\n\n")
    texts = _texts(language)
    assert lead == texts["lead"]
    assert detail.startswith(texts["invalid"])
    assert texts["negative"] in detail.splitlines()
    other = CHINESE_TEXTS if language == "en" else ENGLISH_TEXTS
    assert other["negative"] not in detail.splitlines()
    assert main_window.session.case_id is None


def test_form_errors_appear_in_the_ui_language(main_window, services, language):
    main_window.request_case(services.store.cases.create(helpers.make_case()))
    form = main_window.tab("order")
    texts = _texts(language)
    amount = form.fields["order.amount_paid"].editor
    amount.setText("49,2")
    assert texts["comma"] in form.errors["order.amount_paid"].text()
    assert not form.save()
    assert texts["comma"] in form.errors["order.amount_paid"].text()
    amount.setText("49.20")
    # A field the domain refuses on save (not while typing) speaks the same language.
    form.fields["complainant.id_number"].editor.setText("12345")
    assert not form.save()
    assert texts["id_number"] in form.errors["complainant.id_number"].text()


def test_a_case_file_the_os_refuses_is_explained_in_the_ui_language(
    main_window, dialogs, language, tmp_path
):
    blocker = tmp_path / "file"
    blocker.write_text("")
    dialogs.open_file = str(blocker / "case.json")
    main_window.commands.import_action.trigger()
    [warning] = dialogs.messages("warning")
    detail = {
        "en": "case.json cannot be read (Not a directory)",
        "zh_CN": "无法读取 case.json（路径中有一部分不是文件夹）",
    }
    assert warning == f"{_texts(language)['lead']}\n\n{detail[language]}"


def test_an_os_refusal_is_worded_in_the_ui_language(language):
    from disputekit.ui.shared.language.i18n import error_text

    denied = PermissionError(13, "Permission denied", "/x/a.pdf")
    expected = {"en": "/x/a.pdf: Permission denied", "zh_CN": "/x/a.pdf：没有权限"}
    assert error_text(denied) == expected[language]
