"""Label → field extraction on OCR-like text boxes (no OCR engine involved)."""

from __future__ import annotations

from disputekit.domain.ocr.ocr_fields import TextBox, extract_fields
from disputekit.domain.ocr.ocr_values import parse_amount, parse_order_no, parse_time


def row(label: str, value: str, y: int, h: int = 40, value_x: int = 600) -> list[TextBox]:
    """A label on the left and its value right-aligned on the same line, as an engine sees it."""
    return [
        TextBox(label, 60, y, 40 * len(label), h, 0.99),
        TextBox(value, value_x, y + 3, 1020 - value_x, h - 4, 0.97),
    ]


def alipay_boxes() -> list[TextBox]:
    return [
        TextBox("账单详情", 454, 176, 170, 50),
        TextBox("星辰卡盟", 460, 300, 160, 40),
        TextBox("-98.50", 402, 360, 274, 92),
        TextBox("交易成功", 460, 480, 160, 36),
        *row("支付时间", "2026-11-20 10:15:32", 600),
        *row("付款方式", "余额宝", 710, value_x=890),
        *row("收款方全称", "某某网络科技有限公司", 820),
        *row("订单号", "2026112022001412345678901234", 930, value_x=395),
        *row("商家订单号", "KM2026112000123", 1040, value_x=670),
    ]


def test_alipay_bill_detail_by_labels():
    reading = extract_fields(alipay_boxes())
    values = {k: v.value for k, v in reading.fields.items()}
    assert reading.page == "alipay"
    assert values == {
        "order_no": "2026112022001412345678901234",
        "merchant_order_no": "KM2026112000123",
        "amount": "98.50",
        "time": "2026-11-20T10:15:32+08:00",
        "platform": "星辰卡盟",
        "counterparty": "某某网络科技有限公司",
    }
    # Each value carries the box it was read from (the value's, not the label's).
    assert reading.fields["merchant_order_no"].box == (670, 1043, 350, 36)
    assert reading.fields["amount"].box == (402, 360, 274, 92)
    assert reading.fields["time"].label == "支付时间"


def test_positions_do_not_matter_only_labels_do():
    shuffled = list(reversed(alipay_boxes()))
    moved = [TextBox(b.text, b.x, b.y + 500, b.w, b.h, b.confidence) for b in shuffled]
    assert extract_fields(moved).fields == {
        k: type(v)(v.value, (v.box[0], v.box[1] + 500, v.box[2], v.box[3]), v.confidence,
                    v.label, v.text)
        for k, v in extract_fields(alipay_boxes()).fields.items()
    }  # fmt: skip


def test_wechat_labels_and_wrapped_merchant_number():
    boxes = [
        TextBox("-1,288.00", 380, 380, 320, 90),
        *row("支付时间", "2026年3月5日 09:07:01", 600),
        *row("支付方式", "零钱", 700, value_x=930),
        *row("交易单号", "4200002026030512345678901234", 800, value_x=380),
        # A long 商户单号 wraps: the rest sits on the next line, right-aligned with the first.
        *row("商户单号", "M20260305090701", 900, value_x=660),
        TextBox("8765432100", 800, 948, 220, 36, 0.95),
    ]
    reading = extract_fields(boxes)
    assert reading.page == "wechat_pay"
    assert reading.fields["order_no"].value == "4200002026030512345678901234"
    assert reading.fields["merchant_order_no"].value == "M202603050907018765432100"
    assert reading.fields["merchant_order_no"].box == (660, 903, 360, 81)
    assert reading.fields["merchant_order_no"].confidence == 0.95
    assert reading.fields["amount"].value == "1288.00"
    assert reading.fields["time"].value == "2026-03-05T09:07:01+08:00"


def test_shop_page_prefers_paid_amount_and_order_time():
    boxes = [
        TextBox("速发卡盟", 400, 240, 200, 44),
        *row("订单金额", "¥100.00", 400),
        *row("实付款", "¥95.00", 500),
        *row("付款时间", "2026-11-20 10:16:00", 600),
        *row("下单时间", "2026/11/20 10:15", 700),
        *row("订单号", "KM2026112000123 复制", 800),
    ]
    fields = extract_fields(boxes).fields
    assert fields["amount"].value == "95.00"
    assert fields["amount"].label == "实付款"
    assert fields["time"].value == "2026-11-20T10:15:00+08:00"
    assert fields["order_no"].value == "KM2026112000123"
    assert fields["platform"].value == "速发卡盟"
    assert "merchant_order_no" not in fields


def test_inline_and_stacked_labels():
    inline = [
        TextBox("订单号：DD2026112012345678", 72, 400, 600, 40),
        TextBox("支付金额：￥30.00", 72, 480, 400, 40),
        TextBox("下单时间：2026-02-01 23:59:59", 72, 560, 560, 40),
    ]
    fields = extract_fields(inline).fields
    assert [fields[k].value for k in ("order_no", "amount", "time")] == [
        "DD2026112012345678", "30.00", "2026-02-01T23:59:59+08:00",
    ]  # fmt: skip
    stacked = [
        TextBox("订单编号", 72, 300, 136, 34),
        TextBox("20261120101532123", 72, 350, 420, 38),
        TextBox("实付金额", 72, 480, 136, 34),
        TextBox("12.5元", 72, 530, 100, 38),
        TextBox("创建时间", 72, 660, 136, 34),
        TextBox("2026年11月20日 10:15:32", 72, 710, 440, 38),
    ]
    fields = extract_fields(stacked).fields
    assert fields["order_no"].value == "20261120101532123"
    assert fields["order_no"].box == (72, 350, 420, 38)
    assert fields["amount"].value == "12.50"
    assert fields["time"].value == "2026-11-20T10:15:32+08:00"


def test_a_label_that_only_starts_like_another_is_not_taken():
    # 收款方式 begins with the label 收款方 (counterparty) but names the payment method.
    boxes = [*row("收款方式", "余额宝", 400, value_x=890)]
    assert "counterparty" not in extract_fields(boxes).fields


def test_nothing_is_invented():
    boxes = [
        *row("订单号", "请联系客服", 400),  # a label whose neighbour is no order number
        *row("下单时间", "2026-02-30 10:00:00", 500),  # no such day
        TextBox("聊天记录", 60, 600, 160, 40),
    ]
    assert extract_fields(boxes).fields == {}
    assert extract_fields([]).fields == {}


def test_headline_amount_needs_to_stand_out_alone():
    small = [TextBox("98.50", 60, 400, 120, 40), TextBox("商品", 60, 500, 80, 40)]
    assert "amount" not in extract_fields(small).fields
    two_big = [TextBox("-98.50", 60, 300, 300, 90), TextBox("-12.00", 60, 500, 300, 90),
               TextBox("明细", 60, 700, 80, 40), TextBox("说明", 60, 800, 80, 40)]  # fmt: skip
    assert "amount" not in extract_fields(two_big).fields


def test_value_parsers():
    assert parse_amount("-¥1,234.5") == "1234.50"
    assert parse_amount("+0.01元") == "0.01"
    assert parse_amount("98.50.1") is None
    assert parse_amount("") is None
    assert parse_order_no("KM 2026 1120 00123") == "KM2026112000123"
    assert parse_order_no("12345") is None  # too short to be an order number
    assert parse_time("2026-11-2010:15:32") == "2026-11-20T10:15:32+08:00"  # space lost by OCR
    assert parse_time("2026.1.2 3:04") == "2026-01-02T03:04:00+08:00"
    assert parse_time("2026-13-01 10:00") is None


def test_json_shape():
    data = extract_fields(alipay_boxes()).to_json()
    assert data["fields"]["amount"] == {"value": "98.50", "box": [402, 360, 274, 92],
                                        "confidence": 1.0}  # fmt: skip
    assert set(data) == {"page", "fields"}


def test_the_next_rows_value_is_not_taken_for_a_wrapped_number():
    # Rows packed tightly: 商家订单号's value sits just under 订单号's, right-aligned with it.
    boxes = [
        *row("订单号", "2026112022001412345678901234", 400, h=40, value_x=395),
        *row("商家订单号", "KM2026112000123", 440, h=40, value_x=670),
    ]
    fields = extract_fields(boxes).fields
    assert fields["order_no"].value == "2026112022001412345678901234"
    assert fields["merchant_order_no"].value == "KM2026112000123"
