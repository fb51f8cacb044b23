"""Pictures of packet pages for the README, from the sample case, into docs/packet-*.png.

    .venv/bin/python scripts/packet_pictures.py [--out docs]

Builds the 12315 packet and the 民事起诉状 of the sample case (generated screenshots, the
plaintiff's identity filled in) and renders chosen pages at 80 dpi with poppler's pdftoppm:
cover, timeline, 证据目录, 证据完整性说明, an exhibit page, and the complaint's first page.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from disputekit.domain.case.document.case_json import loads_case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.builder import build_packet

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support
from tests.support.packet_samples import write_sample_case

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 26)


def page_of(pdf: Path, marker: str) -> int:
    """The first page (1-based) whose text contains `marker`."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    for number, page in enumerate(text.decode().split("\f"), start=1):
        if marker in page:
            return number
    raise SystemExit(f"{pdf.name}: no page shows {marker!r}")


def render(pdf: Path, page: int, out: Path) -> None:
    """One page as a PNG at 80 dpi (A4 → 662×936)."""
    stem = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page),
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    print(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_sample_case(folder, screenshots=4)
        data = json.loads(path.read_text(encoding="utf-8"))
        data["complainant"].update(
            id_number="33010619900101123X", gender="male", birth_date="1990-01-01"
        )
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        case = loads_case(path.read_text(encoding="utf-8"))
        built = {}
        for kind in (PacketKind.COMPLAINT_12315, PacketKind.CIVIL_COMPLAINT):
            built[kind] = build_packet(
                case, kind, folder / f"{kind}.pdf", file_for=lambda i: folder / i.file, today=TODAY
            ).path
        p12315, civil = built[PacketKind.COMPLAINT_12315], built[PacketKind.CIVIL_COMPLAINT]
        render(p12315, 1, args.out / "packet-cover.png")
        render(p12315, page_of(p12315, "时间（北京时间）"), args.out / "packet-timeline.png")
        render(p12315, page_of(p12315, "五、证据目录"), args.out / "packet-catalog.png")
        render(p12315, page_of(p12315, "证据完整性说明\n"), args.out / "packet-integrity.png")
        render(p12315, page_of(p12315, "证据1 "), args.out / "packet-exhibit.png")
        render(civil, 1, args.out / "packet-civil.png")


if __name__ == "__main__":
    main()
