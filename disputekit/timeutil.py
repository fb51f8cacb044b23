"""Time zone helpers: every instant is shown, and every calendar date is taken, in Asia/Shanghai.

The formatters here are the only ones for dates people read: `zh_datetime`/`zh_date` in Chinese
texts (packets, advice, the customer-service message), `short_datetime` in tables and lists,
`precise_datetime` for a bill row's time (to the second).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

# The zone of the buyer, the platform and the regulators alike. The `tzdata` dependency makes it
# resolvable on machines without a system zone database (Windows).
SHANGHAI = ZoneInfo("Asia/Shanghai")


def to_shanghai(dt: datetime) -> datetime:
    """Return the same instant as an aware datetime in Asia/Shanghai.

    Raises ValueError for a naive datetime: guessing its zone would silently move a deadline by
    eight hours (UTC) or more, so the caller has to say which zone it meant.
    """
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt.isoformat()}: a time zone is required")
    return dt.astimezone(SHANGHAI)


def zh_datetime(moment: datetime) -> str:
    """An instant for Chinese readers, in Asia/Shanghai: 2026年10月9日 23:59."""
    local = to_shanghai(moment)
    return f"{zh_date(local.date())} {local:%H:%M}"


def zh_date(day: date) -> str:
    """A calendar day for Chinese readers: 2026年11月26日 (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


def short_datetime(moment: datetime) -> str:
    """An instant in a table cell, in Asia/Shanghai and either UI language: 2026-11-20 10:15."""
    return to_shanghai(moment).strftime("%Y-%m-%d %H:%M")


def precise_datetime(moment: datetime) -> str:
    """An instant to the second, in Asia/Shanghai: 2026-11-20 10:15:42 (a bill row's time,
    which the payment provider records to the second)."""
    return to_shanghai(moment).strftime("%Y-%m-%d %H:%M:%S")


# The years a case's dates and instants may fall in: a dispute's dates are recent, and every
# deadline counted from one (years later at most) stays far inside what datetime can hold.
FIRST_YEAR = 1900
LAST_YEAR = 2999
YEARS = {"first": FIRST_YEAR, "last": LAST_YEAR}


def in_year_range(value: date | datetime) -> bool:
    """True when `value` lies in FIRST_YEAR..LAST_YEAR (checked before any zone conversion,
    which overflows near year 1 and year 9999)."""
    return FIRST_YEAR <= value.year <= LAST_YEAR
