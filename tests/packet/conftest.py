"""Shared fixtures: a sample case with generated screenshots, built once, read back by tests."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from disputekit.domain.case.document.case_json import loads_case
from disputekit.domain.case.model import Case
from disputekit.packet.builder import PacketResult, build_packet
from tests.support.packet_samples import write_sample_case

TODAY = date(2026, 11, 26)
SMALL_PHONE = (540, 1200)  # half size: the same layout, faster to make and encode


def exif_rotated_jpeg(path: Path) -> Path:
    """A landscape-stored JPEG whose EXIF says rotate 90° (shown as portrait 600×800)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (800, 600), (250, 250, 250))
    ImageDraw.Draw(img).rectangle([0, 0, 400, 600], fill=(30, 120, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    img.save(path, "JPEG", quality=90, exif=exif)
    return path


def bill_pdf(path: Path, pages: int = 2) -> Path:
    """An 'official bill' PDF with embedded text, as an Alipay export would be."""
    from reportlab.pdfgen.canvas import Canvas

    from disputekit.packet.pages.fonts import SANS, register_fonts

    register_fonts()
    canvas = Canvas(str(path), pagesize=(595, 842), initialFontName=SANS)
    for n in range(1, pages + 1):
        canvas.setFont(SANS, 14)
        canvas.drawString(60, 780, f"支付宝交易明细 第{n}页")
        canvas.drawString(60, 740, "交易号 2026112022001412345678901234 金额 98.50")
        canvas.showPage()
    canvas.save()
    return path


def load(folder: Path) -> Case:
    """The case JSON in `folder`."""
    return loads_case((folder / "case.json").read_text(encoding="utf-8"))


def build(case: Case, folder: Path, out: Path, **kw: object) -> PacketResult:
    """Build with evidence files relative to `folder` (as for a case JSON)."""
    kw.setdefault("today", TODAY)
    kw.setdefault("kind", "complaint_12315")
    kind = kw.pop("kind")
    return build_packet(case, kind, out, file_for=lambda item: folder / item.file, **kw)


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_folder(
    folder: Path,
    *,
    screenshots: int = 4,
    with_jpeg: bool = True,
    with_bill: bool = False,
    filed_by: bool = True,
) -> Path:
    """Write the sample case (small screenshots, optionally an EXIF JPEG and a bill PDF)."""
    extra = []
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evidence").mkdir(exist_ok=True)
    if with_jpeg:
        exif_rotated_jpeg(folder / "evidence" / "pay.jpg")
        extra.append(
            {
                "id": "e9",
                "kind": "payment_record",
                "file": "evidence/pay.jpg",
                "caption": "支付宝付款详情",
                "proves": "已付款98.50元",
                "captured_at": "2026-11-20T10:20:00+08:00",
                "source": "支付宝截图",
            }
        )
    if with_bill:
        bill_pdf(folder / "evidence" / "bill.pdf")
        extra.append(
            {
                "id": "e10",
                "kind": "payment_record",
                "file": "evidence/bill.pdf",
                "caption": "支付宝官方账单",
                "proves": "付款记录（官方导出）",
                "captured_at": "2026-11-23T09:00:00+08:00",
                "source": "支付宝账单导出",
            }
        )
    write_sample_case(
        folder, screenshots=screenshots, size=SMALL_PHONE, filed_by=filed_by, extra_files=extra
    )
    return folder


def edit_case(folder: Path, change: dict[str, object]) -> None:
    """Apply dotted-path changes ("complainant.name": value) to the case JSON on disk."""
    path = folder / "case.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for dotted, value in change.items():
        *parents, key = dotted.split(".")
        node = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        node[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PacketResult, Case]:
    """The 12315 packet of the sample case (4 screenshots + 1 EXIF JPEG), built once."""
    folder = sample_folder(tmp_path_factory.mktemp("sample"))
    case = load(folder)
    result = build(case, folder, folder / "packet.pdf", cache_dir=folder / "cache")
    return folder, result, case


@pytest.fixture
def kit() -> SimpleNamespace:
    """The helpers above, for test modules (conftest is not importable under importlib mode)."""
    return SimpleNamespace(
        build=build,
        edit_case=edit_case,
        load=load,
        sha256=sha256,
        sample_folder=sample_folder,
        bill_pdf=bill_pdf,
        today=TODAY,
    )
