"""Key frames of a screen recording: one picture per screen the recording shows.

Every decoded frame is judged, timed by its own presentation time (`pts × time_base`; phone
recordings have a variable frame rate, so a frame count says nothing about time). A frame is
kept when its dHash differs enough from the last frame *kept* (not the previous frame: a slow
scroll changes little from frame to frame but a whole screen over a few seconds), after the
status bar at the top (clock, notifications) is blanked, so a ticking clock is not a new screen.

For speed the hash is taken from a small grey copy that FFmpeg scales straight from the decoded
planes (`frame.reformat`); only a kept frame is converted to full-size RGB and written as PNG.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disputekit.messages import msg
from disputekit.video.probe import (
    VideoError,
    ccw_rotation,
    duration_of,
    load_av,
    upright,
    video_stream,
)

# A recording longer than this is kept as evidence but not searched for key frames: decoding
# an hour of phone video already takes minutes, and a longer one is not a record of one order.
MAX_EXTRACT_SECONDS = 3600
MAX_FRAMES = 120  # more key frames than any packet can use; extraction stops there
STATUS_BAR = 0.07  # top share of the (upright) picture blanked before comparing
HASH_SIZE = 8  # dHash of 8×8 bits (imagehash's default)
THRESHOLD = 10  # bits (about 16%) that must differ from the last kept frame
_SMALL = (90, 160)  # grey copy hashed: width, height of a portrait picture


@dataclass
class KeyFrame:
    """One kept frame: when it shows in the recording, and its upright picture as PNG."""

    at_seconds: float
    png: bytes
    width: int
    height: int


@dataclass
class Extraction:
    """What `key_frames` found; `capped` when it stopped at `MAX_FRAMES` (at `reached` s)."""

    frames: list[KeyFrame] = field(default_factory=list)
    duration: float | None = None
    capped: bool = False
    reached: float = 0.0
    cancelled: bool = False


Progress = Callable[[float], None]


def key_frames(
    path: Path,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    max_frames: int = MAX_FRAMES,
) -> Extraction:
    """The key frames of the recording at `path`. `progress(share)` (0..1) is called as the
    decoding advances; `cancel()` returning True stops it (`cancelled`, no frames returned).
    VideoError when the extra is missing, the recording is too long or cannot be decoded."""
    av = load_av()
    import imagehash
    from PIL import Image

    out = Extraction()
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = video_stream(container, path)
            out.duration = duration_of(container, stream)
            if out.duration is not None and out.duration > MAX_EXTRACT_SECONDS:
                raise VideoError("too_long", _too_long(path, out.duration))
            stream.thread_type = "AUTO"
            start = stream.start_time or 0
            base = stream.time_base
            last: Any = None
            for frame in container.decode(stream):
                if cancel is not None and cancel():
                    return Extraction(duration=out.duration, cancelled=True)
                if frame.pts is None:
                    continue
                at = float((frame.pts - start) * base)
                if at > MAX_EXTRACT_SECONDS:
                    raise VideoError("too_long", _too_long(path, at))
                ccw = ccw_rotation(frame, stream)
                digest = imagehash.dhash(_masked(frame, ccw, Image), HASH_SIZE)
                if last is None or digest - last > THRESHOLD:
                    if len(out.frames) >= max_frames:
                        out.capped, out.reached = True, at
                        break
                    last = digest
                    out.frames.append(_keep(frame, ccw, at))
                if progress is not None and out.duration:
                    progress(min(1.0, at / out.duration))
    except VideoError:
        raise
    except (av.FFmpegError, OSError, ValueError, MemoryError) as exc:
        raise VideoError("damaged", msg("video.damaged", name=path.name, detail=str(exc))) from exc
    if not out.frames:
        raise VideoError("damaged", msg("video.no_frames", name=path.name))
    return out


def _masked(frame: Any, ccw: int, image_module: Any) -> Any:
    """A small grey upright copy of `frame` with its status bar blanked."""
    # Scaled as stored (portrait or landscape alike), turned afterwards.
    w, h = _SMALL if frame.height >= frame.width else _SMALL[::-1]
    small = frame.reformat(width=w, height=h, format="gray")
    grey = upright(image_module.fromarray(small.to_ndarray()), ccw)
    bar = round(grey.height * STATUS_BAR)
    grey.paste(0, (0, 0, grey.width, bar))
    return grey


def _keep(frame: Any, ccw: int, at: float) -> KeyFrame:
    image = upright(frame.to_image(), ccw)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)
    return KeyFrame(round(at, 6), buffer.getvalue(), image.width, image.height)


def _too_long(path: Path, seconds: float) -> Any:
    return msg(
        "video.too_long",
        name=path.name,
        length=clock_text(seconds),
        limit=clock_text(MAX_EXTRACT_SECONDS),
    )


def clock_text(seconds: float) -> str:
    """A time in a recording as people read it: m:ss.s, or h:mm:ss from an hour."""
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m}:{s:02d}.{int((seconds - whole) * 10)}"
