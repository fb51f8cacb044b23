"""Small text helpers shared by the sections: escaping for Paragraph markup, dates, money."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from disputekit.domain.case.values.money import format_yuan
from disputekit.timeutil import SHANGHAI as SHANGHAI  # re-exported for the sections
from disputekit.timeutil import zh_date, zh_datetime


def esc(text: str) -> str:
    """Text made safe for reportlab's Paragraph mini-markup; newlines become line breaks."""
    return escape(text).replace("\n", "<br/>")


def fmt_datetime(dt: datetime | None) -> str:
    """2026年11月20日 10:15 (Asia/Shanghai), or 未记录: one date format in the whole packet."""
    return zh_datetime(dt) if dt is not None else "未记录"


def fmt_date_zh(day: date) -> str:
    """2026年11月26日."""
    return zh_date(day)


def fmt_money(amount: Decimal | None) -> str:
    """¥98.50, or 未填写."""
    return format_yuan(amount) if amount is not None else "未填写"


def or_blank(text: str, blank: str = "未填写") -> str:
    """The text, or a visible placeholder when empty."""
    return text.strip() or blank


def safe(text: str) -> str:
    """Case text ready for a Paragraph: undrawable characters marked (drafts), then escaped."""
    from disputekit.packet.pages.fonts import drawable

    return esc(drawable(text))
