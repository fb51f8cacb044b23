"""Packet build speed and size vs img2pdf on the same 60 phone screenshots.

    .venv/bin/python benchmarks/packet.py [--rounds 3] [--keep DIR]

60 synthetic 1080×2400 PNG screenshots (chat bubbles, a 30 px timestamp) go into a sample case.
Each round times `img2pdf` (a lossless copy of the PNGs onto A4), then `build_packet` with an
empty image cache, then a rebuild with the warm cache. Rounds alternate so that load from other
work on a shared machine hits both sides alike; the ratios reported are the medians of the
per-round ratios. Targets: packet ≤ 1.3× img2pdf's time, ≤ 0.45× its size, warm rebuild ≤ 0.3×.
The first round also pays for loading the fonts (once per process), as a CLI run does.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TARGETS = {"time": 1.3, "size": 0.45, "rebuild": 0.3}


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn):
    t, cpu = time.perf_counter(), _cpu()
    result = fn()
    return time.perf_counter() - t, _cpu() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--screenshots", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="keep the case and PDFs in this folder")
    args = parser.parse_args()

    import img2pdf

    from disputekit.domain.case.document.case_json import loads_case
    from disputekit.packet.builder import build_packet
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support
    from tests.support.packet_samples import write_sample_case

    work = args.keep or Path(tempfile.mkdtemp(prefix="disputekit-bench-"))
    shutil.rmtree(work, ignore_errors=True)
    t = time.perf_counter()
    case_json = write_sample_case(work / "case", screenshots=args.screenshots)
    print(f"made {args.screenshots} screenshots 1080x2400 in {time.perf_counter() - t:.1f} s")
    folder = case_json.parent
    case = loads_case(case_json.read_text(encoding="utf-8"))
    images = [str(folder / item.file) for item in case.evidence]
    a4 = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))

    def baseline() -> int:
        pdf = img2pdf.convert(images, layout_fun=img2pdf.get_layout_fun(a4))
        (work / "img2pdf.pdf").write_bytes(pdf)
        return len(pdf)

    def packet(cache: Path, out: str):
        return lambda: build_packet(
            case,
            "complaint_12315",
            work / out,
            today=date(2026, 11, 26),
            file_for=lambda item: folder / item.file,
            cache_dir=cache,
        )

    ratios: dict[str, list[float]] = {key: [] for key in TARGETS}
    print(
        f"{'round':5} {'img2pdf s':>10} {'cold s':>8} {'warm s':>8} {'cold CPU s':>10} "
        f"{'MB img2pdf':>10} {'MB packet':>9} {'pages':>5} {'encodes':>7}"
    )
    for n in range(1, args.rounds + 1):
        cache = work / f"cache-{n}"
        base_s, _, base_size = _timed(baseline)
        cold_s, cold_cpu, cold = _timed(packet(cache, "packet.pdf"))
        warm_s, _, warm = _timed(packet(cache, "packet-rebuilt.pdf"))
        assert warm.images_encoded == 0
        print(
            f"{n:5} {base_s:10.2f} {cold_s:8.2f} {warm_s:8.2f} {cold_cpu:10.2f} "
            f"{base_size / 1e6:10.2f} {cold.size_bytes / 1e6:9.2f} {cold.pages:5} "
            f"{cold.images_encoded:7}"
        )
        ratios["time"].append(cold_s / base_s)
        ratios["size"].append(cold.size_bytes / base_size)
        ratios["rebuild"].append(warm_s / base_s)
    for key, values in ratios.items():
        value = statistics.median(values)
        verdict = "ok" if value <= TARGETS[key] else "MISSED"
        spread = ", ".join(f"{v:.2f}" for v in values)
        print(f"ratio {key:8} {value:5.2f}  (target ≤ {TARGETS[key]}; rounds: {spread})  {verdict}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if args.keep:
        print(f"files in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    # The headline: cold build time against img2pdf (size and rebuild are in the table above).
    headline = statistics.median(ratios["time"])
    print(f"RESULT name=packet ratio={headline:.2f} target={TARGETS['time']}")


if __name__ == "__main__":
    main()
