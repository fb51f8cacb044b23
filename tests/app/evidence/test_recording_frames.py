"""Screen recordings through the app's evidence use cases: kept untouched as
`screen_recording` evidence, refused when cut off, hostile or empty (nothing half-stored),
and their key frames kept as derived PNG evidence with their times."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PIL import Image

from disputekit.app.evidence.intake import add_files
from disputekit.app.evidence.recording_frames import (
    VideoError,
    keep_recording,
    recording_frames,
    set_in_packet,
    take_frames,
)
from disputekit.domain.case.document.case_json import dumps_case, loads_case
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.messages import render
from disputekit.store import IntakeError, Store
from tests.domain.factories import make_case

av = pytest.importorskip("av", reason="writing test recordings needs the [video] extra (PyAV)")

from tests.video.recordings import four_screens, long_recording  # noqa: E402


def _vault_files(store: Store) -> list[Path]:
    return sorted(p for p in store.vault.root.rglob("*") if p.is_file())


def _size(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_dropped_recording_is_kept_untouched_as_a_screen_recording(tmp_path, store) -> None:
    case_id = store.cases.create(make_case())
    path, _ = four_screens(tmp_path / "录屏.mp4")
    done = add_files(store, case_id, [path], EvidenceKind.ORDER_SCREENSHOT)
    item = store.cases.get(case_id).evidence_by_id(done.added[0])
    assert item.kind is EvidenceKind.SCREEN_RECORDING
    assert item.sha256 == _sha(path) and item.original_name == "录屏.mp4"
    stored = store.vault.info(item.sha256)
    assert (stored.format, stored.width, stored.height) == ("MP4", 360, 800)
    assert store.vault.path(item.sha256).read_bytes() == path.read_bytes()
    assert _size(store.vault.thumbnail(item.sha256))[1] == 256


@pytest.mark.parametrize(
    "name, make, code, words",
    [
        ("empty.mp4", lambda good: b"", "empty", "0 字节"),
        ("cut.mp4", lambda good: good[: len(good) // 2], "truncated", "提前结束"),
        ("nomoov.mp4", lambda good: good[:32] + b"\x00\x00\x00\x10mdat" + b"\x00" * 8,
         "truncated", "缺少索引"),
        ("hostile.mp4", lambda good: good[:32] + b"\xff\xff\xff\xf0\x01\x02\x03\x04" * 50,
         "truncated", "损坏"),
        ("garbage.mov", lambda good: b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  "
         + b"\x00\x00\x00\x10moov" + os.urandom(8) + b"\x00\x00\x10\x08mdat" + os.urandom(4096),
         "unreadable", "无法"),
    ],
)  # fmt: skip
def test_bad_recordings_are_refused_clearly_and_nothing_remains(
    tmp_path, store, name, make, code, words
) -> None:
    case_id = store.cases.create(make_case())
    good, _ = four_screens(tmp_path / "good.mp4")
    bad = tmp_path / name
    bad.write_bytes(make(good.read_bytes()))
    done = add_files(store, case_id, [bad], EvidenceKind.OTHER)
    assert done.added == []
    ((_path, error),) = done.failed
    assert error.code == code, render(error.text, "zh")
    assert name in str(error) and words in str(error)
    assert name in render(error.text, "en")
    assert _vault_files(store) == []  # no temporary copy, no blob
    assert store.cases.get(case_id).evidence == []


def test_a_recording_over_4_gb_is_refused_before_it_is_read(tmp_path, store) -> None:
    big = tmp_path / "huge.mp4"
    with big.open("wb") as f:
        f.write(b"\x00\x00\x00\x14ftypisom\x00\x00\x00\x00isom")
        f.truncate(4 * 2**30 + 1)  # sparse: nothing is written
    with pytest.raises(IntakeError) as caught:
        keep_recording(store, store.cases.create(make_case()), big)
    assert caught.value.code == "too_large" and "4 GB" in str(caught.value)
    assert _vault_files(store) == []


def test_a_four_hour_recording_is_kept_but_its_frames_are_refused_with_a_reason(
    tmp_path, store
) -> None:
    case_id = store.cases.create(make_case())
    rec = keep_recording(store, case_id, long_recording(tmp_path / "4h.mp4"))
    with pytest.raises(VideoError) as caught:
        take_frames(store, case_id, rec)
    assert "4:00:00" in str(caught.value) and "录屏已原样保存" in str(caught.value)
    assert [e.id for e in store.cases.get(case_id).evidence] == [rec]


def test_key_frames_are_derived_evidence_with_times_that_round_trip(tmp_path, store) -> None:
    case_id = store.cases.create(make_case())
    rec = keep_recording(store, case_id, four_screens(tmp_path / "four.mp4")[0])
    taken = take_frames(store, case_id, rec)
    assert [f.at_seconds for f in taken.frames] == [0.0, 1.234, 2.9, 4.517]
    case = store.cases.get(case_id)
    assert [e.id for e in case.evidence] == ["e1", "e2", "e3", "e4", "e5"]
    for row in taken.frames:
        item = case.evidence_by_id(row.evidence_id)
        assert (item.derived_from, item.at_seconds) == (rec, row.at_seconds)
        blob = store.vault.path(item.sha256)
        assert blob.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and _sha(blob) == item.sha256
        assert store.vault.info(item.sha256).derived_from == taken.recording_sha256
        assert _size(blob) == (360, 800)
    again = loads_case(dumps_case(case))
    assert [(e.derived_from, e.at_seconds) for e in again.evidence[1:]] == [
        (rec, 0.0),
        (rec, 1.234),
        (rec, 2.9),
        (rec, 4.517),
    ]
    # Taking them again adds nothing; the user's ticks persist in the store.
    assert take_frames(store, case_id, rec).frames == taken.frames
    set_in_packet(store, case_id, {"e3": False})
    rows = recording_frames(store.cases.get(case_id), rec)
    assert [r.in_packet for r in rows] == [True, False, True, True]
    assert '"in_packet": false' in dumps_case(store.cases.get(case_id))


def test_cancelling_leaves_the_case_as_it_was(tmp_path, store) -> None:
    case_id = store.cases.create(make_case())
    rec = keep_recording(store, case_id, four_screens(tmp_path / "four.mp4")[0])
    with pytest.raises(VideoError) as caught:
        take_frames(store, case_id, rec, cancel=lambda: True)
    assert caught.value.code == "cancelled"
    assert [e.id for e in store.cases.get(case_id).evidence] == [rec]


def test_without_the_extra_recordings_are_kept_and_frames_say_how(
    tmp_path, store, monkeypatch
) -> None:
    import disputekit.store.vault.recording_check as check
    import disputekit.video.probe as probe

    path, _ = four_screens(tmp_path / "four.mp4")
    monkeypatch.setattr(probe.importlib.util, "find_spec", lambda name: None)
    case_id = store.cases.create(make_case())
    rec = keep_recording(store, case_id, path)
    item = store.cases.get(case_id).evidence_by_id(rec)
    assert store.vault.info(item.sha256).format == "MP4"
    assert store.vault.info(item.sha256).width is None
    assert _size(store.vault.thumbnail(item.sha256)) == (192, 256)  # the icon
    assert check.video_available() is False
    with pytest.raises(VideoError) as caught:
        take_frames(store, case_id, rec)
    assert caught.value.code == "unavailable"
    assert "pip install 'disputekit[video]'" in str(caught.value)


def test_a_picture_is_not_a_recording(tmp_path, store) -> None:
    png = tmp_path / "shot.mp4"
    Image.new("RGB", (10, 10)).save(png, "PNG")
    with pytest.raises(IntakeError) as caught:
        keep_recording(store, store.cases.create(make_case()), png)
    assert "不是录屏" in str(caught.value)
    assert _vault_files(store) == []


def test_a_bundle_carries_the_recording_and_its_frames_into_another_store(tmp_path, store):
    from disputekit.app.bundles import export_cases, import_case

    case_id = store.cases.create(make_case())
    rec = keep_recording(store, case_id, four_screens(tmp_path / "four.mp4")[0])
    take_frames(store, case_id, rec)
    set_in_packet(store, case_id, {"e4": False})
    bundle = export_cases(store, {case_id: "case.zip"}, tmp_path)[0]
    with Store.open(tmp_path / "other") as other:
        imported = import_case(other, bundle)
        case = other.cases.get(imported.case_id)
        assert [(e.id, e.kind.value, e.derived_from, e.at_seconds, e.in_packet)
                for e in case.evidence] == [
            ("e1", "screen_recording", None, None, True),
            ("e2", "screen_recording", "e1", 0.0, True),
            ("e3", "screen_recording", "e1", 1.234, True),
            ("e4", "screen_recording", "e1", 2.9, False),
            ("e5", "screen_recording", "e1", 4.517, True),
        ]  # fmt: skip
        assert other.vault.info(case.evidence[0].sha256).format == "MP4"
        assert other.vault.path(case.evidence[0].sha256).read_bytes() == (
            store.vault.path(case.evidence[0].sha256).read_bytes()
        )


def test_a_recording_received_as_bytes_is_kept_like_a_file(tmp_path, store) -> None:
    from disputekit.app.evidence.intake import add_bytes

    case_id = store.cases.create(make_case())
    data = four_screens(tmp_path / "four.mp4")[0].read_bytes()
    done = add_bytes(store, case_id, data, "upload.mp4", EvidenceKind.OTHER)
    item = store.cases.get(case_id).evidence_by_id(done.added[0])
    assert item.kind is EvidenceKind.SCREEN_RECORDING and item.original_name == "upload.mp4"
    assert store.vault.path(item.sha256).read_bytes() == data
    cut = add_bytes(store, case_id, data[: len(data) // 2], "cut.mp4", EvidenceKind.OTHER)
    assert cut.added == [] and "提前结束" in str(cut.failed[0][1])
    assert [p.name for p in _vault_files(store)] == [item.sha256]


@pytest.mark.parametrize(
    "name, codec, fmt", [("a.mov", "libx264", "MOV"), ("b.webm", "libvpx-vp9", "WEBM")]
)
def test_mov_and_webm_recordings_are_accepted_by_content(tmp_path, store, name, codec, fmt):
    from tests.video.recordings import screen, write

    path = write(tmp_path / name, [(0, screen(1, 0)), (500, screen(2, 1))], codec=codec)
    case_id = store.cases.create(make_case())
    renamed = path.with_name(f"{name}.bin")  # the name says nothing: the content does
    path.rename(renamed)
    rec = keep_recording(store, case_id, renamed)
    item = store.cases.get(case_id).evidence_by_id(rec)
    stored = store.vault.info(item.sha256)
    assert (stored.format, stored.width, stored.height) == (fmt, 360, 800)
    assert [f.at_seconds for f in take_frames(store, case_id, rec).frames] == [0.0, 0.5]


def test_a_recording_claiming_an_absurd_picture_size_is_refused(tmp_path, store, monkeypatch):
    import disputekit.video.probe as probe

    monkeypatch.setattr(probe, "MAX_PIXELS", 1000)
    path, _ = four_screens(tmp_path / "huge.mp4")
    done = add_files(store, store.cases.create(make_case()), [path], EvidenceKind.OTHER)
    ((_path, error),) = done.failed
    assert "360×800" in str(error) and "过大" in str(error)
    assert _vault_files(store) == []
