"""Key frames in the evidence tab: a dropped recording is a screen recording; its key frames
are taken in the task runner and listed as thumbnails with ticks; the ticks are kept in the
case; without the [video] extra the strip says how to enable it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.evidence.evidence_tab import EvidenceTab

pytest.importorskip("av", reason="writing test recordings needs the [video] extra (PyAV)")

from tests.video.recordings import four_screens

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


def make_tab(services, session, qtbot):
    session.select(services.store.cases.create(helpers.make_case()))
    tab = EvidenceTab(services, session)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_frames_are_taken_listed_with_ticks_and_the_ticks_persist(
    services, session, qtbot, tmp_path
):
    tab = make_tab(services, session, qtbot)
    tab.add_paths([four_screens(tmp_path / "录屏.mp4")[0]])
    recording = session.case.evidence[0]
    assert recording.kind is EvidenceKind.SCREEN_RECORDING
    assert tab.selected_id() == recording.id
    bar = tab.frames_bar
    assert bar.isVisible() and bar.take_button.isEnabled()
    assert bar.take_button.text() == "从录屏提取关键帧(&K)…"

    qtbot.mouseClick(bar.take_button, Qt.MouseButton.LeftButton)
    dialog = bar.dialog
    assert dialog is not None and dialog.isVisible()
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts == ["e2  0:00.0", "e3  0:01.2", "e4  0:02.9", "e5  0:04.5"]
    assert all(not dialog.list.item(r).icon().isNull() for r in range(4))
    assert [e.id for e in session.case.evidence] == ["e1", "e2", "e3", "e4", "e5"]

    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    case = services.store.cases.get(session.case_id)
    assert [e.in_packet for e in case.evidence] == [True, True, False, True, True]
    assert "3" in bar.note.text() and "4" in bar.note.text()
    # A key frame is not a recording: the strip hides for it.
    tab.view.setCurrentIndex(tab.model.index(1))
    assert not bar.isVisible()


def test_without_the_extra_the_strip_says_how_to_enable_it(
    services, session, qtbot, tmp_path, monkeypatch
):
    tab = make_tab(services, session, qtbot)
    path = four_screens(tmp_path / "rec.mp4")[0]
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    tab.add_paths([path])
    assert session.case.evidence[0].kind is EvidenceKind.SCREEN_RECORDING
    bar = tab.frames_bar
    assert bar.isVisible() and not bar.take_button.isEnabled()
    assert "pip install 'disputekit[video]'" in bar.note.text()
    assert "录屏本身已作为证据保存" in bar.note.text()
