"""Exporting a bundle from the window: photos with a GPS location are named in a question;
Yes ships location-free copies, No ships them as they are, Cancel exports nothing."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from disputekit.store.vault.location import GPS_IFD, has_location

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")
Button = QMessageBox.StandardButton


@pytest.fixture
def photo_case(main_window, services, tmp_path) -> int:
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (31.0, 14.0, 5.0), 3: "E", 4: (121.0, 28.0, 9.0)}
    photo = tmp_path / "receipt.jpg"
    Image.new("RGB", (60, 90), (10, 120, 40)).save(photo, "JPEG", exif=exif)
    store = services.store
    case_id = store.cases.create(helpers.make_case())
    store.cases.add_evidence(case_id, store.vault.add_file(photo))
    store.cases.add_evidence(case_id, store.vault.add_file(helpers.png(tmp_path / "chat.png")))
    main_window.case_list.reload()
    main_window.request_case(case_id)
    return case_id


def exported_photo(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("data/evidence/receipt.jpg")


@pytest.mark.parametrize(("answer", "located"), [(Button.Yes, False), (Button.No, True)])
def test_the_question_names_the_photo_and_the_answer_is_followed(
    main_window, dialogs, photo_case, tmp_path, answer, located
):
    out = tmp_path / f"out-{answer.name}.zip"
    dialogs.save_file, dialogs.question_answer = str(out), answer
    main_window.commands.export_action.trigger()
    (asked,) = dialogs.messages("question")
    assert asked.startswith("1 张证据照片记录了拍摄地点（GPS）")
    assert "e1 · receipt.jpg" in asked and "chat.png" not in asked
    assert has_location(exported_photo(out)) is located
    assert Image.open(io.BytesIO(exported_photo(out))).size == (60, 90)


def test_cancel_exports_nothing(main_window, dialogs, photo_case, tmp_path):
    out = tmp_path / "never.zip"
    dialogs.save_file, dialogs.question_answer = str(out), Button.Cancel
    main_window.commands.export_action.trigger()
    assert not out.exists()


def test_no_question_without_location(main_window, services, dialogs, tmp_path):
    case_id = services.store.cases.create(helpers.make_case())
    services.store.cases.add_evidence(
        case_id, services.store.vault.add_file(helpers.png(tmp_path / "chat.png"))
    )
    main_window.case_list.reload()
    main_window.request_case(case_id)
    dialogs.save_file = str(tmp_path / "plain.zip")
    main_window.commands.export_action.trigger()
    assert dialogs.messages("question") == []
    assert (tmp_path / "plain.zip").is_file()
