"""The packet's note on order facts read off an exhibit: "订单号、实付金额 读自证据2 …".

Only sources that still hold are named (the value is the one confirmed, the exhibit is in the
case and numbered in this packet), so a field edited later is never attributed to a screenshot.
"""

from __future__ import annotations

from disputekit.domain.case.field_labels import SOURCE_FIELD_LABELS
from disputekit.domain.case.field_sources import current_sources
from disputekit.domain.case.model import Case


def source_note(case: Case, numbers: dict[str, int], who: str) -> str:
    """One sentence per exhibit naming the fields read from it (confirmed by `who`, the
    packet's name for the buyer), or "" when none."""
    by_exhibit: dict[int, list[str]] = {}
    for path, src in current_sources(case).items():
        if src.evidence in numbers and path in SOURCE_FIELD_LABELS:
            by_exhibit.setdefault(numbers[src.evidence], []).append(path)
    sentences = []
    order = list(SOURCE_FIELD_LABELS)
    for number in sorted(by_exhibit):
        paths = sorted(by_exhibit[number], key=order.index)
        names = "、".join(str(SOURCE_FIELD_LABELS[p]) for p in paths)  # the packet's Chinese
        sentences.append(f"{names}读自证据{number}截图中标出的位置，经{who}逐项核对确认。")
    return "".join(sentences)
