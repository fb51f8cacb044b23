"""Refusals (第十条, glyphs, altered files, budget), atomic writing, cancelling and the cache."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.builder import PacketBlocked, PacketCancelled
from disputekit.packet.images.budget import BudgetExceeded
from disputekit.packet.preflight import preflight


@pytest.fixture
def folder(tmp_path, kit):
    return kit.sample_folder(tmp_path / "case", screenshots=2, with_jpeg=False)


def text_of(path):
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_article_9_refusal_lists_the_missing_fields_and_draft_builds(folder, kit, tmp_path):
    kit.edit_case(
        folder,
        {
            "complainant.address": "",
            "respondent.address": "",
            "complainant.phone": "  ",
            "claims.refund_amount": None,
            "claims.other": "",
        },
    )
    case = kit.load(folder)
    out = tmp_path / "p.pdf"
    with pytest.raises(PacketBlocked) as info:
        kit.build(case, folder, out)
    paths = {(b.code, b.field_path) for b in info.value.blockers}
    assert paths == {
        ("article_9_missing", "complainant.address"),
        ("article_9_missing", "complainant.phone"),
        ("article_9_missing", "respondent.address"),
        ("article_9_missing", "claims"),
    }
    assert all("办法》第十条" in b.message_zh for b in info.value.blockers)
    assert not out.exists()
    # The platform appeal does not need the 第十条 materials.
    kit.build(case, folder, out, kind="appeal")
    text = text_of(out)
    # Filed by a 受托人, the appeal carries the 授权委托书 too, worded for the platform.
    assert "平台申诉材料" in text and "授权委托书" in text
    assert "代为向星辰卡盟提交订单申诉" in text and "12315" not in text.split("授权委托书")[-1]
    kit.build(case, folder, out, draft=True)
    assert "草稿" in text_of(out)


def test_missing_glyphs_are_reported_by_field_and_value(folder, kit, tmp_path):
    kit.edit_case(folder, {"complainant.name": "王镕喆😀", "events.2.note": "客服回复𠀀"})
    case = kit.load(folder)
    problems = {(b.field_path, b.code) for b in preflight(case, PacketKind.APPEAL, kit.today)}
    assert problems == {("complainant.name", "missing_glyph"), ("events[2].note", "missing_glyph")}
    out = tmp_path / "p.pdf"
    with pytest.raises(PacketBlocked) as info:
        kit.build(case, folder, out, kind="appeal")
    messages = " ".join(b.message_zh for b in info.value.blockers)
    assert "😀" in messages and "U+1F600" in messages and "U+20000" in messages
    assert not out.exists()
    kit.build(case, folder, out, kind="appeal", draft=True)
    text = text_of(out)
    assert "王镕喆[U+1F600]" in text and "😀" not in text  # shown as a marker, never a box


def test_altered_original_is_refused_even_for_a_draft(folder, kit, tmp_path):
    kit.edit_case(folder, {"evidence.0.sha256": "0" * 64})
    with pytest.raises(PacketBlocked) as info:
        kit.build(kit.load(folder), folder, tmp_path / "p.pdf", draft=True)
    assert [(b.code, b.field_path) for b in info.value.blockers] == [
        ("evidence_hash_mismatch", "evidence[0]")
    ]


def test_budget_refusal_says_by_how_much_and_the_suggested_dpi_fits(folder, kit, tmp_path):
    case = kit.load(folder)
    out, cache = tmp_path / "p.pdf", tmp_path / "cache"
    full = kit.build(case, folder, tmp_path / "full.pdf", cache_dir=cache)
    limit_mb = (full.size_bytes * 0.7) / 1024 / 1024
    with pytest.raises(BudgetExceeded) as info:
        kit.build(case, folder, out, max_mb=limit_mb, cache_dir=cache)
    exc = info.value
    assert exc.over_bytes == full.size_bytes - int(limit_mb * 1024 * 1024)
    assert exc.suggested_dpi is not None and 50 <= exc.suggested_dpi < 150
    assert f"--dpi {exc.suggested_dpi}" in exc.message_zh() and "多出" in exc.message_zh()
    assert not out.exists()
    fitted = kit.build(case, folder, out, max_mb=limit_mb, dpi=exc.suggested_dpi, cache_dir=cache)
    assert fitted.size_bytes <= limit_mb * 1024 * 1024
    with pytest.raises(BudgetExceeded) as pages:
        kit.build(case, folder, tmp_path / "q.pdf", max_pages=3, cache_dir=cache)
    assert pages.value.over_pages == full.pages - 3 and pages.value.suggested_dpi is None


def test_failure_mid_build_keeps_the_old_file_and_leaves_no_temp(folder, kit, tmp_path):
    out = tmp_path / "out" / "p.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old packet")

    def explode(done, total, label):
        if label == "排版":
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        kit.build(kit.load(folder), folder, out, progress=explode)
    assert out.read_bytes() == b"old packet"
    assert sorted(p.name for p in out.parent.iterdir()) == ["p.pdf"]


def test_killed_process_never_leaves_a_partial_target(folder, tmp_path):
    out = tmp_path / "p.pdf"
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import date
        from pathlib import Path
        from disputekit.domain.case.document.case_json import loads_case
        from disputekit.packet import builder, render

        real = render.write_pdf
        def write_then_die(path, *args, **kw):
            real(path, *args, **kw)
            assert path.stat().st_size > 0  # a complete PDF sits in the temp file
            os.kill(os.getpid(), signal.SIGKILL)
        builder.write_pdf = write_then_die
        folder = Path({str(folder)!r})
        case = loads_case((folder / "case.json").read_text(encoding="utf-8"))
        if __name__ == "__main__":
            builder.build_packet(case, "appeal", Path({str(out)!r}), today=date(2026, 11, 26),
                                 file_for=lambda item: folder / item.file)
    """)
    log = tmp_path / "log.txt"
    with log.open("w") as sink:  # not a pipe: a straggling worker must not keep us waiting
        env = {**os.environ, "DISPUTEKIT_TEST_MARK": str(tmp_path)}
        proc = subprocess.run(
            [sys.executable, "-c", script], stdout=sink, stderr=sink, env=env, timeout=120
        )
    assert proc.returncode == -9, log.read_text()
    assert not out.exists()
    if not Path("/proc").is_dir():
        return
    # The image workers leave with their killed parent instead of living on as orphans.
    deadline = time.monotonic() + 10
    while _orphans(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _orphans(tmp_path) == []


def _orphans(marker: Path) -> list[int]:
    """Worker processes started from this test's killed build (found by their environment)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            environ = (proc / "environ").read_bytes()
        except (OSError, ValueError):
            continue
        if f"DISPUTEKIT_TEST_MARK={marker}".encode() in environ.split(b"\0"):
            found.append(int(proc.name))
    return found


def test_cancel_stops_without_writing(folder, kit, tmp_path):
    out = tmp_path / "p.pdf"
    with pytest.raises(PacketCancelled):
        kit.build(kit.load(folder), folder, out, cancel=lambda: True)
    assert not out.exists()


def test_rebuild_reuses_cached_images(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "case", screenshots=3)
    case, cache = kit.load(folder), tmp_path / "cache"
    key = b"k" * 32  # the data folder's, kept in its database
    first = kit.build(case, folder, tmp_path / "a.pdf", cache_dir=cache, cache_key=key)
    assert (first.images_encoded, first.images_reused) == (4, 0)
    files = sorted(cache.glob("*.jpg"))  # each with its sealed record beside it (.sha256)
    assert len(files) == 4
    assert len(list(cache.glob("*.jpg.sha256"))) == 4
    assert {f.name.split("-")[0] for f in files} == {
        kit.sha256(folder / e.file) for e in case.evidence
    }
    stamps = {f: f.stat().st_mtime_ns for f in files}
    second = kit.build(case, folder, tmp_path / "b.pdf", cache_dir=cache, cache_key=key)
    assert (second.images_encoded, second.images_reused) == (0, 4)
    assert {f: f.stat().st_mtime_ns for f in sorted(cache.glob("*.jpg"))} == stamps
    other = kit.build(case, folder, tmp_path / "c.pdf", cache_dir=cache, dpi=100, cache_key=key)
    # Another size is another derived image (the small JPEG is never upscaled, so it may match).
    assert other.images_encoded >= 3
    assert len(list(cache.glob("*.jpg"))) == 4 + other.images_encoded


def test_pdf_evidence_is_appended_page_by_page_with_caption(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "case", screenshots=1, with_jpeg=False, with_bill=True)
    result = kit.build(kit.load(folder), folder, tmp_path / "p.pdf")
    bill = next(ex for ex in result.exhibits if ex.is_pdf)
    assert len(bill.pages) == 2
    reader = PdfReader(result.path)
    for n, page_no in enumerate(bill.pages, start=1):
        page = reader.pages[page_no - 1]
        text = page.extract_text()
        assert f"支付宝交易明细 第{n}页" in text  # the original page, laid in
        assert f"{bill.label}（第 {n}/2 页）" in text  # our caption
        assert bill.sha256 in text.replace("\n", "")
        assert f"第 {page_no} 页 / 共 {result.pages} 页" in text


def test_passed_deadlines_are_marked_in_the_timeline(folder, kit, tmp_path):
    out = tmp_path / "p.pdf"
    kit.build(kit.load(folder), folder, out, today=kit.today.replace(month=12, day=20))
    text = text_of(out)
    assert "【期限已过】平台申诉处理期限" in text
    assert "2026年11月27日 23:59" in text  # 5 working days after the appeal of 2026-11-22
    kit.build(kit.load(folder), folder, out)  # on 2026-11-26 it has not passed yet
    assert "期限已过" not in text_of(out)


def test_exhibit_order_numbers_the_evidence(folder, kit, tmp_path):
    case = kit.load(folder)
    result = kit.build(case, folder, tmp_path / "p.pdf", exhibit_order=["e2"])
    assert [(ex.number, ex.item.id) for ex in result.exhibits] == [(1, "e2"), (2, "e1")]
    with pytest.raises(ValueError, match="e7"):
        kit.build(case, folder, tmp_path / "q.pdf", exhibit_order=["e7"])


def test_heic_photos_are_exhibits(tmp_path, kit):
    pillow_heif = pytest.importorskip("pillow_heif")
    from PIL import Image

    pillow_heif.register_heif_opener()
    folder = kit.sample_folder(tmp_path / "case", screenshots=0, with_jpeg=False)
    extra = []
    for n in (1, 2):  # two, so they go to worker processes, which must register the plugin
        Image.new("RGB", (300, 700), (40 * n, 90, 160)).save(folder / f"p{n}.heic", "HEIF")
        extra.append({"id": f"h{n}", "kind": "other", "file": f"p{n}.heic"})
    kit.edit_case(folder, {"evidence": extra})
    result = kit.build(kit.load(folder), folder, tmp_path / "p.pdf")
    assert [ex.size_px for ex in result.exhibits] == [(300, 700), (300, 700)]
    assert result.images_encoded == 2
