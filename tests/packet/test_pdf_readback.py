"""The built packet parsed back: fonts, text, images, page size, line starts, sections."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.kinds.legal_basis import choose_articles
from disputekit.packet.pages.kinsoku import CLOSING_PUNCTUATION
from disputekit.timeutil import SHANGHAI


def run(*cmd: str | Path) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True).stdout


def page_texts(pdf: Path) -> list[str]:
    return run("pdftotext", "-layout", pdf, "-").split("\f")[:-1]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_font_is_embedded_and_is_ours(built):
    _, result, _ = built
    rows = run("pdffonts", result.path).splitlines()[2:]
    assert rows
    names = {row.split()[0].split("+")[-1] for row in rows}
    assert names == {"DisputeKitSansSC-Regular", "DisputeKitSansSC-Bold", "DisputeKitMono-Regular"}
    for row in rows:
        emb = row.split()[-5]  # columns: name type encoding emb sub uni object ID
        assert emb == "yes", row


def test_every_page_is_a4_and_numbered(built):
    _, result, _ = built
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - 595.28) < 0.5
        assert abs(float(page.mediabox.height) - 841.89) < 0.5
    texts = page_texts(result.path)
    assert len(texts) == result.pages
    for n, text in enumerate(texts, start=1):
        flat = squeeze(text)  # pdftotext drops the spaces between Chinese and digits
        assert f"第{n}页/共{result.pages}页" in flat
        if n > 1:
            assert "订单号KM2026112000123·12315投诉材料" in flat


def test_case_data_is_extractable_exactly(built):
    folder, result, case = built
    text = run("pdftotext", result.path, "-")
    flat = squeeze(text)
    for value in (
        "王镕喆",
        "李昇珺",
        "杭州堃昇网络科技有限公司",
        "珺昇游戏专营店",
        "91330106MA2XXXXX7L",
        "KM2026112000123",
        "¥98.50",
        "浙江省杭州市滨江区网商路599号",
    ):
        assert value in text, value
    for event in case.events:
        local = event.at.astimezone(SHANGHAI)
        # One date format in the whole packet; a narrow column may wrap it, so compare squeezed.
        assert squeeze(f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}") in flat
        assert squeeze(event.note) in flat
    for item in case.evidence:
        digest = hashlib.sha256((folder / item.file).read_bytes()).hexdigest()
        assert digest in text  # whole, on one line, on the integrity page
    assert "12315投诉材料" in text


def test_no_line_starts_with_closing_punctuation(built):
    _, result, _ = built
    for mode in ([], ["-layout"]):
        lines = run("pdftotext", *mode, result.path, "-").splitlines()
        bad = [line for line in lines if line.strip() and line.strip()[0] in CLOSING_PUNCTUATION]
        assert bad == []


def test_one_image_per_exhibit_scaled_for_150_dpi(built):
    _, result, case = built
    rows = run("pdfimages", "-list", result.path).splitlines()[2:]
    assert len(rows) == len(case.evidence) == len(result.exhibits)
    for row in rows:
        cols = row.split()
        width, height, enc = int(cols[3]), int(cols[4]), cols[8]
        assert enc == "jpeg"
        assert width <= 600 and height <= 1300  # scaled to the slot, not the 1080 px original
    # The EXIF-rotated payment JPEG (stored 800×600, orientation 6) is upright: taller than wide.
    jpeg = next(ex for ex in result.exhibits if ex.item.id == "e9")
    assert jpeg.size_px == (600, 800)


def test_exhibits_are_captioned_with_number_and_hash(built):
    _, result, _ = built
    texts = page_texts(result.path)
    for ex in result.exhibits:
        assert ex.pages, ex.label
        page = squeeze(texts[ex.pages[0] - 1])
        assert ex.label in page
        # In a half-width column the hash breaks cleanly into two 32-digit halves.
        assert ex.sha256[:32] in page and ex.sha256[32:] in page


def test_legal_basis_is_verbatim_and_fits_the_case(built):
    _, result, case = built
    flat = squeeze(run("pdftotext", result.path, "-"))
    chosen = choose_articles(case, PacketKind.COMPLAINT_12315)
    cites = {a.cite for a in chosen}
    assert "《中华人民共和国电子商务法》第六十二条" in cites
    assert "《中华人民共和国消费者权益保护法》第五十三条" in cites
    for article in chosen:
        assert squeeze(article.text) in flat
    assert "第二十五条经营者采用网络" not in flat  # the 7-day return article does not fit


def test_authorization_and_closing_statement(built):
    _, result, _ = built
    text = run("pdftotext", result.path, "-")
    assert "授权委托书" in text and "委托事项" in text and "委托期限" in text
    assert "不构成法律意见" in squeeze(text)
    assert "原件未经修改" in squeeze(text)
