"""Fixtures for the command tests: a case JSON with its screenshots beside it, as a user
would hand it to `import`."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

WriteCase = Callable[..., Path]


def _png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 80), color).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def png() -> Callable[[tuple[int, int, int]], bytes]:
    """A small PNG of one colour (each colour its own file, so its own SHA-256)."""
    return _png


@pytest.fixture
def write_case(tmp_path: Path) -> WriteCase:
    """`write_case(files, evidence, events=None)`: 张三's 已发货未到账 Q币 order as
    `case/case.json` under tmp_path, `files` (name → bytes) beside it; the JSON path."""

    def write(
        files: dict[str, bytes],
        evidence: list[dict[str, Any]],
        events: list[dict[str, Any]] | None = None,
    ) -> Path:
        folder = tmp_path / "case"
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        doc: dict[str, Any] = {
            "format": "disputekit.case/1",
            "complainant": {"name": "张三", "phone": "13800000000"},
            "respondent": {"platform": "某某卡盟", "shop": "星辰点卡"},
            "order": {
                "order_no": "KM2026112000123",
                "product": "腾讯Q币 100元",
                "amount_paid": "98.50",
                "ordered_at": "2026-11-20T10:15:00+08:00",
                "status": "delivered_not_credited",
            },
            "problem": "not_received",
            "evidence": evidence,
        }
        if events is not None:
            doc["events"] = events
        path = folder / "case.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path

    return write
