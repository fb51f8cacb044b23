"""Synthetic phone screen recordings written with PyAV: screens of blocks under a status bar
whose clock changes on every frame, at the presentation times the test chooses (variable
frame rate), optionally rotated by a display matrix or cut short."""

from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 360, 800
STATUS = 40  # status bar height in pixels (5% of 800)
MS = Fraction(1, 1000)


def page(seed: int, width: int = WIDTH, height: int = HEIGHT * 3) -> Image.Image:
    """A tall page of coloured blocks (a chat or an order list), different for each seed."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    y = 0
    while y < height:
        h = rng.randrange(40, 140)
        x0 = rng.randrange(0, width // 3)
        x1 = rng.randrange(width // 2, width)
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        draw.rectangle((x0, y + 6, x1, y + h - 6), fill=colour)
        y += h
    return image


def screen(seed: int, clock: int, scroll: int = 0) -> Image.Image:
    """One screen: the page `seed` scrolled down `scroll` px, the clock showing `clock`."""
    image = page(seed).crop((0, scroll, WIDTH, scroll + HEIGHT))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, STATUS), fill=(20, 20, 20))
    # The clock: a bar whose length and a notification dot that change on every frame.
    draw.rectangle((8, 10, 8 + (clock * 37) % 120, 30), fill=(255, 255, 255))
    if clock % 2:
        draw.ellipse((WIDTH - 60, 10, WIDTH - 40, 30), fill=(255, 60, 60))
    return image


def write(
    path: Path,
    frames: list[tuple[int, Image.Image]],
    rotation: int | None = None,
    codec: str = "libx264",
) -> Path:
    """Encode `frames` ((time in ms, picture), stored as given) into `path`; `rotation` sets
    a display matrix (degrees counter-clockwise for display)."""
    import av

    first = frames[0][1]
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=30)
        stream.width, stream.height = first.width, first.height
        stream.pix_fmt = "yuv420p"
        stream.codec_context.time_base = MS
        if rotation is not None:
            stream.set_display_rotation(rotation)
        for at_ms, picture in frames:
            frame = av.VideoFrame.from_image(picture)
            frame.pts, frame.time_base = at_ms, MS
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def four_screens(path: Path) -> tuple[Path, list[float]]:
    """Four screens shown at uneven frame intervals (VFR); the times each first appears."""
    starts = [0, 1234, 2900, 4517]
    ends = [*starts[1:], 6000]
    frames: list[tuple[int, Image.Image]] = []
    clock = 0
    for seed, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        at = start
        step = 17
        while at < end:
            frames.append((at, screen(seed, clock)))
            clock += 1
            at += step
            step = 17 if step > 60 else step + 11  # 17, 28, 39, 50, 61, 72 ms, again
    return write(path, frames), [s / 1000 for s in starts]


def slow_scroll(path: Path) -> Path:
    """One page scrolled down 6 px every 33 ms for 4.95 s (900 px in all), the clock ticking."""
    frames = [(i * 33, screen(7, i, scroll=i * 6)) for i in range(151)]
    return write(path, frames)


def rotated(path: Path) -> Path:
    """A recording stored as 800×360 landscape pictures with a display matrix turning them a
    quarter turn counter-clockwise: shown upright as 360×800. Two screens, at 0 and 0.5 s."""
    frames = [
        (at, screen(seed, clock).transpose(Image.Transpose.ROTATE_270))
        for clock, (at, seed) in enumerate([(0, 1), (100, 1), (500, 2), (600, 2)])
    ]
    return write(path, frames, rotation=90)


def long_recording(path: Path, hours: float = 4) -> Path:
    """Two pictures four hours apart: a 4-hour recording in a few kilobytes."""
    end = round(hours * 3_600_000)
    return write(path, [(0, screen(1, 0)), (end, screen(2, 1))])
