"""What a recording is: its container format from its first bytes, and (with PyAV) its picture.

A phone stores a recording as the camera or screen wrote it and says how to turn it for display
in metadata (a display matrix, or an older `rotate` tag); PyAV hands frames over as stored, so
every picture taken from a recording goes through `upright` first.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disputekit.messages import Msg, msg

if TYPE_CHECKING:
    from PIL import Image

INSTALL_HINT = "pip install 'disputekit[video]'"
VIDEO_FORMATS = ("MP4", "MOV", "WEBM")
# Larger than any phone screen or 8K camera; a header claiming more is not a real recording.
MAX_PIXELS = 40_000_000
_QUICKTIME_BOXES = (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")
_NOT_VIDEO_BRANDS: tuple[bytes, ...] = (
    *(b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"),
    *(b"avif", b"avis", b"M4A ", b"M4B ", b"crx "),
)


class VideoError(ValueError):
    """A recording that cannot be read or the `[video]` extra missing; `text` (a `Msg`, Chinese
    as a `str`) says which, `code` the kind (`unavailable`, `damaged`, …)."""

    def __init__(self, code: str, text: Msg) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


def video_available() -> bool:
    """True when the `[video]` extra (PyAV and imagehash) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("av", "imagehash"))


def load_av() -> Any:
    """The `av` module, or VideoError naming the extra to install."""
    if not video_available():
        raise VideoError("unavailable", msg("video.unavailable", hint=INSTALL_HINT))
    import av

    return av


def sniff_video(head: bytes) -> str | None:
    """The recording format the bytes start with (one of `VIDEO_FORMATS`), or None."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _NOT_VIDEO_BRANDS or b"avif" in head[8:40]:
            return None
        return "MOV" if brand == b"qt  " else "MP4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "WEBM" if b"webm" in head[:64] else None
    if head[4:8] in _QUICKTIME_BOXES and int.from_bytes(head[:4], "big") >= 8:
        return "MOV"  # an old QuickTime file without a file-type box
    return None


@dataclass
class RecordingInfo:
    """A recording as shown: its display size (rotation applied), length, and first picture."""

    width: int
    height: int
    duration: float | None  # seconds, when the container says
    rotation: int  # degrees counter-clockwise to turn a stored frame for display
    first_frame: Image.Image | None


def ccw_rotation(frame: Any, stream: Any) -> int:
    """How far to turn `frame` counter-clockwise for display: its display matrix (PyAV's
    `frame.rotation`), else the stream's `rotate` tag (clockwise degrees); 0, 90, 180 or 270."""
    angle = int(getattr(frame, "rotation", 0) or 0)
    if angle == 0:
        tag = (stream.metadata or {}).get("rotate", "0")
        try:
            angle = -int(float(tag))
        except ValueError:
            angle = 0
    return round(angle / 90) % 4 * 90


def upright(image: Image.Image, ccw: int) -> Image.Image:
    """`image` turned `ccw` degrees counter-clockwise (a quarter turn swaps width and height)."""
    from PIL import Image as PilImage

    turns = {
        90: PilImage.Transpose.ROTATE_90,
        180: PilImage.Transpose.ROTATE_180,
        270: PilImage.Transpose.ROTATE_270,
    }
    return image.transpose(turns[ccw]) if ccw in turns else image


def video_stream(container: Any, path: Path) -> Any:
    """The container's first video stream, refused when absent or of an absurd size."""
    if not container.streams.video:
        raise VideoError("damaged", msg("video.no_picture", name=path.name))
    stream = container.streams.video[0]
    width, height = stream.codec_context.width, stream.codec_context.height
    if width * height > MAX_PIXELS:
        raise VideoError(
            "damaged", msg("video.too_many_pixels", name=path.name, size=f"{width}×{height}")
        )
    return stream


def duration_of(container: Any, stream: Any) -> float | None:
    """The recording's length in seconds: the stream's own, else the container's."""
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def probe(path: Path) -> RecordingInfo:
    """Open the recording and decode its first picture; VideoError when it cannot be read."""
    av = load_av()
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = video_stream(container, path)
            duration = duration_of(container, stream)
            for frame in container.decode(stream):
                ccw = ccw_rotation(frame, stream)
                image = upright(frame.to_image(), ccw)
                return RecordingInfo(image.width, image.height, duration, ccw, image)
    except VideoError:
        raise
    except (av.FFmpegError, OSError, ValueError, MemoryError) as exc:
        raise VideoError("damaged", msg("video.damaged", name=path.name, detail=str(exc))) from exc
    raise VideoError("damaged", msg("video.no_frames", name=path.name))
