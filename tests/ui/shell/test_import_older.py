"""导入案件包 with a bundle older than the stored case asks before rolling the case back."""

from __future__ import annotations

import importlib
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from disputekit.store.bundles import bundle_export
from disputekit.store.bundles.bundle import export_bundle
from disputekit.timeutil import SHANGHAI

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")

OLD = datetime(2026, 11, 20, 10, 0, 5, tzinfo=SHANGHAI)


class _OldClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return OLD.astimezone(tz)


def _setup(services, monkeypatch, tmp_path):
    case_id = services.store.cases.create(helpers.make_case("某某卡盟", "OLD1"))
    with monkeypatch.context() as m:
        m.setattr(bundle_export, "datetime", _OldClock)
        old = export_bundle(services.store, case_id, tmp_path / "old.zip")
    case = services.store.cases.get(case_id)
    case.order.product = "改过的商品"
    services.store.cases.save(case_id, case)
    return case_id, old


def _answer_age(monkeypatch, answer):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_an_older_bundle_is_not_applied_when_the_user_says_no(
    main_window, services, dialogs, monkeypatch, tmp_path
):
    case_id, old = _setup(services, monkeypatch, tmp_path)
    asked = _answer_age(monkeypatch, QMessageBox.StandardButton.No)
    dialogs.open_file = str(old)
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # "Update case 1"
    main_window.commands.import_action.trigger()
    (text,) = asked
    assert text.startswith("old.zip 导出于 2026-11-20 10:00:05，早于案件 1 最后一次修改")
    assert services.store.cases.get(case_id).order.product == "改过的商品"
    assert not dialogs.messages("warning")
    assert main_window.banner.label.text() == "案件 1 保持原样。"


def test_an_older_bundle_replaces_the_case_when_the_user_confirms(
    main_window, services, dialogs, monkeypatch, tmp_path
):
    case_id, old = _setup(services, monkeypatch, tmp_path)
    asked = _answer_age(monkeypatch, QMessageBox.StandardButton.Yes)
    dialogs.open_file = str(old)
    main_window.commands.import_action.trigger()
    assert len(asked) == 1
    assert services.store.cases.get(case_id).order.product != "改过的商品"
    assert services.store.cases.ids() == [case_id]
