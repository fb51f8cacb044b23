"""Small text helpers shared by the sections: escaping for Paragraph markup, dates, money."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from disputekit.domain.money import format_yuan

SHANGHAI = ZoneInfo("Asia/Shanghai")


def esc(text: str) -> str:
    """Text made safe for reportlab's Paragraph mini-markup; newlines become line breaks."""
    return escape(text).replace("\n", "<br/>")


def shanghai(dt: datetime) -> datetime:
    """The instant in Asia/Shanghai (case datetimes always carry an offset)."""
    return dt.astimezone(SHANGHAI)


def fmt_datetime(dt: datetime | None) -> str:
    """2026年11月20日 10:15 (Asia/Shanghai), or 未记录: one date format in the whole packet."""
    if dt is None:
        return "未记录"
    local = shanghai(dt)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def fmt_date_zh(day: date) -> str:
    """2026年11月26日."""
    return f"{day.year}年{day.month}月{day.day}日"


def fmt_money(amount: Decimal | None) -> str:
    """¥98.50, or 未填写."""
    return format_yuan(amount) if amount is not None else "未填写"


def or_blank(text: str, blank: str = "未填写") -> str:
    """The text, or a visible placeholder when empty."""
    return text.strip() or blank


def safe(text: str) -> str:
    """Case text ready for a Paragraph: undrawable characters marked (drafts), then escaped."""
    from disputekit.packet.fonts import drawable

    return esc(drawable(text))
