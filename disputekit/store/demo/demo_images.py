"""The demo's synthetic screenshots: a payment receipt, an order page, a customer-service chat.

Each is drawn from the demo case itself, so the order number, amount and times in the picture
are the ones in the case file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from PIL import Image

from disputekit.domain.case.model import Case
from disputekit.domain.case.values.money import format_money
from disputekit.domain.case.vocabulary import EventKind, OrderStatus, PaymentMethod
from disputekit.store.demo.demo_draw import GREY, HEIGHT, INK, MARGIN, WIDTH, Screen
from disputekit.timeutil import to_shanghai

_ACCENT = {PaymentMethod.ALIPAY: "#1677ff", PaymentMethod.WECHAT_PAY: "#07c160"}
# What the platform's own page shows: it says 已发货 even when nothing was credited.
_STATUS_BANNER = {
    OrderStatus.PENDING_DELIVERY: ("#ff7a1a", "待发货", "商家正在处理，预计 10 分钟内自动发货"),
    OrderStatus.DELIVERED_NOT_CREDITED: ("#2f80ed", "已发货", "商家已发货，请核对充值账号是否到账"),
    OrderStatus.COMPLETED: ("#5b6b7b", "交易成功", "订单已完成，感谢您的购买"),
    OrderStatus.CANCELLED: ("#9aa0a6", "已取消", "订单已取消"),
}


@dataclass(frozen=True)
class ChatLine:
    """One chat message; `at` (if set) is shown as a centred timestamp above it."""

    mine: bool
    text: str
    at: datetime | None = None


def png_bytes(image: Image.Image) -> bytes:
    """The screenshot as PNG, as a phone saves it."""
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _clock(at: datetime) -> str:
    return to_shanghai(at).strftime("%H:%M")


def _stamp(at: datetime | None) -> str:
    return to_shanghai(at).strftime("%Y-%m-%d %H:%M:%S") if at else "—"


def _at(case: Case, kind: EventKind) -> datetime | None:
    event = case.latest(kind)
    return event.at if event else None


def draw_receipt(case: Case, shot_at: datetime) -> Image.Image:
    """The payment app's bill detail (支付宝 or 微信 style) for the case's payment."""
    order, method = case.order, case.order.payment_method
    wechat = method == PaymentMethod.WECHAT_PAY
    accent = _ACCENT.get(method, "#1677ff")
    s = Screen("#f5f5f5")
    s.status_bar(_clock(shot_at))
    top = s.nav_bar("账单详情")
    merchant = case.respondent.company or case.respondent.platform
    paid = _stamp(_at(case, EventKind.PAID))
    pairs = [
        ("支付时间", paid),
        ("付款方式", "零钱" if wechat else "余额宝"),
        ("商品说明", order.product),
        ("收款方全称" if not wechat else "商户全称", merchant),
        ("交易订单号" if not wechat else "交易单号", order.transaction_no),
        ("商家订单号" if not wechat else "商户单号", order.order_no),
    ]
    box = s.card(top + 32, 580 + s.rows_height(pairs) + 20)
    cx = WIDTH // 2
    s.draw.ellipse([cx - 60, box[1] + 60, cx + 60, box[1] + 180], fill=accent)
    s.text((cx, box[1] + 120), case.respondent.platform[:1], 60, "white", bold=True, anchor="mm")
    s.text((cx, box[1] + 240), merchant, 40, INK, anchor="mm")
    s.text((cx, box[1] + 360), f"-{format_money(order.amount_paid)}", 104, INK, True, "mm")
    s.text((cx, box[1] + 460), "支付成功" if wechat else "交易成功", 38, GREY, anchor="mm")
    s.divider(box[1] + 530)
    s.rows(box[1] + 580, pairs)
    links = s.card(box[3] + 32, 250)
    for n, label in enumerate(("账单分类  充值缴费", "对此订单有疑问")):
        y = links[1] + 62 + n * 125
        s.text((MARGIN + 40, y), label, 40, INK, anchor="lm")
        s.text((WIDTH - MARGIN - 40, y), "›", 52, GREY, anchor="rm")
    s.home_indicator()
    return s.image


def draw_order_page(case: Case, shot_at: datetime, card_code: str = "") -> Image.Image:
    """The platform's order detail page, with its status banner and order facts."""
    order = case.order
    colour, title, subtitle = _STATUS_BANNER[order.status]
    s = Screen("#f4f4f4")
    s.draw.rectangle([0, 0, WIDTH, 104], fill=colour)
    s.status_bar(_clock(shot_at), "white")
    top = s.nav_bar(f"{case.respondent.platform} · 订单详情", colour, "white")
    s.draw.rectangle([0, top, WIDTH, top + 250], fill=colour)
    s.text((MARGIN + 40, top + 80), title, 64, "white", True, "lm")
    s.text((MARGIN + 40, top + 170), subtitle, 38, "white", anchor="lm")
    goods = s.card(top + 280, 400)
    s.text((MARGIN + 40, goods[1] + 60), f"{case.respondent.shop}  ›", 40, INK, True, "lm")
    thumb = (MARGIN + 40, goods[1] + 120, MARGIN + 220, goods[1] + 300)
    s.draw.rounded_rectangle(thumb, radius=16, fill=colour)
    s.text(
        ((thumb[0] + thumb[2]) / 2, (thumb[1] + thumb[3]) / 2),
        order.product[:2],
        52,
        "white",
        True,
        "mm",
    )
    s.text((MARGIN + 250, goods[1] + 140), order.product, 42, INK, anchor="lm")
    s.text((MARGIN + 250, goods[1] + 210), f"数量 ×{order.quantity}", 36, GREY, anchor="lm")
    s.text(
        (WIDTH - MARGIN - 40, goods[1] + 350),
        f"实付款 ¥{format_money(order.amount_paid)}",
        44,
        "#e02e24",
        True,
        "rm",
    )
    account = order.target_account
    recharge = [("充值账号", account.account)]
    if account.server:
        recharge.append(("游戏区服", f"{account.game} {account.region} {account.server}".strip()))
    if card_code:
        recharge.append(("卡密", card_code))
    info_top = goods[3] + 32
    box = s.card(info_top, 110 + s.rows_height(recharge))
    s.text((MARGIN + 40, box[1] + 55), "充值信息", 40, INK, True, "lm")
    s.rows(box[1] + 110, recharge)
    facts = [
        ("订单编号", order.order_no),
        ("下单时间", _stamp(order.ordered_at)),
        ("付款时间", _stamp(_at(case, EventKind.PAID))),
        ("支付方式", order.payment_method.label()),
    ]
    delivered = _at(case, EventKind.DELIVERED)
    if delivered:
        facts.append(("发货时间", _stamp(delivered)))
    box = s.card(box[3] + 32, 110 + s.rows_height(facts))
    s.text((MARGIN + 40, box[1] + 55), "订单信息", 40, INK, True, "lm")
    s.rows(box[1] + 110, facts)
    s.draw.rectangle([0, HEIGHT - 170, WIDTH, HEIGHT], fill="white")
    for n, label in enumerate(("联系客服", "申请退款")):
        x = WIDTH - MARGIN - 260 - n * 290
        s.draw.rounded_rectangle(
            [x, HEIGHT - 140, x + 250, HEIGHT - 60],
            radius=40,
            outline=GREY if n else colour,
            width=3,
        )
        s.text((x + 125, HEIGHT - 100), label, 38, INK if n else colour, anchor="mm")
    s.home_indicator()
    return s.image


def draw_chat(case: Case, lines: list[ChatLine], shot_at: datetime) -> Image.Image:
    """A customer-service chat: white bubbles from the shop, green ones from the buyer."""
    s = Screen("#ededed")
    s.status_bar(_clock(shot_at))
    y = s.nav_bar(f"{case.respondent.shop}-客服", "#ededed") + 30
    for line in lines:
        if line.at is not None:
            y += 30
            s.text(
                (WIDTH / 2, y),
                to_shanghai(line.at).strftime("%m月%d日 %H:%M"),
                32,
                GREY,
                anchor="mm",
            )
            y += 50
        y = _bubble(s, y, line, case.complainant.name[:1] or "我") + 36
    s.draw.rectangle([0, HEIGHT - 190, WIDTH, HEIGHT], fill="#f7f7f7")
    s.draw.rounded_rectangle([120, HEIGHT - 165, WIDTH - 200, HEIGHT - 75], radius=12, fill="white")
    s.draw.ellipse([WIDTH - 170, HEIGHT - 160, WIDTH - 90, HEIGHT - 80], outline=INK, width=4)
    s.text((WIDTH - 130, HEIGHT - 120), "+", 56, INK, anchor="mm")
    s.home_indicator()
    return s.image


def _bubble(s: Screen, top: int, line: ChatLine, me: str) -> int:
    px, pad_x, pad_y, avatar = 42, 30, 24, 96
    wrapped = s.wrap(line.text, px, 600)
    text_w = max(int(s.font(px).getlength(t)) for t in wrapped)
    height = len(wrapped) * (px + 18) - 18 + 2 * pad_y + 6
    if line.mine:
        ax, colour, right = WIDTH - MARGIN - avatar, "#95ec69", WIDTH - MARGIN - avatar - 24
        box = (right - text_w - 2 * pad_x, top, right, top + height)
        tail = [(right, top + 34), (right + 14, top + 46), (right, top + 58)]
        s.draw.rounded_rectangle([ax, top, ax + avatar, top + avatar], radius=12, fill="#f0a04b")
        label = me
    else:
        ax, colour, left = MARGIN, "white", MARGIN + avatar + 24
        box = (left, top, left + text_w + 2 * pad_x, top + height)
        tail = [(left, top + 34), (left - 14, top + 46), (left, top + 58)]
        s.draw.rounded_rectangle([ax, top, ax + avatar, top + avatar], radius=12, fill="#3e7bfa")
        label = "客"
    s.text((ax + avatar / 2, top + avatar / 2), label, 48, "white", True, "mm")
    s.draw.rounded_rectangle(box, radius=12, fill=colour)
    s.draw.polygon(tail, fill=colour)
    for n, text in enumerate(wrapped):
        s.text((box[0] + pad_x, top + pad_y + n * (px + 18)), text, px, INK)
    return max(top + height, top + avatar)
