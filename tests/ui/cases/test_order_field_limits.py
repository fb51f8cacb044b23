"""The 订单 tab's text editors take as much as the case JSON contract accepts at their field,
no more: the limit is the model's own rule, read from the model, not repeated in the layout."""

from __future__ import annotations

import copy
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from disputekit.domain.case.case_fields import model_field
from disputekit.domain.case.document.case_codec import rule_of
from disputekit.domain.case.document.case_json import CaseFormatError, case_from_dict
from disputekit.domain.case.document.json_reader import SHORT_TEXT
from disputekit.ui.cases.order_fields import ENUMS, LAYOUT, TEXT
from disputekit.ui.cases.order_form import OrderTab
from tests.store.conftest import CASE_DOC

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")

TEXT_PATHS = [
    p for group in LAYOUT.values() for p, kind in group if kind == TEXT and p not in ENUMS
]


@pytest.fixture
def form(services, session, qtbot, dialogs):
    session.select(services.store.cases.create(helpers.make_case()))
    widget = OrderTab(services, session)
    qtbot.addWidget(widget)
    return widget


def _set(doc: dict[str, Any], path: str, value: str) -> None:
    *parts, key = path.split(".")
    node = doc
    for part in parts:
        node = node.setdefault(part, {}) if node.get(part) is None else node[part]
    node[key] = value


def test_each_text_editor_s_limit_is_the_model_s_rule(form):
    assert len(TEXT_PATHS) >= 20
    for path in TEXT_PATHS:
        editor = form.fields[path].editor
        assert isinstance(editor, QLineEdit), path
        assert editor.maxLength() == (rule_of(model_field(path)).limit or SHORT_TEXT), path
    # A resident ID number: 18 characters, the model's rule (the layout said 18 by hand while
    # the model said 40).
    assert form.fields["complainant.id_number"].editor.maxLength() == 18
    # A date typed as text: YYYY-MM-DD.
    assert form.fields["complainant.birth_date"].editor.maxLength() == 10


@pytest.mark.parametrize("path", [p for p in TEXT_PATHS if rule_of(model_field(p)).form is None])
def test_what_the_editor_takes_the_case_json_accepts_and_no_more(form, path):
    longest = form.fields[path].editor.maxLength()
    doc = copy.deepcopy(CASE_DOC)
    _set(doc, path, "长" * longest)
    case_from_dict(doc)
    _set(doc, path, "长" * (longest + 1))
    with pytest.raises(CaseFormatError) as raised:
        case_from_dict(doc)
    assert [e.path for e in raised.value.errors] == [path]
