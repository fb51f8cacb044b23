"""Time zone helpers: every instant is shown, and every calendar date is taken, in Asia/Shanghai."""

from __future__ import annotations

from datetime import datetime
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
