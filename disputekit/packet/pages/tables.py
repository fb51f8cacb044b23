"""The table sections of a packet: the cover and the 时间线 (the 证据目录 is in `catalog`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from disputekit.domain.legal.agents import agent, through_guardian
from disputekit.domain.legal.citations import GUIDE_BASIS
from disputekit.packet.context import TITLES, PacketContext
from disputekit.packet.field_sources import source_note
from disputekit.packet.kinds.narrative import event_text
from disputekit.packet.pages.fonts import SANS
from disputekit.packet.pages.styles import CONTENT_WIDTH, GRID, OVERDUE, SHADE, styles
from disputekit.packet.pages.text import esc, fmt_date_zh, fmt_datetime, fmt_money, or_blank, safe


class CellParagraph(Paragraph):
    """A table cell's paragraph, line-broken once per width.

    reportlab's Table measures every cell again each time it splits at a page end and again
    when it draws, so a cell of a 60-row 证据目录 had its Chinese lines broken up to five
    times (half the layout time of a packet). The lines depend only on the text, the style and
    the width offered, never on the height, so the first result for a width is kept."""

    _measured: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._measured is None or self._measured[0] != availWidth:
            self._measured = (availWidth, super().wrap(availWidth, availHeight))
        return self._measured[1]


def _measured_once(cell: Any) -> Any:
    # The paragraph is already parsed; a new class keeps it and only changes how it wraps.
    if type(cell) is Paragraph:
        cell.__class__ = CellParagraph
    return cell


def grid(
    rows: list[list[Any]], widths: list[float], extra: Sequence[tuple[Any, ...]] = ()
) -> Table:
    """A bordered table in the packet font, top-aligned; `extra` adds style commands."""
    rows = [[_measured_once(cell) for cell in row] for row in rows]
    table = Table(rows, colWidths=widths, repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # plain-string cells default to Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                *extra,
            ]
        )
    )
    return table


def kv_table(rows: list[tuple[str, str]], label_width: float = 34 * mm) -> Table:
    """Two columns: a shaded label and its value (Paragraph markup)."""
    s = styles()
    data = [[Paragraph(esc(k), s.cell_head), Paragraph(v, s.cell)] for k, v in rows]
    shade = [("BACKGROUND", (0, 0), (0, -1), SHADE)]
    return grid(data, [label_width, CONTENT_WIDTH - label_width], shade)


def cover(ctx: PacketContext) -> list[Flowable]:
    """Title, parties, order and date prepared."""
    s, c = styles(), ctx.case
    r, o, p = c.respondent, c.order, c.complainant
    who = "投诉人" if ctx.is_12315 else "申诉人"
    against = "被投诉人" if ctx.is_12315 else "被申诉人（经营者）"
    story: list[Flowable] = [Spacer(1, 18 * mm), Paragraph(TITLES[ctx.kind], s.title)]
    if not ctx.is_12315:
        story.append(Paragraph(f"致：{safe(or_blank(r.platform))}", s.subtitle))
    story += [Paragraph(f"订单号 {safe(o.order_no)}", s.subtitle), Spacer(1, 10 * mm)]
    story.append(
        kv_table(
            [
                (f"{who}", safe(or_blank(p.name))),
                ("联系电话", safe(or_blank(p.phone))),
                ("通讯地址", safe(or_blank(p.address))),
                *([("电子邮箱", safe(p.email))] if p.email else []),
            ]
        )
    )
    story.append(Spacer(1, 5 * mm))
    # One named respondent: the seller (its legal name when known); the platform is where
    # the sale took place, not a second respondent.
    story.append(
        kv_table(
            [
                (against, safe(or_blank(r.display_name))),
                ("统一社会信用代码", safe(or_blank(r.credit_code))),
                ("住所地", safe(or_blank(r.address))),
                ("联系方式", safe(or_blank(r.contact))),
                ("交易平台（销售场所）", safe(or_blank(r.platform))),
                *([("店铺", safe(r.shop))] if r.shop else []),
                *([("店铺公示地址", safe(r.shop_address))] if r.shop_address else []),
                ("网址", safe(or_blank(r.url))),
            ]
        )
    )
    story.append(Spacer(1, 5 * mm))
    story.append(
        kv_table(
            [
                ("订单号", safe(or_blank(o.order_no))),
                ("商品", safe(or_blank(o.product))),
                ("实付金额", esc(fmt_money(o.amount_paid))),
                ("下单时间", esc(fmt_datetime(o.ordered_at))),
                ("支付方式", esc(o.payment_method.zh)),
                *([("交易号", safe(o.transaction_no))] if o.transaction_no else []),
                ("制作日期", esc(fmt_date_zh(ctx.today))),
            ]
        )
    )
    if note := source_note(c, ctx.numbers, who):
        story += [Spacer(1, 2 * mm), Paragraph(esc(note), s.small)]
    guardian = c.complainant.guardian
    if through_guardian(c) and guardian is not None:
        story.append(Spacer(1, 5 * mm))
        story.append(
            kv_table(
                [
                    ("法定代理人", safe(or_blank(guardian.name))),
                    (f"与{who}关系", esc(f"监护人（{guardian.relation.zh}）")),
                    ("联系电话", safe(or_blank(guardian.phone))),
                ]
            )
        )
    if (fb := agent(c)) is not None:
        story.append(Spacer(1, 5 * mm))
        story.append(kv_table([("受托人", safe(fb.name)), ("联系电话", safe(or_blank(fb.phone)))]))
    return [*story, PageBreak()]


def heading(text: str) -> Paragraph:
    """A section heading (一、… 六、)."""
    return Paragraph(esc(text), styles().h1)


def timeline(ctx: PacketContext, title: str = "四、时间线") -> list[Flowable]:
    """时间线: events in time order with exhibit numbers; passed deadlines marked."""
    s, numbers = styles(), ctx.numbers
    rows: list[tuple[Any, list[Any], bool]] = []
    for event in ctx.case.events_in_order():
        label, _, rest = event_text(event).partition("：")
        what = f"<b>{esc(label)}</b>" + (f"：{safe(rest)}" if rest else "")
        linked = sorted(numbers[e] for e in event.evidence if e in numbers)
        refs = "、".join(f"证据{n}" for n in linked) or "—"
        rows.append((event.at, [fmt_datetime(event.at), what, refs], False))
    for deadline in ctx.overdue:
        # A figure from the guide is platform practice, never presented as a legal period.
        practice = "（平台惯例）" if deadline.basis == GUIDE_BASIS else ""
        what = (
            f"<b>【期限已过】{esc(deadline.label_zh)}{practice}</b>："
            f"应于{esc(fmt_datetime(deadline.due))}"
            f"前完成（{esc(deadline.rule)}；依据：{esc(deadline.basis)}）"
        )
        if deadline.estimated:
            what += "（估算）"
        rows.append((deadline.due, [fmt_datetime(deadline.due), what, "—"], True))
    rows.sort(key=lambda row: row[0])
    head = [Paragraph(t, s.cell_head) for t in ("时间（北京时间）", "事项", "证据")]
    data = [head] + [
        [Paragraph(esc(a), s.cell), Paragraph(b, s.cell), Paragraph(esc(c), s.cell)]
        for _, (a, b, c), _ in rows
    ]
    extra = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    extra += [
        ("BACKGROUND", (0, i), (-1, i), OVERDUE)
        for i, (_, _, late) in enumerate(rows, start=1)
        if late
    ]
    # Wide enough for one date format, 2026年11月20日 10:15, on one line.
    table = grid(data, [38 * mm, CONTENT_WIDTH - 38 * mm - 24 * mm, 24 * mm], extra)
    table.repeatRows = 1
    return [CondPageBreak(60 * mm), heading(title), table]
