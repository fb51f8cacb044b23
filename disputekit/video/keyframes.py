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

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
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
# A frame differing by its hash is still the same screen when it is the last kept one
# scrolled by less than a third of its height, with under 12% of its pixels not matching.
SCROLL_NEW = 1 / 3
SCROLL_MATCH = 0.12
_SMALL = (90, 160)  # grey copy hashed: width, height of a portrait picture
_EIGHT_BIT_LUMA = {"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p", "nv12"}


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
    # A kept frame is turned to RGB and written as PNG in a second thread while decoding goes
    # on (FFmpeg's conversion and zlib both release the GIL).
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="key-frame-png")
    kept: list[Future[KeyFrame]] = []
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
            last_grey: Any = None
            ccw: int | None = None
            shift = 0  # the last scroll found (rows of the small copy)
            for frame in container.decode(stream):
                if cancel is not None and cancel():
                    return Extraction(duration=out.duration, cancelled=True)
                if frame.pts is None:
                    continue
                at = float((frame.pts - start) * base)
                if at > MAX_EXTRACT_SECONDS:
                    raise VideoError("too_long", _too_long(path, at))
                if ccw is None:  # one display matrix for the whole stream
                    ccw = ccw_rotation(frame, stream)
                picture, grey = _masked(frame, ccw, Image)
                digest = imagehash.dhash(picture, HASH_SIZE)
                scrolled = None
                if last is not None and digest - last > THRESHOLD:
                    scrolled = _scroll_of(grey, last_grey, shift)
                    shift = shift if scrolled is None else scrolled
                if last is None or (digest - last > THRESHOLD and scrolled is None):
                    if len(kept) >= max_frames:
                        out.capped, out.reached = True, at
                        break
                    last, last_grey, shift = digest, grey, 0
                    kept.append(pool.submit(_keep, frame, ccw, at))
                if progress is not None and out.duration:
                    progress(min(1.0, at / out.duration))
        out.frames = [future.result() for future in kept]
    except VideoError:
        raise
    except (av.FFmpegError, OSError, ValueError, MemoryError) as exc:
        raise VideoError("damaged", msg("video.damaged", name=path.name, detail=str(exc))) from exc
    finally:
        pool.shutdown(cancel_futures=True)
    if not out.frames:
        raise VideoError("damaged", msg("video.no_frames", name=path.name))
    return out


def _masked(frame: Any, ccw: int, image_module: Any) -> tuple[Any, Any]:
    """A small grey upright copy of `frame` with its status bar blanked: as a picture (for
    the hash) and as an array (for the scroll check)."""
    import numpy as np

    # Scaled as stored (portrait or landscape alike), turned afterwards.
    w, h = _SMALL if frame.height >= frame.width else _SMALL[::-1]
    if frame.format.name in _EIGHT_BIT_LUMA:
        small = _luma_small(frame, w, h)
    else:
        small = frame.reformat(width=w, height=h, format="gray").to_ndarray()
    grey = np.array(np.rot90(small, ccw // 90))  # rot90 turns counter-clockwise too
    grey[: round(grey.shape[0] * STATUS_BAR)] = 0
    return image_module.fromarray(grey), grey


def _scroll_of(grey: Any, kept: Any, hint: int) -> int | None:
    """How many rows `grey` is the kept picture moved by, when less than `SCROLL_NEW` of its
    height (below the status bar): a scroll that has not yet shown that much new content;
    None when it is not such a scroll. A fixed title bar or a few changed pixels are
    tolerated (`SCROLL_MATCH`). Shifts near `hint` (the last one found) are tried first."""
    import numpy as np

    if grey.shape != kept.shape:
        return None
    now, then = grey.astype(np.int16), kept.astype(np.int16)
    height = now.shape[0]
    top = round(height * STATUS_BAR)
    reach = int(height * SCROLL_NEW)
    for shift in sorted(range(-reach, reach + 1), key=lambda s: abs(s - hint)):
        a = now[top + max(0, -shift) : height - max(0, shift)]
        b = then[top + max(0, shift) : height - max(0, -shift)]
        if np.count_nonzero(np.abs(a - b) > 16) < SCROLL_MATCH * a.size:
            return shift
    return None


def _luma_small(frame: Any, w: int, h: int) -> Any:
    """About `w`×`h` samples of the frame's own luma plane (its grey picture as decoded): one
    column in every `width / w`, and down each column the average of every third row in
    blocks of `height / h` (averaged down the picture, so a scroll by any number of pixels
    still lines up with the last kept frame). Scaling the whole picture through FFmpeg would
    cost about as much as decoding it."""
    import numpy as np

    plane = frame.planes[0]
    luma = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
    step_x = max(1, frame.width // w)
    rows = luma[1 : frame.height : 3, step_x // 2 : frame.width : step_x]
    group = max(1, rows.shape[0] // h)
    usable = rows[: rows.shape[0] // group * group]
    blocks = usable.reshape(-1, group, usable.shape[1]).sum(axis=1, dtype=np.uint16)
    return (blocks // group).astype(np.uint8)


def _keep(frame: Any, ccw: int, at: float) -> KeyFrame:
    """The frame upright as PNG (FFmpeg's encoder, rows predicted from the row above)."""
    import av
    from PIL import Image

    rgb = frame.reformat(format="rgb24")
    if ccw:
        plane = rgb.planes[0]
        size = (rgb.width, rgb.height)
        image = Image.frombuffer("RGB", size, plane, "raw", "RGB", plane.line_size, 1)
        rgb = av.VideoFrame.from_image(upright(image, ccw))
    encoder = av.CodecContext.create("png", "w")
    encoder.width, encoder.height, encoder.pix_fmt = rgb.width, rgb.height, "rgb24"
    encoder.options = {"pred": "up", "compression_level": "3"}
    png = b"".join(bytes(p) for p in [*encoder.encode(rgb), *encoder.encode(None)])
    return KeyFrame(round(at, 6), png, rgb.width, rgb.height)


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
