"""The 12315 web form's fields as copy-ready text, each with its character count.

Labels, limits and the order of the fields are data (`templates/fill_sheet_12315.json`): the
live form's limits and the order its pages ask for the fields are not confirmed, so a
volunteer can correct them without touching code, and the sheet says so. A spec that cannot be
read or names an unknown field raises `FillSheetSpecError`, naming the file and the entry.
Counts are characters (code points), which is how a web form's maxlength counts Chinese.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from disputekit.domain.case.model import Case
from disputekit.domain.case.values.money import format_money
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.legal.jurisdiction import regulator_note
from disputekit.files.private_files import write_private
from disputekit.messages import Msg, msg
from disputekit.packet.kinds.narrative import claims_list, facts_context, render_paragraphs
from disputekit.packet.pages.text import fmt_datetime
from disputekit.resources import templates_dir

SPEC_FILE = "fill_sheet_12315.json"


@dataclass(frozen=True)
class FillField:
    """One form field: its label, the text to paste, and its length against the limit."""

    key: str
    label: str
    value: str
    count: int
    limit: int | None
    over_limit: bool
    label_en: str = ""  # the label explained in English, for the English interface


class FillSheetSpecError(ValueError):
    """The fill sheet's spec file cannot be used; `text` says why, naming the file."""

    def __init__(self, text: Msg) -> None:
        super().__init__(str(text))
        self.text = text


def spec_path() -> Path:
    """The editable file giving the form's fields: their order, labels and limits."""
    return templates_dir() / SPEC_FILE


def load_spec() -> dict[str, Any]:
    """The form description: fields in the order the form asks for them, labels, limits and
    the notes that limits and order are unconfirmed (`FillSheetSpecError` if unusable)."""
    path = spec_path()
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise FillSheetSpecError(
            msg("fill_sheet.spec_unreadable", path=str(path), reason=str(exc))
        ) from exc
    fields = spec.get("fields") if isinstance(spec, dict) else None
    if not isinstance(fields, list):
        raise FillSheetSpecError(msg("fill_sheet.spec_no_fields", path=str(path)))
    seen: set[str] = set()
    for n, field in enumerate(fields, start=1):
        _check_field(path, n, field, seen)
    return spec


def _check_field(path: Path, n: int, field: Any, seen: set[str]) -> None:
    ok = isinstance(field, dict) and isinstance(field.get("label"), str) and field["label"]
    ok = ok and isinstance(field.get("label_en", ""), str)
    limit = field.get("limit") if isinstance(field, dict) else None
    if not ok or not (limit is None or (type(limit) is int and limit > 0)):
        raise FillSheetSpecError(msg("fill_sheet.spec_bad_field", path=str(path), n=n))
    key = field.get("key")
    if key not in FIELD_KEYS:
        known = ", ".join(FIELD_KEYS)
        raise FillSheetSpecError(
            msg("fill_sheet.spec_unknown_key", path=str(path), n=n, key=str(key), known=known)
        )
    if key in seen:
        raise FillSheetSpecError(msg("fill_sheet.spec_twice", path=str(path), n=n, key=key))
    seen.add(key)


# The values the sheet can fill, by the key the spec names them with.
FIELD_KEYS = (
    "respondent_name",
    "credit_code",
    "respondent_address",
    "jurisdiction",
    "shop_url",
    "order_no",
    "purchased_at",
    "amount",
    "payment",
    "problem_type",
    "claims",
    "facts",
)


def _values(case: Case, today: date) -> dict[str, str]:
    r, o = case.respondent, case.order
    payment = o.payment_method.zh + (f"，交易号 {o.transaction_no}" if o.transaction_no else "")
    numbers = {item.id: i for i, item in enumerate(case.evidence, start=1)}
    context = facts_context(case, today, PacketKind.COMPLAINT_12315, numbers)
    return {
        "respondent_name": r.display_name,
        "credit_code": r.credit_code,
        "respondent_address": r.address,
        "jurisdiction": regulator_note(case).removeprefix("管辖："),
        "shop_url": r.url,
        "order_no": o.order_no,
        "purchased_at": fmt_datetime(o.ordered_at) if o.ordered_at else "",
        "amount": format_money(o.amount_paid),
        "payment": payment,
        "problem_type": case.problem.zh,
        "claims": "".join(claims_list(case)),
        "facts": "".join(render_paragraphs("facts_short.j2", context)),
    }


def fill_sheet_fields(case: Case, today: date) -> list[FillField]:
    """Every field of the form in the spec's order, with counts against the limits."""
    values = _values(case, today)
    fields = []
    for spec in load_spec()["fields"]:
        value = values.get(spec["key"], "")
        limit = spec.get("limit")
        fields.append(
            FillField(
                spec["key"],
                spec["label"],
                value,
                len(value),
                limit,
                limit is not None and len(value) > limit,
                spec.get("label_en", ""),
            )
        )
    return fields


def format_fill_sheet(fields: list[FillField]) -> str:
    """The sheet as text: the unconfirmed-limits note, then each field with its count."""
    spec = load_spec()
    lines = [f"{spec['form']} · 逐项填写", "", f"注意：{spec['note']}"]
    if spec.get("order_note"):
        lines.append(spec["order_note"])
    # "本文件" in the notes is the spec, not this sheet: name it.
    lines += [f"（以上所说的文件：{spec_path()}）", ""]
    for f in fields:
        count = f"{f.count} 字" if f.limit is None else f"{f.count}/{f.limit} 字"
        if f.over_limit and f.limit is not None:
            count += f"，超出 {f.count - f.limit} 字，请删减"
        lines += [f"【{f.label}】（{count}）", f.value or "（未填写）", ""]
    return "\n".join(lines)


def write_fill_sheet(fields: list[FillField], path: Path) -> None:
    """Write the sheet to `path` as UTF-8 text, readable by its owner only."""
    write_private(Path(path), format_fill_sheet(fields).encode("utf-8"))
