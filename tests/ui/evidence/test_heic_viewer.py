"""HEIC evidence in the viewer and in redaction: pillow-heif is registered wherever an image is
opened; without it, the viewer and `redact` say what to install instead of a traceback."""

from __future__ import annotations

import importlib
import sys
from io import BytesIO
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image

from disputekit.app.evidence.redaction import FAILURES, parse_box, redact_item
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.evidence.image_viewer import ImageViewer

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def heic_bytes() -> bytes:
    out = BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (120, 240), (20, 120, 200))).save(out, quality=90)
    return out.getvalue()


@pytest.fixture
def heic_item(services, session, tmp_path):
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(heic_bytes())
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    stored = services.store.vault.add_file(path)
    services.store.cases.add_evidence(case_id, stored, kind=EvidenceKind.CHAT_LOG, caption="照片")
    session.reload()
    return case_id, session.case.evidence[0]


@pytest.fixture
def unregistered(monkeypatch):
    """A process where pillow-heif was never registered nor can be imported."""
    monkeypatch.setitem(sys.modules, "pillow_heif", None)
    monkeypatch.setattr(Image, "ID", [i for i in Image.ID if i != "HEIF"])


def test_without_the_plugin_the_viewer_says_what_to_install(
    services, session, heic_item, qtbot, unregistered
):
    from disputekit.heif import register_heif

    assert register_heif() is False  # as on a machine without the plugin
    _case_id, item = heic_item
    window = ImageViewer(services, session, item, None)
    qtbot.addWidget(window)
    assert window.view.isHidden()
    assert "pip install pillow-heif" in window.status.text()


def test_the_viewer_registers_the_plugin_itself(services, session, heic_item, qtbot, monkeypatch):
    monkeypatch.setattr(Image, "ID", [i for i in Image.ID if i != "HEIF"])  # a fresh process
    _case_id, item = heic_item
    window = ImageViewer(services, session, item, None)
    qtbot.addWidget(window)
    window.show()
    assert not window.view.isHidden()
    assert window.view.scene().itemsBoundingRect().size().toSize().width() == 120


def test_redact_a_heic_photo(services, heic_item, monkeypatch):
    monkeypatch.setattr(Image, "ID", [i for i in Image.ID if i != "HEIF"])
    case_id, item = heic_item
    done = redact_item(services.store, case_id, item.id, [parse_box("0,0,60,60")])
    copy = services.store.vault.path(done.copy.sha256 or "")
    with Image.open(copy) as image:
        assert image.format == "PNG" and image.size == (120, 240)
        assert image.convert("RGB").getpixel((10, 10)) == (0, 0, 0)


def test_redact_without_the_plugin_is_a_sentence(services, heic_item, unregistered):
    case_id, item = heic_item
    with pytest.raises(FAILURES) as refused:
        redact_item(services.store, case_id, item.id, [parse_box("0,0,60,60")])
    assert "pip install pillow-heif" in str(refused.value.text)
    assert not services.store.cases.get(case_id).evidence_by_id(item.id).withheld
