"""The one set of date formatters: Asia/Shanghai, and the packet's 2026年11月20日 10:15."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from disputekit.packet.pages.text import fmt_date_zh, fmt_datetime
from disputekit.timeutil import precise_datetime, short_datetime, zh_date, zh_datetime

# 2026-11-19 18:05 UTC is already the 20th in Shanghai (UTC+8).
LATE_UTC = datetime(2026, 11, 19, 18, 5, tzinfo=UTC)


def test_chinese_datetime_is_shanghai_time_without_leading_zeros():
    assert zh_datetime(LATE_UTC) == "2026年11月20日 02:05"
    assert zh_datetime(datetime(2026, 3, 5, 9, 7, tzinfo=timezone(timedelta(hours=8)))) == (
        "2026年3月5日 09:07"
    )


def test_chinese_date_has_no_leading_zeros():
    assert zh_date(date(2026, 1, 9)) == "2026年1月9日"


def test_table_datetime_is_numeric_shanghai_time():
    assert short_datetime(LATE_UTC) == "2026-11-20 02:05"


def test_a_time_without_a_zone_is_refused_not_guessed():
    with pytest.raises(ValueError, match="time zone is required"):
        zh_datetime(datetime(2026, 11, 20, 10, 15))


def test_packet_text_uses_the_same_formatter():
    assert fmt_datetime(LATE_UTC) == zh_datetime(LATE_UTC) == "2026年11月20日 02:05"
    assert fmt_datetime(None) == "未记录"
    assert fmt_date_zh(date(2026, 11, 26)) == "2026年11月26日"


def test_a_bill_time_is_shanghai_time_to_the_second():
    assert precise_datetime(LATE_UTC.replace(second=42)) == "2026-11-20 02:05:42"
    with pytest.raises(ValueError, match="naive"):
        precise_datetime(datetime(2026, 11, 20, 10, 15))
