"""The group report as a PDF for a 消费者协会 or a market regulator: the seller, the total,
the buyers' table, the routes the law gives a group, and what needs checking."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from disputekit.domain.case.values.money import format_yuan
from disputekit.domain.legal.citations import cite
from disputekit.packet.group.report_rows import BuyerRow, GroupReport
from disputekit.packet.pages.styles import SHADE, styles
from disputekit.packet.pages.tables import grid, heading, kv_table
from disputekit.packet.pages.text import esc, fmt_datetime
from disputekit.packet.render import prepare_reportlab, write_pdf
from disputekit.timeutil import zh_datetime

TITLE = "同一经营者多名消费者投诉情况汇总"
COLUMNS = (
    "买家",
    "订单号 / 下单时间",
    "金额",
    "支付渠道 / 交易号",
    "问题",
    "已尝试的途径及结果",
    "证据",
)
WIDTHS = [m * mm for m in (26, 34, 17, 28, 19, 38, 12)]
REPRESENTATIVE_SUIT = 10  # 解释第七十五条: 人数众多一般指十人以上


def _range(report: GroupReport) -> str:
    if report.first_at is None or report.last_at is None:
        return "未记录"
    return f"{fmt_datetime(report.first_at)} 至 {fmt_datetime(report.last_at)}"


def routes(count: int) -> list[str]:
    """The routes the law gives these buyers together, each with its articles."""
    out = [
        f"共同投诉：本组 {count} 名消费者基于同一消费者权益争议投诉同一经营者的，经投诉人同意，"
        f"市场监督管理部门可以按共同投诉处理，投诉人可以书面推选两名代表人"
        f"（{cite('complaint_12')}）。每名投诉人应填写本人的手机号码和通讯地址，"
        f"多人使用同一联系方式投诉是判断投诉是否正当的考虑因素（{cite('complaint_17_4')}）。",
        f"消费者协会支持诉讼：消费者协会可以就损害消费者合法权益的行为，"
        f"支持受损害的消费者提起诉讼（{cite('consumer_37_7')}）。",
    ]
    basis = cite("civil_procedure_56", "civil_procedure_57", "procedure_interpretation_75")
    if count >= REPRESENTATIVE_SUIT:
        out.append(
            f"代表人诉讼：本组共 {count} 人，达到“人数众多”（一般指十人以上）的标准，"
            f"可以由当事人推选代表人进行诉讼；人数尚未确定的，人民法院可以发出公告通知权利人登记"
            f"（{basis}）。"
        )
    else:
        out.append(
            f"代表人诉讼：本组现有 {count} 人，尚不足十人，还不是“人数众多”的共同诉讼（{basis}）。"
        )
    return out


def _row(row: BuyerRow) -> list[Paragraph]:
    s = styles()
    who = esc(row.buyer)
    if row.phone:
        who += "<br/>" + esc(row.phone)
    if row.address:
        who += "<br/>" + esc(row.address)
    cells = [
        who,
        f"{esc(row.order_no or '未填写')}<br/>{esc(fmt_datetime(row.ordered_at))}",
        esc(format_yuan(row.amount)),
        f"{esc(row.payment)}<br/>{esc(row.transaction_no or '未填写')}",
        esc(row.problem),
        esc(row.tried),
        str(row.evidence_count),
    ]
    return [Paragraph(c, s.small) for c in cells]


def buyers_table(report: GroupReport) -> Flowable:
    """The table of buyers, its header repeated on each page."""
    s = styles()
    head = [Paragraph(esc(c), s.cell_head) for c in COLUMNS]
    table = grid(
        [head, *(_row(r) for r in report.rows)], WIDTHS, [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    )
    table.repeatRows = 1
    return table


def story(report: GroupReport, made_at: datetime) -> list[Flowable]:
    """The report's flowables."""
    s = styles()
    out: list[Flowable] = [Paragraph(TITLE, s.title), Spacer(1, 4 * mm)]
    out.append(heading("一、被投诉经营者"))
    summary = [
        *((label, esc(value)) for label, value in report.seller),
        ("投诉人数", f"{len(report.rows)} 人"),
        ("涉及金额合计", esc(format_yuan(report.total))),
        ("下单时间范围", esc(_range(report))),
        ("制表时间", esc(zh_datetime(made_at))),
    ]
    out.append(kv_table(summary))
    out.append(heading("二、消费者明细"))
    out.append(Paragraph("未同意公开身份的消费者以“买家N”表示，不列姓名和联系方式。", s.small))
    out.append(buyers_table(report))
    out.append(heading("三、可以共同采取的途径"))
    out.extend(Paragraph(esc(text), s.body) for text in routes(len(report.rows)))
    out.append(heading("四、需要核实的情况"))
    checks = [*report.flags, *report.duplicate_files] or [
        "未发现多名消费者共用联系方式或同一证据文件。"
    ]
    out.extend(Paragraph(esc(text), s.body) for text in checks)
    return out


def write_group_pdf(path: Path, report: GroupReport, made_at: datetime) -> int:
    """Write the report at `path` (the caller makes it atomic); the page count."""
    prepare_reportlab()
    return write_pdf(path, story(report, made_at), header=TITLE, draft=False, title=TITLE)
