"""Key frame speed: `key_frames` of a 60 s 1080×2400 phone screen recording vs a bare PyAV
decode of the same file, in the same run.

The recording is generated once in a temporary folder (H.264, 30 frames a second, yuv420p,
as a phone writes a screen recording): eight screens of a chat or order list, some scrolled
slowly, under a status bar whose clock changes on every frame.

Over several rounds that alternate which of the two runs first (load from other processes,
and any warm-up of the second run, falls on both alike):
  baseline  `for frame in container.decode(stream): pass`, with the decoder threaded the
            same way (thread_type AUTO), so that threading is not what is measured
  ours      key_frames(path): every frame decoded and judged (its own presentation time, a
            small grey copy scaled by FFmpeg, the status bar masked, dHash against the last
            kept frame), each kept frame turned upright and written as PNG

Prints the median times, the median per-round ratio and the CPU-time ratio; last line:
RESULT name=frames ratio=<x> target=1.3
Run: .venv/bin/python benchmarks/frames.py [--seconds 60] [--rounds 3] [--keep FILE]
(--keep: reuse the recording at FILE, made there first if missing; making it takes minutes)
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image, ImageDraw

from disputekit.video.keyframes import key_frames

TARGET = 1.3
WIDTH, HEIGHT, FPS = 1080, 2400, 30


def _page(seed: int) -> Image.Image:
    import random

    rng = random.Random(seed)
    page = Image.new("RGB", (WIDTH, HEIGHT * 2), (245, 245, 245))
    draw = ImageDraw.Draw(page)
    y = 0
    while y < page.height:
        h = rng.randrange(120, 420)
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        draw.rectangle((rng.randrange(0, 360), y + 18, rng.randrange(540, WIDTH), y + h - 18),
                       fill=colour)  # fmt: skip
        y += h
    return page


def make_recording(path: Path, seconds: int) -> Path:
    """Eight screens over `seconds`, every other one scrolling slowly, the clock ticking."""
    pages = [_page(seed) for seed in range(8)]
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        stream.options = {"preset": "veryfast", "crf": "28"}
        total = seconds * FPS
        for i in range(total):
            screen = i * len(pages) // total
            scroll = (i % (total // len(pages))) * 4 if screen % 2 else 0
            picture = pages[screen].crop((0, scroll, WIDTH, scroll + HEIGHT))
            draw = ImageDraw.Draw(picture)
            draw.rectangle((0, 0, WIDTH, 110), fill=(20, 20, 20))
            draw.rectangle((30, 30, 30 + (i * 37) % 300, 80), fill="white")
            frame = av.VideoFrame.from_image(picture)
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def bare_decode(path: Path) -> int:
    count = 0
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for _ in container.decode(stream):
            count += 1
    return count


def timed(run) -> tuple[float, float, object]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="reuse (or make once) the recording here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="disputekit-bench-") as tmp:
        start = time.perf_counter()
        path = args.keep or Path(tmp) / "recording.mp4"
        if not path.is_file():
            make_recording(path, args.seconds)
        size = path.stat().st_size / 2**20
        print(f"recording: {args.seconds} s {WIDTH}×{HEIGHT} @ {FPS} fps, {size:.1f} MB, "
              f"made in {time.perf_counter() - start:.1f} s")  # fmt: skip
        rounds = []
        for n in range(args.rounds):
            if n % 2 == 0:
                base, ours = timed(lambda: bare_decode(path)), timed(lambda: key_frames(path))
            else:
                ours, base = timed(lambda: key_frames(path)), timed(lambda: bare_decode(path))
            rounds.append((ours, base))
            found = ours[2]
            print(f"round {n + 1}: key_frames {ours[0]:.2f} s ({len(found.frames)} frames)  "
                  f"bare decode {base[0]:.2f} s ({base[2]} frames)  "
                  f"ratio {ours[0] / base[0]:.2f}", file=sys.stderr)  # fmt: skip
    ratio = statistics.median(o[0] / b[0] for o, b in rounds)
    cpu = statistics.median(o[1] / b[1] for o, b in rounds)
    mine = statistics.median(o[0] for o, _ in rounds)
    bare = statistics.median(b[0] for _, b in rounds)
    verdict = "meets" if ratio <= TARGET else "MISSES"
    print(f"key_frames {mine:.2f} s  bare decode {bare:.2f} s  ratio {ratio:.2f} "
          f"({verdict} ≤ {TARGET}); CPU-time ratio {cpu:.2f}")  # fmt: skip
    print(f"RESULT name=frames ratio={ratio:.2f} target={TARGET}")


if __name__ == "__main__":
    main()
