"""A synthetic sample case with generated phone screenshots, for tests, benchmarks and docs.

Nothing here is real: names, order numbers and chats are invented. The names use rare
characters (镕 喆 堃 昇 珺) on purpose, since those are what a GB2312-only font would lose.
"""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path
from typing import Any

from disputekit.resources import asset

PHONE = (1080, 2400)
TIMESTAMP_PX = 30


@cache
def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(asset("fonts", "DisputeKitSansSC-Regular.ttf")), size)


def phone_screenshot(
    path: Path,
    title: str,
    lines: list[str],
    *,
    timestamp: str,
    size: tuple[int, int] = PHONE,
    seed: int = 0,
) -> Path:
    """A PNG that looks like a phone chat/order screenshot, with a 30 px timestamp line."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)  # bubble widths vary a little, reproducibly
    w, h = size
    k = w / PHONE[0]  # everything scales with the width
    img = Image.new("RGB", size, (237, 237, 237))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, w, int(150 * k)], fill=(40, 40, 40))
    draw.text((int(40 * k), int(20 * k)), "10:42  4G  87%", fill="white", font=_font(int(34 * k)))
    draw.text((int(40 * k), int(80 * k)), title, fill="white", font=_font(int(46 * k)))
    y = int(190 * k)
    draw.text(
        (int(40 * k), y), timestamp, fill=(90, 90, 90), font=_font(max(8, int(TIMESTAMP_PX * k)))
    )
    y += int(60 * k)
    for i, line in enumerate(lines * 20):
        if y > h - int(320 * k):
            break
        mine = (i + seed) % 2 == 0
        text_w = draw.textlength(line, font=_font(int(40 * k)))
        bubble_w = int(text_w + (48 + rng.randint(0, 60)) * k)
        x0 = w - bubble_w - int(40 * k) if mine else int(40 * k)
        color = (149, 236, 105) if mine else (255, 255, 255)
        draw.rounded_rectangle(
            [x0, y, x0 + bubble_w, y + int(110 * k)], radius=int(18 * k), fill=color
        )
        draw.text((x0 + int(24 * k), y + int(30 * k)), line, fill="black", font=_font(int(40 * k)))
        y += int(150 * k)
    draw.text(
        (int(40 * k), h - int(120 * k)),
        f"订单号 KM2026112000123 · {timestamp}",
        fill=(90, 90, 90),
        font=_font(max(8, int(TIMESTAMP_PX * k))),
    )
    img.save(path, "PNG")
    return path


CHAT = [
    "您好，订单付款后一直没有到账",
    "请提供订单号，我们核实一下",
    "KM2026112000123，已经等了一小时",
    "系统显示已发货，请自行查看",
    "游戏里没有收到，请提供发货凭证",
    "抱歉，无法提供，订单已完成",
]


def sample_case_dict(evidence: list[dict[str, Any]], *, filed_by: bool = True) -> dict[str, Any]:
    """The sample case as case-JSON data, with the given evidence entries."""
    ev_ids = [e["id"] for e in evidence]

    def refs(*idx: int) -> list[str]:
        return [ev_ids[i] for i in idx if i < len(ev_ids)]

    data: dict[str, Any] = {
        "format": "disputekit.case/1",
        "complainant": {
            "name": "王镕喆",
            "phone": "13800000000",
            "address": "浙江省杭州市西湖区文三路100号3幢502室",
            "email": None,
        },
        "respondent": {
            "platform": "星辰卡盟",
            "url": "https://km.example.cn",
            "shop": "珺昇游戏专营店",
            "company": "杭州堃昇网络科技有限公司",
            "credit_code": "91330106MA2XXXXX7L",
            "address": "浙江省杭州市滨江区网商路599号",
            "contact": "400-000-0000",
        },
        "order": {
            "order_no": "KM2026112000123",
            "product": "腾讯Q币 100元",
            "category": "game_card",
            "quantity": 1,
            "amount_paid": "98.50",
            "payment_method": "alipay",
            "ordered_at": "2026-11-20T10:15:00+08:00",
            "status": "delivered_not_credited",
            "instant_delivery": True,
            "flash_sale": False,
            "transaction_no": "2026112022001412345678901234",
            "target_account": {"game": "QQ", "region": "", "server": "", "account": "12345678"},
        },
        "problem": "not_received",
        "problem_known_at": "2026-11-20T11:00:00+08:00",
        "claims": {
            "refund_amount": "98.50",
            "delivery": False,
            "other": "请平台提供该订单的发货凭证（卡密生成记录、充值通道日志）",
        },
        "events": [
            {
                "id": "ev1",
                "at": "2026-11-20T10:15:00+08:00",
                "kind": "ordered",
                "note": "下单“腾讯Q币 100元”，页面标示秒充",
                "evidence": refs(0),
            },
            {
                "id": "ev2",
                "at": "2026-11-20T10:16:00+08:00",
                "kind": "paid",
                "note": "支付宝付款98.50元",
                "evidence": refs(2),
            },
            {
                "id": "ev3",
                "at": "2026-11-20T10:40:00+08:00",
                "kind": "cs_contacted",
                "note": "询问为何未到账，客服称系统显示已发货",
                "evidence": refs(1),
            },
            {
                "id": "ev4",
                "at": "2026-11-21T09:30:00+08:00",
                "kind": "delivery_proof_requested",
                "note": "要求提供卡密生成记录或充值通道日志",
                "evidence": refs(1, 3),
            },
            {
                "id": "ev5",
                "at": "2026-11-21T16:05:00+08:00",
                "kind": "cs_refused",
                "note": "客服称订单已完成，无法提供凭证，拒绝退款",
                "outcome": "negative",
                "evidence": refs(1),
            },
            {
                "id": "ev6",
                "at": "2026-11-22T09:00:00+08:00",
                "kind": "appeal_filed",
                "note": "在平台提交订单申诉",
                "evidence": refs(3),
            },
        ],
        "evidence": evidence,
    }
    if filed_by:
        data["filed_by"] = {"name": "李昇珺", "phone": "13900000000", "relation": "volunteer"}
    return data


def write_sample_case(
    folder: Path,
    *,
    screenshots: int = 4,
    size: tuple[int, int] = PHONE,
    filed_by: bool = True,
    extra_files: list[dict[str, Any]] | None = None,
) -> Path:
    """Write case.json and `screenshots` generated PNGs under `folder`; returns the JSON path."""
    evdir = folder / "evidence"
    evdir.mkdir(parents=True, exist_ok=True)
    kinds = ["order_screenshot", "chat_log", "payment_record", "recharge_record"]
    evidence = []
    for i in range(screenshots):
        name = f"shot-{i + 1:02d}.png"
        stamp = f"2026-11-2{i % 3} 10:{10 + i % 50:02d}:{i % 60:02d}"
        phone_screenshot(
            evdir / name, f"星辰卡盟 · 截图{i + 1}", CHAT, timestamp=stamp, size=size, seed=i
        )
        evidence.append(
            {
                "id": f"e{i + 1}",
                "kind": kinds[i % len(kinds)],
                "file": f"evidence/{name}",
                "caption": f"截图{i + 1}：订单与客服沟通记录",
                "proves": "订单已付款但商品未到账，客服拒绝提供发货凭证",
                "captured_at": f"2026-11-2{i % 3}T10:{10 + i % 50:02d}:00+08:00",
                "source": "手机截图（华为 P40）",
                "original_name": f"Screenshot_2026112{i % 3}_{i:04d}.png",
            }
        )
    evidence += extra_files or []
    path = folder / "case.json"
    path.write_text(
        json.dumps(sample_case_dict(evidence, filed_by=filed_by), ensure_ascii=False, indent=2),
        encoding="utf-8",
    )
    return path
