"""Order facts read off a screenshot's text boxes by their labels (订单号, 实付, 付款时间 …).

Pure: the input is what an OCR engine saw (text plus a box), the output the fields found with
the box each value came from. Nothing here guesses a value that no box shows: a field is
reported only when a label names it and the text next to (or under) that label parses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from disputekit.domain.ocr.ocr_values import PARSERS, parse_amount, squash


@dataclass(frozen=True)
class TextBox:
    """One line of text the engine found, with its axis-aligned box in image pixels."""

    text: str
    x: int
    y: int
    w: int
    h: int
    confidence: float = 1.0

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.w, self.h)


@dataclass(frozen=True)
class FieldHit:
    """A value read for one field: the normalised value, its box, and the label it sat by."""

    value: str
    box: tuple[int, int, int, int]
    confidence: float
    label: str = ""
    text: str = ""  # the text as read, before normalising

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "box": list(self.box), "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class Reading:
    """What a screenshot shows: the kind of page and the fields found on it."""

    page: str  # "alipay", "wechat_pay" or "shop" (a 卡盟 or other order page)
    fields: dict[str, FieldHit]

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "fields": {k: v.to_json() for k, v in self.fields.items()}}


FIELD_NAMES = ("order_no", "merchant_order_no", "amount", "time", "platform", "counterparty")

# label -> (field, rank); a lower rank wins when two labels of one field are on the page.
# 实付 beats 订单金额 (a coupon makes them differ); the order's creation time beats payment time
# because the case records when the order was placed.
_LABELS: dict[str, tuple[str, int]] = {
    **{k: ("merchant_order_no", 0) for k in ("商家订单号", "商户订单号", "商户单号", "商家单号")},
    **{k: ("order_no", 0) for k in ("订单号", "订单编号", "订单号码", "交易单号", "交易订单号")},
    "交易号": ("order_no", 1),
    "流水号": ("order_no", 2),
    **{k: ("amount", 0) for k in ("实付", "实付款", "实付金额", "实付款金额", "实收金额")},
    **{k: ("amount", 1) for k in ("支付金额", "付款金额", "应付金额", "交易金额")},
    **{k: ("amount", 2) for k in ("订单金额", "订单总额", "商品总价", "总价", "合计", "金额")},
    **{k: ("time", 0) for k in ("创建时间", "下单时间", "订单时间", "提交时间")},
    **{k: ("time", 1) for k in ("付款时间", "支付时间", "交易时间")},
    **{k: ("counterparty", 0) for k in ("收款方全称", "商户全称", "交易对方", "对方账户")},
    **{k: ("counterparty", 1) for k in ("收款方", "商户名称", "商家名称", "收款商户")},
    **{k: ("platform", 0) for k in ("平台", "所属平台", "平台名称", "店铺", "店铺名称")},
}
_LONGEST_FIRST = sorted(_LABELS, key=len, reverse=True)
_SEPARATORS = "：:"
_NUMBER_PART = re.compile(r"[A-Za-z0-9_-]{1,63}")
_BARE_AMOUNT = re.compile(r"[-−+]?[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)\.\d{2}")
_SHOP_WORDS = ("卡盟", "发卡", "商城")  # how 卡盟 sites name themselves


def _split_label(text: str) -> tuple[str, str] | None:
    """(label, inline value) when `text` is a known label, alone or followed by its value.

    "收款方式" starts with the label 收款方 but is another label: text glued to a label
    without a colon counts as its value only when it parses as one.
    """
    flat = squash(text)
    for label in _LONGEST_FIRST:
        if not flat.startswith(label):
            continue
        rest = flat[len(label) :]
        if rest in ("", "：", ":"):
            return label, ""
        if rest[0] in _SEPARATORS:
            return label, rest.lstrip(_SEPARATORS)
        if PARSERS[_LABELS[label][0]](rest) is not None:
            return label, rest
    return None


def page_kind(boxes: Iterable[TextBox]) -> str:
    """Which app drew the page, from words only that app uses."""
    text = "".join(squash(b.text) for b in boxes)
    if "商家订单号" in text or "支付宝" in text or "花呗" in text or "余额宝" in text:
        return "alipay"
    if "商户单号" in text or "交易单号" in text or "微信" in text or "零钱" in text:
        return "wechat_pay"
    return "shop"


def _right_of(label: TextBox, boxes: Sequence[TextBox]) -> list[TextBox]:
    """Boxes on the label's line, to its right, nearest first."""
    found = []
    for b in boxes:
        if b is label or b.x < label.right - label.h:
            continue
        if abs(b.cy - label.cy) <= 0.6 * max(label.h, b.h):
            found.append(b)
    return sorted(found, key=lambda b: b.x)


def _below(label: TextBox, boxes: Sequence[TextBox]) -> list[TextBox]:
    """Boxes just under the label that start near its left edge (label-above-value layouts)."""
    found = []
    for b in boxes:
        if b is label or b.y < label.bottom - label.h * 0.3:
            continue
        if b.y - label.bottom <= 1.6 * label.h and abs(b.x - label.x) <= 2 * label.h:
            found.append(b)
    return sorted(found, key=lambda b: b.y)


def _continuation(value: TextBox, boxes: Sequence[TextBox], labels: set[int]) -> TextBox | None:
    """A long number that wrapped: the next line, aligned with the value, letters and digits
    only, and not a row of its own (no label on its line)."""
    for i, b in enumerate(boxes):
        if i in labels or b is value or b.y <= value.y:
            continue
        near = b.y - value.bottom <= 0.8 * value.h
        aligned = abs(b.right - value.right) <= value.h or abs(b.x - value.x) <= value.h
        if not (near and aligned and _NUMBER_PART.fullmatch(squash(b.text))):
            continue
        if any(abs(boxes[j].cy - b.cy) <= 0.6 * b.h for j in labels):
            continue
        return b
    return None


def _union(a: TextBox, b: TextBox) -> tuple[int, int, int, int]:
    x, y = min(a.x, b.x), min(a.y, b.y)
    return (x, y, max(a.right, b.right) - x, max(a.bottom, b.bottom) - y)


def extract_fields(boxes: Sequence[TextBox]) -> Reading:
    """The fields a page shows, each from the value beside (or under) its label."""
    labels: dict[int, tuple[str, str, int, str]] = {}  # box index -> (label, field, rank, inline)
    for i, b in enumerate(boxes):
        split = _split_label(b.text)
        if split is not None:
            label, inline = split
            field, rank = _LABELS[label]
            labels[i] = (label, field, rank, inline)
    values = [b for i, b in enumerate(boxes) if i not in labels]
    best: dict[str, tuple[int, FieldHit]] = {}
    for i, (label, field, rank, inline) in labels.items():
        parse = PARSERS[field]
        box = boxes[i]
        hit: FieldHit | None = None
        if inline and (value := parse(inline)) is not None:
            hit = FieldHit(value, box.box, box.confidence, label, inline)
        else:
            for cand in [*_right_of(box, values), *_below(box, values)]:
                value = parse(cand.text)
                if value is None:
                    continue
                area, conf, text = cand.box, cand.confidence, cand.text
                if field in ("order_no", "merchant_order_no"):
                    more = _continuation(cand, boxes, set(labels))
                    if more is not None and (joined := parse(cand.text + more.text)):
                        value, area = joined, _union(cand, more)
                        conf, text = min(conf, more.confidence), cand.text + more.text
                hit = FieldHit(value, area, conf, label, text)
                break
        if hit is None:
            continue
        held = best.get(field)
        if held is None or (rank, -hit.confidence) < (held[0], -held[1].confidence):
            best[field] = (rank, hit)
    fields = {name: hit for name, (_rank, hit) in best.items()}
    if "amount" not in fields:
        hit = _headline_amount(boxes)
        if hit is not None:
            fields["amount"] = hit
    if "platform" not in fields:
        for b in boxes:
            if any(w in b.text for w in _SHOP_WORDS) and len(squash(b.text)) <= 20:
                fields["platform"] = FieldHit(b.text.strip(), b.box, b.confidence, "", b.text)
                break
    ordered = {name: fields[name] for name in FIELD_NAMES if name in fields}
    return Reading(page_kind(boxes), ordered)


def _headline_amount(boxes: Sequence[TextBox]) -> FieldHit | None:
    """Payment apps print the sum large and unlabelled at the top ("-98.50"): the tallest
    box that is nothing but an amount with two decimals."""
    bare = [b for b in boxes if _BARE_AMOUNT.fullmatch(squash(b.text))]
    if not bare:
        return None
    top = max(bare, key=lambda b: b.h)
    heights = sorted(b.h for b in boxes)
    if top.h < 1.4 * heights[len(heights) // 2]:
        return None  # a sum in body text size is a line item, not the payment
    if sum(1 for b in bare if b.h >= top.h * 0.9) > 1:
        return None  # two sums of the same size: not knowing which, offer neither
    value = parse_amount(top.text)
    return FieldHit(value, top.box, top.confidence, "", top.text) if value else None
