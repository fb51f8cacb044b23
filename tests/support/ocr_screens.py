"""Synthetic 1080×2400 payment and order screenshots with known contents, for the OCR
benchmark and tests: an Alipay 账单详情, a WeChat Pay 账单详情 and three 卡盟 order-page
layouts (label and value on one row, label above value, "label：value" in one line).

Drawn with the bundled font, varied by a seed (numbers, sums, times, sizes, colours), so a
run is reproducible and no real person's screenshot is needed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from PIL import Image

from disputekit.store.demo.demo_draw import GREY, INK, MARGIN, WIDTH, Screen
from disputekit.timeutil import SHANGHAI

LAYOUTS = ("alipay", "wechat", "shop_rows", "shop_stacked", "shop_inline")
_PRODUCTS = ("腾讯Q币 100元", "王者荣耀 点券 600", "移动话费充值 50元", "网易一卡通 30元",
             "爱奇艺黄金会员 月卡", "原神 创世结晶 ×60")  # fmt: skip
_SHOPS = ("星辰卡盟", "速发卡盟", "云购发卡网", "九州卡盟", "易达数字商城")
_COMPANIES = ("杭州某某网络科技有限公司", "深圳市某某信息技术有限公司", "广州某某贸易有限公司")


@dataclass
class SampleScreen:
    """One drawn screenshot and what it truly shows (field name → value as the reader
    should report it)."""

    layout: str
    image: Image.Image
    truth: dict[str, str] = field(default_factory=dict)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _shop_order_no(rng: random.Random, when: datetime) -> str:
    style = rng.randrange(3)
    if style == 0:
        return "KM" + when.strftime("%Y%m%d") + _digits(rng, 5)
    if style == 1:
        return when.strftime("%Y%m%d%H%M%S") + _digits(rng, 4)
    return "DD" + _digits(rng, 16)


def _facts(rng: random.Random) -> dict[str, object]:
    start = datetime(2026, 1, 1, tzinfo=SHANGHAI)
    when = start + timedelta(seconds=rng.randrange(330 * 24 * 3600))
    cents = rng.randrange(100, 200_000)
    return {
        "when": when,
        "paid": when + timedelta(seconds=rng.randrange(5, 90)),
        "amount": Decimal(cents).scaleb(-2),
        "order_no": _shop_order_no(rng, when),
        "txn": when.strftime("%Y%m%d") + "2200" + _digits(rng, 16),
        "product": rng.choice(_PRODUCTS),
        "shop": rng.choice(_SHOPS),
        "company": rng.choice(_COMPANIES),
    }


def _stamp(at: datetime, style: int = 0) -> str:
    if style == 1:
        return at.strftime("%Y年%m月%d日 %H:%M:%S")
    if style == 2:
        return at.strftime("%Y/%m/%d %H:%M:%S")
    return at.strftime("%Y-%m-%d %H:%M:%S")


def _iso(at: datetime) -> str:
    return at.isoformat()


def draw_sample(layout: str, seed: int) -> SampleScreen:
    """The screenshot of `layout` for `seed` (the same pair always draws the same image)."""
    rng = random.Random(f"{layout}:{seed}")
    f = _facts(rng)
    draw = {
        "alipay": _alipay,
        "wechat": _wechat,
        "shop_rows": _shop_rows,
        "shop_stacked": _shop_stacked,
        "shop_inline": _shop_inline,
    }[layout]
    return draw(rng, f)


def _alipay(rng: random.Random, f: dict) -> SampleScreen:
    s = Screen("#f5f5f5")
    s.status_bar(f["paid"].strftime("%H:%M"))
    top = s.nav_bar("账单详情")
    s.card(top + 30, 1500)
    s.text((WIDTH / 2, top + 130), f["shop"], 40, INK, anchor="mm")
    s.text((WIDTH / 2, top + 260), f"-{f['amount']:.2f}", rng.choice((80, 88, 96)), INK,
           bold=True, anchor="mm")  # fmt: skip
    s.text((WIDTH / 2, top + 360), "交易成功", 36, GREY, anchor="mm")
    px = rng.choice((36, 38, 40))
    pairs = [
        ("支付时间", _stamp(f["paid"])),
        ("付款方式", rng.choice(("余额宝", "花呗", "招商银行储蓄卡(1234)"))),
        ("商品说明", f["product"]),
        ("收款方全称", f["company"]),
        ("订单号", f["txn"]),
        ("商家订单号", f["order_no"]),
    ]
    y = s.rows(top + 460, pairs, px)
    s.divider(y)
    s.text((MARGIN + 40, y + 40), "账单分类", px, GREY)
    s.text((WIDTH - MARGIN - 40, y + 40), "数码电器", px, INK, anchor="ra")
    s.home_indicator()
    truth = {
        "order_no": f["txn"],
        "merchant_order_no": f["order_no"],
        "amount": f"{f['amount']:.2f}",
        "time": _iso(f["paid"]),
        "counterparty": f["company"],
    }
    return SampleScreen("alipay", s.image, truth)


def _wechat(rng: random.Random, f: dict) -> SampleScreen:
    s = Screen("#ededed")
    s.status_bar(f["paid"].strftime("%H:%M"))
    top = s.nav_bar("账单详情", background="#ededed")
    s.card(top + 30, 1600)
    s.text((WIDTH / 2, top + 140), f["company"], 38, INK, anchor="mm")
    s.text((WIDTH / 2, top + 270), f"-{f['amount']:.2f}", rng.choice((84, 92)), INK,
           bold=True, anchor="mm")  # fmt: skip
    px = rng.choice((36, 38))
    pairs = [
        ("当前状态", "支付成功"),
        ("支付时间", _stamp(f["paid"], rng.choice((0, 1)))),
        ("商品", f["product"]),
        ("商户全称", f["company"]),
        ("支付方式", "零钱"),
        ("交易单号", f["txn"] + _digits(rng, 4)),
        ("商户单号", f["order_no"]),
    ]
    s.rows(top + 420, pairs, px)
    s.home_indicator()
    truth = {
        "order_no": pairs[5][1],
        "merchant_order_no": f["order_no"],
        "amount": f"{f['amount']:.2f}",
        "time": _iso(f["paid"]),
        "counterparty": f["company"],
    }
    return SampleScreen("wechat", s.image, truth)


def _shop_truth(f: dict) -> dict[str, str]:
    return {
        "order_no": f["order_no"],
        "amount": f"{f['amount']:.2f}",
        "time": _iso(f["when"]),
        "platform": f["shop"],
    }


def _shop_rows(rng: random.Random, f: dict) -> SampleScreen:
    s = Screen("#f4f6fa")
    s.status_bar(f["when"].strftime("%H:%M"))
    top = s.nav_bar("订单详情")
    s.text((WIDTH / 2, top + 80), f["shop"], 44, "#1f6feb", bold=True, anchor="mm")
    s.card(top + 150, 1300)
    px = rng.choice((36, 38, 42))
    pairs = [
        ("订单号", f["order_no"]),
        ("商品名称", f["product"]),
        ("购买数量", "1"),
        ("订单金额", f"¥{f['amount'] + Decimal(rng.choice((0, 2, 5))):.2f}"),
        ("实付款", f"¥{f['amount']:.2f}"),
        ("下单时间", _stamp(f["when"], rng.choice((0, 2)))),
        ("付款时间", _stamp(f["paid"])),
        ("订单状态", "已发货未到账"),
    ]
    s.rows(top + 200, pairs, px)
    s.home_indicator()
    return SampleScreen("shop_rows", s.image, _shop_truth(f))


def _shop_stacked(rng: random.Random, f: dict) -> SampleScreen:
    s = Screen("white")
    s.status_bar(f["when"].strftime("%H:%M"))
    top = s.nav_bar(f["shop"])
    px = rng.choice((34, 38))
    y = top + 60
    for label, value in (
        ("订单编号", f["order_no"]),
        ("商品", f["product"]),
        ("实付金额", f"{f['amount']:.2f}元"),
        ("创建时间", _stamp(f["when"], 1)),
        ("状态", "处理中"),
    ):
        s.text((MARGIN + 40, y), label, px - 4, GREY)
        s.text((MARGIN + 40, y + px + 12), value, px, INK)
        y += 2 * px + 80
        s.divider(y - 40)
    s.home_indicator()
    return SampleScreen("shop_stacked", s.image, _shop_truth(f))


def _shop_inline(rng: random.Random, f: dict) -> SampleScreen:
    s = Screen("#fffaf0")
    s.status_bar(f["when"].strftime("%H:%M"))
    top = s.nav_bar("我的订单")
    s.text((MARGIN + 40, top + 60), f["shop"], 44, "#c2410c", bold=True)
    px = rng.choice((36, 40))
    y = top + 180
    for line in (
        f"订单号：{f['order_no']}",
        f"商品：{f['product']}",
        f"下单时间：{_stamp(f['when'])}",
        f"支付金额：￥{f['amount']:.2f}",
        "订单状态：已完成",
    ):
        s.text((MARGIN + 40, y), line, px, INK)
        y += px + 48
    s.home_indicator()
    return SampleScreen("shop_inline", s.image, _shop_truth(f))
