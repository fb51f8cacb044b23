"""Inputs that once ran for minutes, took gigabytes or were accepted only to fail later: a
huge PDF page, a MediaBox of 1e9 points, a PDF of 10,000 pages, junk before `%PDF-`, a PNG cut
off after its pixels. Each is a sentence at the first step that meets it."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, FloatObject, NameObject

from disputekit.app.evidence.intake import Attached, add_bytes
from disputekit.app.evidence.redaction import (
    FAILURES,
    CannotDraw,
    parse_box,
    redact_item,
    render_page,
)
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store import Store
from tests.domain.factories import make_case


def pdf(pages: int = 1, size: tuple[float, float] = (595, 842)) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(*size)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_mediabox(data: bytes, box: list[float]) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.pages[0][NameObject("/MediaBox")] = ArrayObject([FloatObject(v) for v in box])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, size",
    [
        (pdf(size=(14400, 14400)), "14,400×14,400"),
        (with_mediabox(pdf(), [0, 0, 1e9, 1e9]), "1,000,000,000×1,000,000,000"),
    ],
    ids=["14400 pt page", "MediaBox 1e9"],
)
def test_a_page_too_large_to_draw_is_a_sentence(store: Store, data: bytes, size: str) -> None:
    case_id = store.cases.create(make_case())
    add_bytes(store, case_id, data, "bill.pdf", EvidenceKind.PAYMENT_RECORD)
    with pytest.raises(FAILURES) as refused:
        redact_item(store, case_id, "e1", [parse_box("1:0,0,10,10")])
    text = str(refused.value.text)
    assert text.startswith(f"第 1 页太大（{size} 点），按 150 dpi 绘制超过每页 40,000,000 像素")
    with pytest.raises(CannotDraw) as viewer:  # what the viewer draws with
        render_page(data, 1)
    assert viewer.value.text == refused.value.text
    assert store.cases.get(case_id).evidence_by_id("e1").withheld is False


def test_an_a4_page_still_draws() -> None:
    image, count = render_page(pdf(), 1)
    assert (image.size, count) == ((1240, 1755), 1)


def refusal(attached: Attached) -> str:
    ((_path, error),) = attached.failed
    return str(error.text)


def test_a_pdf_over_the_page_budget_is_refused_at_intake(store: Store) -> None:
    case_id = store.cases.create(make_case())
    refused = add_bytes(store, case_id, pdf(pages=501), "book.pdf", EvidenceKind.PAYMENT_RECORD)
    assert refusal(refused) == (
        "「book.pdf」过大，无法安全打开：该 PDF 有 501 页，材料包最多能放 500 页。"
    )
    assert store.cases.get(case_id).evidence == []
    kept = add_bytes(store, case_id, pdf(pages=500), "long.pdf", EvidenceKind.PAYMENT_RECORD)
    assert not kept.failed


def test_junk_before_the_pdf_header_is_refused_at_intake(store: Store) -> None:
    case_id = store.cases.create(make_case())
    junk = b"x" * 400 + pdf()
    refused = add_bytes(store, case_id, junk, "bill.pdf", EvidenceKind.PAYMENT_RECORD)
    assert "PDF 文件头 %PDF- 之前多出 400 个字节" in refusal(refused)
    assert store.cases.get(case_id).evidence == []


def test_a_png_cut_off_after_its_pixels_is_refused_at_intake(store: Store) -> None:
    out = io.BytesIO()
    Image.new("RGB", (300, 600), "white").save(out, "PNG")
    case_id = store.cases.create(make_case())
    refused = add_bytes(store, case_id, out.getvalue()[:-12], "shot.png", EvidenceKind.CHAT_LOG)
    assert refusal(refused).startswith("「shot.png」不完整：PNG 图像数据提前结束")
    assert store.cases.get(case_id).evidence == []
