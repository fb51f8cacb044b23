"""Fixtures for the store tests: an opened store, PNG bytes, and a full case document."""

from __future__ import annotations

import copy
import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from disputekit.domain.case.document.case_json import case_from_dict
from disputekit.domain.case.model import Case
from disputekit.store import Store, StoredFile

# Every object carries a key this version does not know; text covers Chinese, emoji and
# right-to-left script, which must be accepted and survive.
CASE_DOC: dict[str, Any] = {
    "format": "disputekit.case/1",
    "complainant": {
        "name": "张三😀",
        "phone": "13800000000",
        "address": "北京市朝阳区 שלום עליכם",
        "email": None,
        "wechat": "zs_2026",
    },
    "respondent": {
        "platform": "某某卡盟",
        "url": "https://km.example.cn",
        "shop": "星辰点卡专营店",
        "company": "某某网络科技有限公司",
        "credit_code": "91110000MA0000000X",
        "address": "杭州市",
        "contact": "客服QQ 10000",
        "icp": "浙ICP备000000号",
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
        "transaction_no": "2026112022001400000000000000",
        "target_account": {
            "game": "王者荣耀",
            "region": "微信区",
            "server": "S12",
            "account": "123456789",
            "role": "مرحبا",
        },
        "coupon": {"code": "NEW5", "value": "5.00"},
    },
    "problem": "not_received",
    "problem_known_at": "2026-11-20T11:00:00+08:00",
    "filed_by": {"name": "李志愿", "phone": "13900000000", "relation": "volunteer", "org": "消协"},
    "claims": {"refund_amount": "98.50", "delivery": False, "other": "赔礼道歉", "interest": 1},
    "events": [
        {
            "id": "ev1",
            "at": "2026-11-20T10:40:00+08:00",
            "kind": "cs_contacted",
            "note": "客服说系统繁忙，请稍等",
            "outcome": None,
            "evidence": ["e1"],
            "channel": "在线客服",
        },
        {
            "id": "ev2",
            "at": "2026-11-21T09:00:00+00:00",
            "kind": "cs_refused",
            "note": "客服拒绝退款 🙅",
            "outcome": "negative",
            "evidence": ["e1", "e2"],
        },
    ],
    "evidence": [
        {
            "id": "e1",
            "kind": "chat_log",
            "file": "evidence/chat-1.png",
            "caption": "客服聊天记录",
            "proves": "客服承认未到账",
            "captured_at": "2026-11-21T09:05:00+08:00",
            "source": "微信截图",
            "sha256": None,
            "original_name": "chat-1.png",
            "derived_from": None,
            "page": 3,
        },
        {
            "id": "e2",
            "kind": "payment_record",
            "file": "evidence/pay.png",
            "caption": "支付宝账单",
            "proves": "已付款98.50元",
            "source": "支付宝账单导出",
        },
    ],
    "schema_note": {"from": "hand edited"},
}


def png_bytes(seed: int, size: tuple[int, int] = (48, 96)) -> bytes:
    """A small valid PNG whose content (and so sha256) depends on `seed`."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image.putpixel((0, 0), (seed % 256, (seed // 256) % 256, 7))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A freshly opened store in a temporary data folder."""
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def add_png(store: Store) -> Callable[..., StoredFile]:
    """Put a small PNG into the store's vault: `add_png(seed, name)`."""

    def add(seed: int, name: str = "shot.png") -> StoredFile:
        return store.vault.add_bytes(png_bytes(seed), name)

    return add


@pytest.fixture
def case_doc() -> dict[str, Any]:
    """A fresh deep copy of the full sample case document (evidence sha256 not filled)."""
    return copy.deepcopy(CASE_DOC)


@pytest.fixture
def make_case(add_png: Callable[..., StoredFile]) -> Callable[..., Case]:
    """Build a `Case` from the sample (with overrides) whose evidence files are in the vault.

    `make_case(seed=1, **order_fields)`; different seeds give different files.
    """

    def make(seed: int = 1, doc: dict[str, Any] | None = None, **order: Any) -> Case:
        data = copy.deepcopy(doc or CASE_DOC)
        data["order"].update(order)
        for i, item in enumerate(data["evidence"]):
            item["sha256"] = add_png(seed * 100 + i, item["file"].rsplit("/", 1)[-1]).sha256
        return case_from_dict(data)

    return make


@pytest.fixture
def png() -> Callable[..., bytes]:
    """`png(seed, size=(w, h))`: the bytes of a small valid PNG."""
    return png_bytes
