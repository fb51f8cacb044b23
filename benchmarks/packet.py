"""Packet build speed and size vs img2pdf on the same 60 phone screenshots.

    .venv/bin/python benchmarks/packet.py [--keep DIR]

60 synthetic 1080×2400 PNG screenshots (chat bubbles, a 30 px timestamp) go into a sample case;
we time `build_packet` with a cold image cache (fonts registered in the same call), then a
rebuild with the warm cache, against `img2pdf` (a lossless copy of the PNGs onto A4) measured
in the same run. Targets: packet ≤ 1.3× img2pdf's time, ≤ 0.45× its size, warm rebuild
≤ 0.3× img2pdf's time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

TARGETS = {"time": 1.3, "size": 0.45, "rebuild": 0.3}


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (the workers)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the case and PDFs in this folder")
    parser.add_argument("--screenshots", type=int, default=60)
    args = parser.parse_args()

    import img2pdf

    from disputekit.domain.case_json import loads_case
    from disputekit.packet.builder import build_packet
    from disputekit.packet.samples import write_sample_case

    work = args.keep or Path(tempfile.mkdtemp(prefix="disputekit-bench-"))
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
    t = time.perf_counter()
    case_json = write_sample_case(work / "case", screenshots=args.screenshots)
    print(f"made {args.screenshots} screenshots 1080x2400 in {time.perf_counter() - t:.1f} s")
    folder = case_json.parent
    case = loads_case(case_json.read_text(encoding="utf-8"))
    images = [str(folder / item.file) for item in case.evidence]

    t, cpu = time.perf_counter(), _cpu()
    a4 = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))
    pdf = img2pdf.convert(images, layout_fun=img2pdf.get_layout_fun(a4))
    (work / "img2pdf.pdf").write_bytes(pdf)
    base_time, base_size = time.perf_counter() - t, len(pdf)
    print(f"  img2pdf: {base_time:.2f} s wall, {_cpu() - cpu:.2f} s CPU")

    def build(out: str) -> tuple[float, int, int, int]:
        t, cpu = time.perf_counter(), _cpu()
        result = build_packet(
            case,
            "complaint_12315",
            work / out,
            today=date(2026, 11, 26),
            file_for=lambda item: folder / item.file,
            cache_dir=work / "cache",
        )
        secs = time.perf_counter() - t
        print(f"  {out}: {secs:.2f} s wall, {_cpu() - cpu:.2f} s CPU (all processes)")
        return secs, result.size_bytes, result.pages, result.images_encoded

    cold_time, size, pages, encoded = build("packet.pdf")
    warm_time, _, _, reencoded = build("packet-rebuilt.pdf")

    rows = [
        ("img2pdf (lossless copy)", base_time, base_size, len(images)),
        (f"packet, cold cache ({encoded} encodes)", cold_time, size, pages),
        (f"packet, warm cache ({reencoded} encodes)", warm_time, size, pages),
    ]
    print(f"{'method':38} {'time s':>8} {'size MB':>8} {'pages':>6}")
    for name, secs, nbytes, n in rows:
        print(f"{name:38} {secs:8.2f} {nbytes / 1e6:8.2f} {n:6d}")
    ratios = {
        "time": cold_time / base_time,
        "size": size / base_size,
        "rebuild": warm_time / base_time,
    }
    for key, value in ratios.items():
        verdict = "ok" if value <= TARGETS[key] else "MISSED"
        print(f"ratio {key:8} {value:5.2f}  (target ≤ {TARGETS[key]})  {verdict}")
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work skews times)"
    )
    if args.keep:
        print(f"files in {work}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
