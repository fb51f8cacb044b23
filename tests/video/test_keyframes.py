"""Key frames of synthetic phone recordings: one per screen, at each screen's own
presentation time, a ticking clock ignored, a slow scroll not missed, rotation honoured."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("av", reason="key frames need the [video] extra (PyAV)")
pytest.importorskip("imagehash", reason="key frames need the [video] extra (imagehash)")


import numpy as np
from PIL import Image

from disputekit.video.keyframes import MAX_EXTRACT_SECONDS, key_frames
from disputekit.video.probe import VideoError, probe
from tests.video.recordings import (
    HEIGHT,
    WIDTH,
    four_screens,
    long_recording,
    rotated,
    screen,
    slow_scroll,
    write,
)


def _picture(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_four_screens_give_four_frames_at_their_own_times(tmp_path: Path) -> None:
    path, starts = four_screens(tmp_path / "four.mp4")
    found = key_frames(path)
    assert [f.at_seconds for f in found.frames] == starts == [0.0, 1.234, 2.9, 4.517]
    assert [(f.width, f.height) for f in found.frames] == [(WIDTH, HEIGHT)] * 4
    assert not found.capped and not found.cancelled
    # Each PNG is the screen shown then (below the status bar), not a neighbour.
    for seed, frame in enumerate(found.frames, start=1):
        got = _picture(frame.png).crop((0, 60, WIDTH, HEIGHT)).resize((36, 74))
        want = screen(seed, 0).crop((0, 60, WIDTH, HEIGHT)).resize((36, 74))
        diff = np.abs(np.asarray(got, float) - np.asarray(want, float)).mean()
        assert diff < 6, (seed, diff)


def test_a_clock_changing_on_every_frame_is_not_a_new_screen(tmp_path: Path) -> None:
    frames = [(i * 40, screen(3, clock=i)) for i in range(60)]
    found = key_frames(write(tmp_path / "clock.mp4", frames))
    assert [f.at_seconds for f in found.frames] == [0.0]


def test_a_slow_scroll_is_followed_by_comparing_with_the_last_kept_frame(tmp_path: Path) -> None:
    found = key_frames(slow_scroll(tmp_path / "scroll.mp4"))
    times = [f.at_seconds for f in found.frames]
    # 6 px a frame never differs enough from the previous frame, yet 900 px is more than a
    # screen of new content: compared with the last kept frame, a frame is kept each time
    # the page has moved a third of a screen.
    assert times == pytest.approx(EXPECTED_SCROLL_TIMES)


# 6 px a frame: a frame is kept once the page has moved a third of the screen (47 frames,
# 282 px, 1.551 s) from the last kept one.
EXPECTED_SCROLL_TIMES = [0.0, 1.551, 3.102, 4.653]


def test_rotation_metadata_is_honoured(tmp_path: Path) -> None:
    path = rotated(tmp_path / "rotated.mp4")
    assert (probe(path).width, probe(path).height) == (WIDTH, HEIGHT)
    found = key_frames(path)
    assert [f.at_seconds for f in found.frames] == [0.0, 0.5]
    first = _picture(found.frames[0].png)
    assert first.size == (WIDTH, HEIGHT)
    # Upright again: the dark status bar is at the top, as recorded on the phone.
    assert sum(first.getpixel((WIDTH // 2, 20))) < 120
    assert sum(first.getpixel((5, HEIGHT // 2))) > 120  # not the bar turned to the side


def test_the_cap_stops_extraction_and_says_where(tmp_path: Path) -> None:
    path, _ = four_screens(tmp_path / "four.mp4")
    found = key_frames(path, max_frames=2)
    assert [f.at_seconds for f in found.frames] == [0.0, 1.234]
    assert found.capped and found.reached == 2.9


def test_progress_is_reported_and_cancel_stops(tmp_path: Path) -> None:
    path, _ = four_screens(tmp_path / "four.mp4")
    seen: list[float] = []
    found = key_frames(path, progress=seen.append, cancel=lambda: len(seen) >= 10)
    assert found.cancelled and found.frames == []
    assert len(seen) == 10 and seen == sorted(seen) and 0 < seen[-1] < 1


def test_a_four_hour_recording_is_refused_for_frames_with_its_length(tmp_path: Path) -> None:
    path = long_recording(tmp_path / "long.mp4")
    with pytest.raises(VideoError) as caught:
        key_frames(path)
    assert caught.value.code == "too_long"
    assert "4:00:00" in str(caught.value) and "1:00:00" in str(caught.value)
    assert MAX_EXTRACT_SECONDS == 3600


def test_a_webm_recording_works_too(tmp_path: Path) -> None:
    frames = [(0, screen(1, 0)), (700, screen(1, 1)), (1500, screen(2, 2)), (1600, screen(2, 3))]
    found = key_frames(write(tmp_path / "chat.webm", frames, codec="libvpx-vp9"))
    assert [f.at_seconds for f in found.frames] == [0.0, 1.5]


def test_a_truncated_recording_is_a_clear_refusal(tmp_path: Path) -> None:
    path, _ = four_screens(tmp_path / "four.mp4")
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(VideoError) as caught:
        key_frames(cut)
    assert caught.value.code == "damaged" and "cut.mp4" in str(caught.value)
