"""`disputekit frames CASE_ID VIDEO [--json]`: the recording and its key frames kept and
printed; refusals in Chinese on stderr with exit 1; usage errors exit 2."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from disputekit.cli import main
from disputekit.store import Store
from tests.domain.factories import make_case

pytest.importorskip("av", reason="writing test recordings needs the [video] extra (PyAV)")

from tests.video.recordings import four_screens, long_recording


@pytest.fixture
def case_id(tmp_path: Path) -> int:
    store = Store.open(tmp_path / "data")
    try:
        return store.cases.create(make_case())
    finally:
        store.close()


def _run(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "frames", *args])


def test_json_lists_the_recording_and_its_frames(tmp_path, case_id, capsys) -> None:
    video, starts = four_screens(tmp_path / "four.mp4")
    assert _run(tmp_path, str(case_id), str(video), "--json") == 0
    out = json.loads(capsys.readouterr().out)
    sha = hashlib.sha256(video.read_bytes()).hexdigest()
    assert out["recording"] == {"evidence_id": "e1", "sha256": sha}
    assert [f["at_seconds"] for f in out["frames"]] == starts
    assert [f["evidence_id"] for f in out["frames"]] == ["e2", "e3", "e4", "e5"]
    store = Store.open(tmp_path / "data")
    try:
        case = store.cases.get(case_id)
        for f in out["frames"]:
            item = case.evidence_by_id(f["evidence_id"])
            assert item.sha256 == f["sha256"] and item.derived_from == "e1"
            assert (
                hashlib.sha256(store.vault.path(f["sha256"]).read_bytes()).hexdigest()
                == (f["sha256"])
            )
    finally:
        store.close()


def test_text_output_is_chinese_with_times(tmp_path, case_id, capsys) -> None:
    video, _ = four_screens(tmp_path / "four.mp4")
    assert _run(tmp_path, str(case_id), str(video)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("录屏 e1（原件）SHA-256 ")
    assert [line.split()[:2] for line in out[1:5]] == [
        ["e2", "0:00.0"],
        ["e3", "0:01.2"],
        ["e4", "0:02.9"],
        ["e5", "0:04.5"],
    ]
    assert out[-1] == "共 4 张关键帧"


def test_a_four_hour_recording_is_kept_and_the_refusal_explained(tmp_path, case_id, capsys) -> None:
    video = long_recording(tmp_path / "long.mp4")
    assert _run(tmp_path, str(case_id), str(video), "--json") == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["frames"] == []
    assert "录屏已保存为 e1" in captured.err and "4:00:00" in captured.err
    assert "Traceback" not in captured.err


def test_a_cut_recording_or_a_picture_is_refused_in_chinese(tmp_path, case_id, capsys) -> None:
    video, _ = four_screens(tmp_path / "four.mp4")
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(video.read_bytes()[:3000])
    assert _run(tmp_path, str(case_id), str(cut)) == 1
    assert "「cut.mp4」不完整" in capsys.readouterr().err
    empty = tmp_path / "empty.webm"
    empty.write_bytes(b"")
    assert _run(tmp_path, str(case_id), str(empty)) == 1
    assert "0 字节" in capsys.readouterr().err
    text = tmp_path / "notes.mp4"
    text.write_text("hello")
    assert _run(tmp_path, str(case_id), str(text)) == 1
    assert "不是录屏" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        _run(tmp_path, "not-a-number", "x.mp4")
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        _run(tmp_path)
    assert caught.value.code == 2
