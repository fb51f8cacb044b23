"""Three demo cases, one per order state, so a newcomer sees a living app at once.

The cases live in `assets/demo/demo_cases.json` as ordinary case documents (every name, company
and number is made up); their evidence screenshots are drawn here from the case itself. Each
case carries the extra key `"demo": "<order status>"`: that mark is how a second run finds
them and adds nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image

from disputekit.domain.case.document.case_json import case_from_dict
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.resources import asset
from disputekit.store.cases.case_list import CaseDamaged
from disputekit.store.demo.demo_images import (
    ChatLine,
    draw_chat,
    draw_order_page,
    draw_receipt,
    png_bytes,
)
from disputekit.store.store import Store

DEMO_KEY = "demo"
SOURCE_NOTE = "DisputeKit 演示数据（合成截图）"


@dataclass
class DemoCase:
    """A demo case (evidence not yet in the vault) and how to draw each evidence file."""

    case: Case
    screens: dict[str, dict[str, Any]]

    @property
    def key(self) -> str:
        """The demo mark, e.g. "pending_delivery"."""
        return str(self.case.extra[DEMO_KEY])


def demo_cases() -> list[DemoCase]:
    """The demo cases, in a fixed order, freshly parsed (callers may modify them)."""
    data = json.loads(asset("demo", "demo_cases.json").read_text(encoding="utf-8"))
    return [DemoCase(case_from_dict(d["case"]), d["screens"]) for d in data["demos"]]


def render_screen(case: Case, item: EvidenceItem, spec: dict[str, Any]) -> Image.Image:
    """Draw the screenshot of evidence `item` as `spec` says, taken at its capture time."""
    shot_at = item.captured_at or case.order.ordered_at
    assert shot_at is not None  # every demo screenshot has a capture time
    kind = spec["draw"]
    if kind == "receipt":
        return draw_receipt(case, shot_at)
    if kind == "order_page":
        return draw_order_page(case, shot_at, spec.get("card_code", ""))
    if kind == "chat":
        lines = [
            ChatLine(line["me"], line["text"], _when(line.get("at"))) for line in spec["lines"]
        ]
        return draw_chat(case, lines, shot_at)
    raise ValueError(f"unknown demo screen {kind!r}")


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def find_demo_cases(store: Store) -> dict[str, int]:
    """The demo cases already in the store: demo mark -> case id."""
    demos = {d.case.order.order_no: d.key for d in demo_cases()}
    found: dict[str, int] = {}
    for summary in store.cases.list():
        key = demos.get(summary.order_no)
        if not key or key in found or summary.damaged:  # a damaged one is not "there"
            continue
        try:
            mark = store.cases.get(summary.id).extra.get(DEMO_KEY)
        except CaseDamaged:
            continue
        if mark == key:
            found[key] = summary.id
    return found


def add_demo_cases(store: Store) -> list[int]:
    """Add the demo cases not yet in the store, with their screenshots; returns the ids of
    all demo cases in demo order. A second call adds nothing."""
    demos = demo_cases()
    found = find_demo_cases(store)
    missing = [d for d in demos if d.key not in found]
    if missing:
        ready = [_with_files(store, d) for d in missing]  # draw before taking the write lock
        ids = store.cases.create_many(ready)
        found.update(zip((d.key for d in missing), ids, strict=True))
    return [found[d.key] for d in demos]


def _with_files(store: Store, demo: DemoCase) -> Case:
    case = demo.case
    for item in case.evidence:
        png = png_bytes(render_screen(case, item, demo.screens[item.id]))
        stored = store.vault.add_bytes(png, Path(item.file).name, SOURCE_NOTE)
        item.sha256 = stored.sha256
        item.original_name = stored.original_name
    return case
