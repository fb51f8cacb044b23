"""The trusted-timestamp part of the 证据完整性说明 page: when, by which TSA, over which
manifest (its SHA-256 is the imprint), how anyone re-checks it with OpenSSL, and which
exhibits the stamp does not cover (added or changed after it)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from disputekit.packet.context import PacketContext
from disputekit.packet.manifest import MANIFEST_NAME, exhibit_path
from disputekit.packet.pages.fonts import MONO
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.text import esc, safe
from disputekit.packet.stamps import PacketStamp
from disputekit.timeutil import precise_datetime


def stamp_section(ctx: PacketContext, manifest_sha256: str, number: str = "六") -> list[Flowable]:
    """The section on the packet's timestamps (`manifest_sha256`: the packet's own manifest);
    empty when the case has none."""
    stamps: list[PacketStamp] = ctx.stamps
    if not stamps:
        return []
    s = styles()
    p = lambda text: Paragraph(text, s.body)  # noqa: E731
    mono = f'<font name="{MONO}">'
    latest = stamps[-1]
    story: list[Flowable] = [
        p(
            f"{number}、可信时间戳。本案证据的哈希清单已由第三方时间戳服务（TSA）按 RFC 3161 "
            "加盖可信时间戳，证明清单所列文件（按其 SHA-256）最晚在下列时间已经存在且此后未被改动；"
            "时间戳不证明截图内容本身真实。本 PDF 附有时间戳回复及其所盖的清单："
        )
    ]
    for stamp in stamps:
        count = stamp.manifest.count(b"\n")
        story.append(
            p(
                f"{esc(stamp.reply_name)}：时间 {esc(precise_datetime(stamp.stamp.gen_time))}"
                f"（北京时间），时间戳服务 {safe(stamp.stamp.tsa)}，所盖清单 "
                f"{esc(stamp.manifest_name)}（{count} 个文件），其 SHA-256 为："
            )
        )
        story.append(Paragraph(f"{mono}{stamp.record.imprint}</font>", s.mono))
    story += [
        Spacer(1, 2 * mm),
        p(
            "核对方法：从本 PDF 中取出上述两个附件（如 "
            f"{mono}pdfdetach -saveall PACKET.pdf</font>），取得该时间戳服务公布的根证书 "
            f"ROOT.pem，运行 {mono}openssl ts -verify -data {esc(latest.manifest_name)} -in "
            f"{esc(latest.reply_name)} -CAfile ROOT.pem</font>，"
            "显示 Verification: OK 即时间戳有效；"
            "若时间戳服务的证书此后已过期，加上 "
            f"{mono}-attime {int(latest.stamp.gen_time.timestamp())}</font>（时间戳时刻）。"
            "再在原件文件夹中用 "
            f"{mono}sha256sum -c {esc(latest.manifest_name)}</font> 核对各原件与清单一致。"
        ),
    ]
    if latest.record.imprint == manifest_sha256:
        story.append(p(f"本 PDF 所附的 {MANIFEST_NAME} 即最近一次时间戳所盖的清单。"))
    uncovered = latest.uncovered(ctx.exhibits)
    if uncovered:
        names = "；".join(f"{esc(ex.label)}（{safe(exhibit_path(ex))}）" for ex in uncovered)
        story.append(
            p(
                f"下列证据不在最近一次时间戳所盖的清单中（在加盖时间戳之后加入或改动），"
                f"时间戳不证明它们的存在时间：{names}。"
            )
        )
    else:
        story.append(p("本材料的全部证据均在最近一次时间戳所盖的清单中。"))
    return story
