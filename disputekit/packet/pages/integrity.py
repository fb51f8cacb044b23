"""The 证据完整性说明 page: how the hashes were made, where the originals are, how to re-check.

It says honestly what a hash proves (互联网法院规定第十一条 lists 哈希值校验 among the means
that establish authenticity): the file is unchanged since it entered the evidence store; it
says nothing about when or how the screenshot itself was taken.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from disputekit.packet.context import PacketContext
from disputekit.packet.manifest import CASE_NAME, MANIFEST_NAME, PICTURES_NAME, exhibit_path
from disputekit.packet.pages.fonts import MONO
from disputekit.packet.pages.stamp_page import stamp_section
from disputekit.packet.pages.styles import CONTENT_WIDTH, SHADE, styles
from disputekit.packet.pages.tables import grid, heading
from disputekit.packet.pages.text import esc, fmt_datetime, safe

ARTICLE_11 = "《最高人民法院关于互联网法院审理案件若干问题的规定》第十一条"
ARTICLE_93 = "《最高人民法院关于民事诉讼证据的若干规定》第九十三条"


def _intake_table(ctx: PacketContext, intake_at: Mapping[str, datetime]) -> Any:
    s = styles()
    rows: list[list[Any]] = [
        [
            Paragraph(h, s.cell_head)
            for h in ("序号", "清单中的文件路径和 SHA-256", "进入证据库时间（北京时间）")
        ]
    ]
    for ex in ctx.exhibits:
        when = intake_at.get(ex.sha256)
        rows.append(
            [
                Paragraph(esc(ex.label), s.cell),
                # The whole hash on one line, so it can be copied and compared at once.
                Paragraph(
                    f'{safe(exhibit_path(ex))}<br/><font name="{MONO}" size="7">{ex.sha256}</font>',
                    s.cell,
                ),
                Paragraph(
                    esc(fmt_datetime(when) if when else "未记录（由案件文件直接生成）"), s.cell
                ),
            ]
        )
    widths = [16 * mm, CONTENT_WIDTH - 16 * mm - 40 * mm, 40 * mm]
    table = grid(rows, widths, [("BACKGROUND", (0, 0), (-1, 0), SHADE)])
    table.repeatRows = 1
    return table


def integrity_page(
    ctx: PacketContext,
    manifest_sha256: str,
    intake_at: Mapping[str, datetime],
    title: str = "证据完整性说明",
    case_sha256: str = "",
) -> list[Flowable]:
    """The page: method, intake times, where originals are, the manifest's hash, how to check."""
    s = styles()
    p = lambda text: Paragraph(text, s.body)  # noqa: E731
    mono = f'<font name="{MONO}">'
    story: list[Flowable] = [PageBreak(), heading(title)]
    story += [
        p(
            "一、哈希值的计算。每件证据的原始电子文件在导入本软件时，按文件的全部字节计算 "
            "SHA-256 哈希值（64 位十六进制数）并登记；制作本材料时再次计算，与登记值一致后才写入"
            "证据目录。任何一个字节被改动，哈希值都会完全不同。"
        ),
        _intake_table(ctx, intake_at),
        Spacer(1, 3 * mm),
        p(
            "二、原件的保存。原始文件导入后以只读方式保存在当事人电脑上本软件的证据库中，"
            "从未被修改；打码、缩放等处理只生成新的副本，副本在证据目录中注明其来源。"
            "导出的案件包（BagIt 格式）含全部原件及其哈希清单，可应要求提供原件核对。"
        ),
        p(
            f"三、哈希清单本身。本 PDF 以附件形式携带 {MANIFEST_NAME}（各原件的哈希清单）、"
            f"{CASE_NAME}（生成本材料的案件数据）和 {PICTURES_NAME}（本材料中每张图片的哈希值，"
            "核对时按原件重新生成图片比对）。哈希清单的 SHA-256 为："
        ),
        Paragraph(f"{mono}{manifest_sha256}</font>", s.mono),
    ]
    if case_sha256:  # `verify` holds the attachment against it
        story += [
            p(f"案件数据 {CASE_NAME} 的 SHA-256 为："),
            Paragraph(f"{mono}{case_sha256}</font>", s.mono),
        ]
    story += [
        Spacer(1, 2 * mm),
        p(
            "四、如何自行核对。任何人都可以用操作系统自带的工具重新计算原件的哈希值"
            "（下列命令中 FILE 换成原件的文件名）：Windows 用 "
            f"{mono}certutil -hashfile FILE SHA256</font>；Linux 用 "
            f"{mono}sha256sum FILE</font>，"
            "在 evidence 文件夹的上一级（解压后的案件包中为 data 文件夹）运行 "
            f"{mono}sha256sum -c {MANIFEST_NAME}</font> 可一次核对全部；macOS 用 "
            f"{mono}shasum -a 256 FILE</font>。所得数值应与证据目录中的 SHA-256 完全一致。"
            f"也可用本软件核对本 PDF 与原件文件夹或案件包：{mono}disputekit verify "
            "PACKET.pdf --evidence FOLDER</font>。"
        ),
    ]
    story.append(
        KeepTogether(
            [
                p(
                    "五、能证明什么，不能证明什么。哈希值只能证明文件自进入证据库（上表时间）以来"
                    "未被改动，不能证明截图的拍摄或生成时间，也不能单独证明其内容真实；"
                    f"{_stamp_note(ctx)}"
                    f"依{ARTICLE_11}，哈希值校验是审查电子数据真实性的技术手段之一；"
                    f"法院还会依{ARTICLE_93}综合判断电子数据的生成、存储和提取过程。"
                ),
            ]
        )
    )
    story += stamp_section(ctx, manifest_sha256)
    return story


def _stamp_note(ctx: PacketContext) -> str:
    if ctx.stamps:
        return "文件最晚何时已经存在，由第六节的可信时间戳证明；本材料未使用区块链存证。"
    return "本材料未使用可信时间戳或区块链存证。"
