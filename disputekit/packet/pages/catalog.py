"""The 证据目录: every exhibit numbered, with 来源, 证明对象, 内容, 页码 and SHA-256.

民事证据规定第十九条 asks for evidence 逐一分类编号, each with a short note of its 来源, 证明对象
and 内容, signed and dated; this table is that list, in every packet kind. Page numbers are
filled in when the PDF is saved (page_refs), since the exhibit pages come after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from disputekit.packet.context import PacketContext
from disputekit.packet.images.exhibits import Exhibit, frame_note
from disputekit.packet.images.provenance import provenance
from disputekit.packet.kinds.narrative import event_text, signer
from disputekit.packet.pages.page_refs import PageRef, page_span
from disputekit.packet.pages.styles import CONTENT_WIDTH, SHADE, styles
from disputekit.packet.pages.tables import grid, heading
from disputekit.packet.pages.text import esc, fmt_date_zh, fmt_datetime, or_blank, safe

ARTICLE_19 = "《最高人民法院关于民事诉讼证据的若干规定》第十九条"
HEADERS = ("序号", "证据名称", "来源", "证明对象", "内容说明", "页码", "SHA-256")
WIDTHS_MM = (15, 22, 31, 30, 31, 14)


MEDIUM = "另附储存载体"
RECORDING_NOTE = (
    "录屏原件不便打印，另附储存载体（U 盘或光盘）提交，以载体中 SHA-256 与本目录一致的文件为准"
    "（《最高人民法院关于民事诉讼证据的若干规定》第十五条）；下列关键帧取自该录屏"
)


def derived_note(ex: Exhibit, exhibits: list[Exhibit]) -> str:
    """What a derived file (a redacted copy, a key frame) was made from, or '' for an
    original."""
    origin = ex.item.derived_from
    if ex.recording:
        return RECORDING_NOTE
    if ex.parent is not None:
        return frame_note(ex) + "（关键帧，PNG）"
    if not origin:
        return ""
    if ex.item.at_seconds is not None:  # a key frame whose recording is not in this packet
        return f"取自录屏（证据编号 {origin}）第 {ex.item.at_seconds:.1f} 秒处的画面"
    for other in exhibits:
        if other.sha256 == origin.lower():
            return f"由{other.label}打码（遮盖个人信息）得到的副本"
    return f"由原件（SHA-256 {origin[:16]}…）打码（遮盖个人信息）得到的副本，原件由当事人保存"


def _sha_cell(sha: str) -> Paragraph:
    # 64 hex digits in four rows of 16 fit the narrow column and stay easy to compare.
    rows = "<br/>".join(sha[i : i + 16] for i in range(0, 64, 16))
    return Paragraph(rows, styles().caption_mono)


def proves_text(ex: Exhibit, ctx: PacketContext, shared: set[str]) -> str:
    """What this exhibit proves: the buyer's own note when it is the exhibit's alone, else the
    steps of the timeline it supports (a note copied to several exhibits says nothing of each)."""
    item = ex.item
    own = item.proves.strip()
    if own and own not in shared:
        return own
    linked = [e for e in ctx.case.events_in_order() if item.id in e.evidence]
    if linked:
        return "；".join(f"{fmt_datetime(e.at)}，{event_text(e)}" for e in linked)
    return own or item.caption.strip() or item.kind.zh


def _row(ex: Exhibit, exhibits: list[Exhibit], proves: str) -> list[Any]:
    s, item = styles(), ex.item
    prov = provenance(item, ex.path)
    source = "<br/>".join(safe(line) for line in prov.lines())
    derived = derived_note(ex, exhibits)
    content = safe(or_blank(item.caption, item.kind.zh))
    name = item.original_name or item.file.rsplit("/", 1)[-1]
    if name:
        content += f"<br/>文件：{safe(name)}"
    if derived:
        content += f"<br/>{esc(derived)}"
    return [
        Paragraph(esc(ex.label), s.cell),
        Paragraph(esc(item.kind.zh), s.cell),
        Paragraph(source, s.cell),
        Paragraph(safe(or_blank(proves)), s.cell),
        Paragraph(content, s.cell),
        Paragraph(MEDIUM, s.cell)
        if ex.recording
        else PageRef(f"exhibit{ex.key}", _pages_of(ex)),
        _sha_cell(ex.sha256),
    ]


def evidence_catalog(ctx: PacketContext, title: str = "五、证据目录") -> list[Flowable]:
    """The 证据目录 section: a note, the table, and the 提交人/日期 line."""
    s = styles()
    story: list[Flowable] = [PageBreak(), heading(title)]
    story.append(
        Paragraph(
            f"依照{ARTICLE_19}逐一编号，写明来源、证明对象和内容。"
            "页码指本材料中展示该证据的页；SHA-256 为原始电子文件的哈希值，"
            "核对方法见“证据完整性说明”。附件中的图片为便于阅读而缩放，以原件为准。",
            s.small,
        )
    )
    story.append(Spacer(1, 3 * mm))
    widths = [w * mm for w in WIDTHS_MM]
    widths.append(CONTENT_WIDTH - sum(widths))
    data: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in HEADERS]]
    notes = [ex.item.proves.strip() for ex in ctx.exhibits]
    shared = {n for n in notes if n and notes.count(n) > 1}
    data += [_row(ex, ctx.exhibits, proves_text(ex, ctx, shared)) for ex in ctx.exhibits]
    if not ctx.exhibits:
        data.append([Paragraph("（本案未附证据文件）", s.cell), "", "", "", "", "", ""])
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if not ctx.exhibits:
        extra.append(("SPAN", (0, 1), (-1, 1)))
    table = grid(data, widths, extra)
    table.repeatRows = 1
    role, who = signer(ctx.case, ctx.kind)
    story += [
        table,
        Spacer(1, 4 * mm),
        Paragraph(
            f"提交人（{esc(role)}）：{safe(or_blank(who))}　　签名：____________"
            f"　　提交日期：{esc(fmt_date_zh(ctx.today))}",
            s.body,
        ),
    ]
    return story


def _pages_of(ex: Exhibit) -> Callable[[], str]:
    """The exhibit's pages as printed, read when the reference is drawn (after layout)."""
    return lambda: page_span(ex.pages)
