"""Business-day calendar: official 2024-2026 schedules, 民法典 201/203 periods, the clocks.

Expected dates come from the State Council's 2026 schedule, checked against `chinesecalendar`,
an independent data set used here only as a cross-check.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import chinese_calendar
import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from disputekit.domain.deadlines import calendar as calendar_module
from disputekit.domain.deadlines.calendar import DueDate, WorkCalendar
from disputekit.domain.deadlines.clocks import (
    calendar_days_after,
    hours_after,
    working_days_after,
    years_after,
)
from disputekit.timeutil import SHANGHAI, to_shanghai

# Shared by the property tests: year data is cached inside, overrides never mutate it.
CAL = WorkCalendar()


def sh(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


def end_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=SHANGHAI)


# --- the official data ---------------------------------------------------------------------


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_every_day_agrees_with_chinesecalendar(year):
    cal = WorkCalendar()
    day = date(year, 1, 1)
    mismatches = []
    while day.year == year:
        if cal.is_working_day(day) != chinese_calendar.is_workday(day):
            mismatches.append(day)
        day += timedelta(days=1)
    assert mismatches == []


def test_spring_festival_2026():
    off = [date(2026, 2, d) for d in range(15, 24)]  # 2月15日至23日放假
    assert [d for d in off if CAL.is_working_day(d)] == []
    assert CAL.is_working_day(date(2026, 2, 14))  # Saturday, 上班
    assert CAL.is_working_day(date(2026, 2, 28))  # Saturday, 上班
    assert not CAL.is_working_day(date(2026, 3, 1))  # ordinary Sunday
    assert CAL.holiday_name(date(2026, 2, 16)) == "农历除夕"
    assert CAL.holiday_name(date(2026, 2, 17)) == "春节"
    assert CAL.holiday_name(date(2026, 2, 14)) is None


def test_national_day_2026():
    assert [d for d in range(1, 8) if CAL.is_working_day(date(2026, 10, d))] == []
    assert CAL.is_working_day(date(2026, 9, 20))  # Sunday, 上班
    assert CAL.is_working_day(date(2026, 10, 10))  # Saturday, 上班
    assert CAL.is_working_day(date(2026, 10, 8))
    assert not CAL.is_working_day(date(2026, 10, 11))
    assert CAL.holiday_name(date(2026, 10, 1)) == "国庆节"
    assert CAL.holiday_name(date(2026, 10, 6)) == "休息日（由 2026-09-20 调休）"
    assert CAL.holiday_name(date(2026, 10, 11)) is None  # plain weekend


def test_names_stay_chinese_under_an_english_locale(monkeypatch):
    # holidays picks its language from these variables unless told otherwise.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(var, "en_US.UTF-8")
    assert WorkCalendar().holiday_name(date(2026, 10, 1)) == "国庆节"


def test_official_years():
    assert all(CAL.is_official(y) for y in range(2001, 2027))
    assert not CAL.is_official(2000)  # before the package's notices
    assert not CAL.is_official(2090)


def test_make_up_day_set_by_next_years_notice():
    # 国办发明电〔2005〕35号 (the 2006 notice): "12月31日（星期六）上班". The year-2005 data
    # must know it although it comes from the 2006 notice (chinesecalendar 1.11 misses it).
    cal = WorkCalendar()
    assert cal.is_working_day(date(2005, 12, 31))
    assert cal.is_working_day(date(2006, 12, 30))  # the 2007 notice
    assert not cal.is_working_day(date(2005, 12, 24))  # an ordinary Saturday


def test_year_data_is_built_lazily_and_once(monkeypatch):
    built = []
    real_china = holidays.China

    def counting_china(*args, **kwargs):
        built.append(kwargs.get("years"))
        return real_china(*args, **kwargs)

    monkeypatch.setattr(calendar_module.holidays, "China", counting_china)
    cal = WorkCalendar({date(2026, 5, 5): True})
    assert built == []
    cal.add_working_days(date(2026, 9, 30), 3)
    cal.is_working_day(date(2026, 1, 1))
    cal.with_overrides({date(2026, 1, 5): False}).is_working_day(date(2026, 1, 5))
    assert built.count(2026) == 1


# --- working days ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 10-08 Thu, 10-09 Fri, 10-10 make-up Saturday.
        (date(2026, 9, 30), 1, date(2026, 10, 8)),
        (date(2026, 9, 30), 2, date(2026, 10, 9)),
        (date(2026, 9, 30), 3, date(2026, 10, 10)),
        (date(2026, 9, 30), 4, date(2026, 10, 12)),
        (date(2026, 9, 19), 1, date(2026, 9, 20)),  # Saturday → make-up Sunday
        (date(2026, 10, 1), 1, date(2026, 10, 8)),  # start on a holiday
        # Spring Festival: 02-13 Fri, 02-14 make-up Sat, break 02-15..23, 02-28 make-up Sat.
        (date(2026, 2, 13), 1, date(2026, 2, 14)),
        (date(2026, 2, 13), 2, date(2026, 2, 24)),
        (date(2026, 2, 14), 5, date(2026, 2, 28)),
        (date(2026, 2, 14), 6, date(2026, 3, 2)),
        (date(2026, 2, 10), 15, date(2026, 3, 9)),
    ],
)
def test_add_working_days(start, n, expected):
    assert CAL.add_working_days(start, n) == DueDate(expected, estimated=False, reason=None)


def test_next_working_day_helpers():
    assert CAL.next_working_day(date(2026, 10, 8)) == date(2026, 10, 9)  # strictly after
    assert CAL.next_working_day(date(2026, 9, 30)) == date(2026, 10, 8)
    assert CAL.working_day_on_or_after(date(2026, 10, 8)) == date(2026, 10, 8)
    assert CAL.working_day_on_or_after(date(2026, 10, 3)) == date(2026, 10, 8)
    assert CAL.working_day_on_or_after(date(2026, 2, 28)) == date(2026, 2, 28)


def test_working_days_between_counts_down():
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 10)) == 3
    assert CAL.working_days_between(date(2026, 10, 10), date(2026, 9, 30)) == -3
    assert CAL.working_days_between(date(2026, 10, 3), date(2026, 10, 3)) == 0
    assert CAL.working_days_between(date(2026, 10, 1), date(2026, 10, 7)) == 0


# --- 民法典 第二百零一条/第二百零三条 --------------------------------------------------------


def test_calendar_period_ending_on_a_holiday_moves_past_the_break():
    due = CAL.add_calendar_days(date(2026, 9, 24), 7)  # nominal last day 10-01
    assert due == DueDate(date(2026, 10, 8), False, None, extended_from=date(2026, 10, 1))


def test_calendar_period_ending_on_saturday_moves_to_monday():
    due = CAL.add_calendar_days(date(2026, 11, 7), 7)  # 11-14 is a plain Saturday
    assert due.day == date(2026, 11, 16)
    assert due.extended_from == date(2026, 11, 14)


@pytest.mark.parametrize("last_day", [date(2026, 10, 10), date(2026, 9, 20), date(2026, 2, 28)])
def test_calendar_period_ending_on_a_make_up_workday_stays(last_day):
    due = CAL.add_calendar_days(last_day - timedelta(days=7), 7)
    assert due == DueDate(last_day, False, None)


def test_calendar_period_ending_on_a_working_day_stays():
    assert CAL.add_calendar_days(date(2026, 3, 1), 15).day == date(2026, 3, 16)


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2023, 5, 10), 3, date(2026, 5, 11)),  # 05-10 is a Sunday
        (date(2023, 5, 12), 3, date(2026, 5, 12)),
        (date(2025, 10, 1), 1, date(2026, 10, 8)),  # lands in the National Day break
        (date(2024, 2, 29), 1, date(2025, 2, 28)),  # no Feb 29: last day of February
        (date(2024, 2, 29), 2, date(2026, 2, 28)),  # Feb 28 is a make-up Saturday: stays
    ],
)
def test_add_years(start, years, expected):
    assert CAL.add_years(start, years).day == expected


def test_add_months_uses_the_month_end_when_the_day_is_missing():
    # 2026-02-28 is a make-up Saturday, so the month-end rule's result does not move.
    assert CAL.add_months(date(2026, 1, 31), 1) == DueDate(date(2026, 2, 28), False, None)
    assert CAL.add_months(date(2026, 3, 31), 1).day == date(2026, 4, 30)
    # Shortened to Feb 28, a Sunday in 2027, then moved by 203 to Monday.
    due = CAL.add_months(date(2026, 12, 31), 2)
    assert (due.day, due.extended_from) == (date(2027, 3, 1), date(2027, 2, 28))


# --- estimated years -------------------------------------------------------------------------


def test_period_inside_2026_is_not_estimated():
    due = CAL.add_working_days(date(2026, 1, 5), 200)
    assert due.day.year == 2026
    assert not due.estimated
    assert due.reason is None


def test_period_ending_in_a_year_without_a_schedule_is_estimated():
    due = CAL.add_working_days(date(2089, 12, 28), 5)
    assert due.estimated
    # The counted days in 2089 were guesses too.
    assert due.reason == "2089年、2090年的法定节假日安排尚未公布，按常规规则估算"
    assert CAL.add_calendar_days(date(2089, 6, 1), 10).estimated


def test_period_crossing_into_the_first_unpublished_year():
    # holidays 0.109 ends with 2026; when a release adds 2027 this must follow, not fail.
    due = CAL.add_working_days(date(2026, 12, 28), 10)
    assert due.day.year == 2027
    assert due.estimated is (not CAL.is_official(2027))
    if due.estimated:
        assert due.reason == "2027年的法定节假日安排尚未公布，按常规规则估算"


def test_years_before_the_data_are_not_called_unpublished():
    due = CAL.add_working_days(date(1999, 12, 25), 10)
    assert due.reason == "1999年、2000年的法定节假日安排不在日历数据中，按常规规则估算"


def test_calendar_period_depends_only_on_its_last_days():
    # Started in an estimated year, but only the (official) last day is looked up.
    due = CAL.add_years(date(2000, 5, 12), 26)
    assert due == DueDate(date(2026, 5, 12), False, None)


# --- overrides -------------------------------------------------------------------------------


def test_extra_day_off_pushes_a_deadline_later():
    cal = WorkCalendar({date(2026, 10, 9): False})
    assert cal.add_working_days(date(2026, 9, 30), 2).day == date(2026, 10, 10)
    assert cal.holiday_name(date(2026, 10, 9)) == "自定义休息日"


def test_extra_working_day_pulls_a_deadline_earlier():
    cal = WorkCalendar({date(2026, 10, 5): True})
    assert cal.add_working_days(date(2026, 9, 30), 1).day == date(2026, 10, 5)
    assert cal.holiday_name(date(2026, 10, 5)) is None


def test_overrides_apply_to_period_ends_too():
    cal = CAL.with_overrides({date(2026, 11, 14): True})
    assert cal.add_calendar_days(date(2026, 11, 7), 7) == DueDate(date(2026, 11, 14), False, None)
    assert CAL.add_calendar_days(date(2026, 11, 7), 7).day == date(2026, 11, 16)  # untouched


def test_bad_arguments_are_refused():
    with pytest.raises(TypeError):
        WorkCalendar({datetime(2026, 10, 9, tzinfo=SHANGHAI): False})
    with pytest.raises(TypeError):
        WorkCalendar({date(2026, 10, 9): 0})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        CAL.is_working_day(datetime(2026, 10, 9, 12, 0, tzinfo=SHANGHAI))
    with pytest.raises(ValueError, match="at least 1"):
        CAL.add_working_days(date(2026, 10, 9), 0)


# --- the clocks ------------------------------------------------------------------------------


@pytest.mark.parametrize("event", [sh(2026, 9, 30, 0, 5), sh(2026, 9, 30, 23, 50)])
def test_working_days_clock_never_counts_the_event_day(event):
    deadline = working_days_after(event, 3, CAL)
    assert deadline.at == end_of(date(2026, 10, 10))
    assert deadline.at.tzinfo is SHANGHAI
    assert not deadline.estimated


def test_working_days_clock_takes_the_date_in_shanghai():
    # 16:30 UTC on 09-30 is 00:30 on 10-01 in Shanghai: the event day is a holiday.
    deadline = working_days_after(datetime(2026, 9, 30, 16, 30, tzinfo=UTC), 2, CAL)
    assert deadline.at == end_of(date(2026, 10, 9))


def test_calendar_days_clock():
    deadline = calendar_days_after(sh(2026, 9, 24, 23, 50), 7, CAL)
    assert deadline.at == end_of(date(2026, 10, 8))
    assert deadline.extended_from == date(2026, 10, 1)
    assert calendar_days_after(sh(2026, 9, 24, 0, 0), 7, CAL).at == end_of(date(2026, 10, 8))


def test_years_clock():
    deadline = years_after(sh(2025, 10, 1, 23, 50), 1, CAL)
    assert deadline.at == end_of(date(2026, 10, 8))
    assert years_after(sh(2089, 3, 1, 10, 0), 1, CAL).estimated


def test_hours_clock_crosses_midnight():
    deadline = hours_after(sh(2026, 9, 30, 23, 50), 1)
    assert deadline.at == sh(2026, 10, 1, 0, 50)
    assert deadline.at.tzinfo is SHANGHAI
    assert not deadline.estimated and deadline.reason is None
    # 24 hours is an instant, not "end of the next day", and ignores holidays.
    assert hours_after(sh(2026, 9, 30, 23, 50), 24).at == sh(2026, 10, 1, 23, 50)
    assert hours_after(datetime(2026, 9, 30, 15, 50, tzinfo=UTC), 1).at == sh(2026, 10, 1, 0, 50)


@pytest.mark.parametrize(
    "clock",
    [
        lambda e: working_days_after(e, 1, CAL),
        lambda e: calendar_days_after(e, 1, CAL),
        lambda e: years_after(e, 1, CAL),
        lambda e: hours_after(e, 1),
    ],
)
def test_clocks_refuse_naive_datetimes(clock):
    with pytest.raises(ValueError, match="naive"):
        clock(datetime(2026, 9, 30, 12, 0))


def test_to_shanghai():
    assert to_shanghai(datetime(2026, 1, 1, tzinfo=UTC)) == sh(2026, 1, 1, 8, 0)
    assert to_shanghai(datetime(2026, 1, 1, tzinfo=UTC)).tzinfo is SHANGHAI
    with pytest.raises(ValueError):
        to_shanghai(datetime(2026, 1, 1))


# --- properties ------------------------------------------------------------------------------

days = st.dates(min_value=date(2023, 6, 1), max_value=date(2028, 6, 30))
counts = st.integers(min_value=1, max_value=40)


@given(start=days, n=counts)
def test_working_day_deadline_is_a_working_day(start, n):
    due = CAL.add_working_days(start, n)
    assert due.day > start
    assert CAL.is_working_day(due.day)
    assert CAL.working_days_between(start, due.day) == n


@given(start=days, n=counts)
def test_calendar_period_ends_on_a_working_day(start, n):
    due = CAL.add_calendar_days(start, n)
    assert due.day >= start + timedelta(days=n)
    assert CAL.is_working_day(due.day)


@given(start=days, n=st.integers(min_value=1, max_value=39))
def test_add_working_days_strictly_increases_with_n(start, n):
    assert CAL.add_working_days(start, n).day < CAL.add_working_days(start, n + 1).day


@given(start=days, n=counts, day_off=days)
def test_an_extra_day_off_never_brings_a_deadline_earlier(start, n, day_off):
    cal = CAL.with_overrides({day_off: False})
    assert cal.add_working_days(start, n).day >= CAL.add_working_days(start, n).day
    assert cal.add_calendar_days(start, n).day >= CAL.add_calendar_days(start, n).day
    assert cal.add_months(start, 1).day >= CAL.add_months(start, 1).day


@given(
    event=st.datetimes(
        min_value=datetime(1985, 1, 1), max_value=datetime(1993, 1, 1), timezones=st.just(SHANGHAI)
    ),
    n=st.integers(min_value=1, max_value=24 * 400),
)
def test_hours_are_elapsed_time_even_across_shanghai_dst(event, n):
    # Shanghai kept DST in 1986-1991: wall-clock addition would be an hour off there.
    end = hours_after(event, n).at
    assert end.astimezone(UTC) - event.astimezone(UTC) == timedelta(hours=n)


@given(
    event=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 1)),
    offset_hours=st.integers(min_value=-12, max_value=14),
)
def test_clock_deadline_is_end_of_a_shanghai_day(event, offset_hours):
    aware = event.replace(tzinfo=timezone(timedelta(hours=offset_hours)))
    deadline = working_days_after(aware, 1, CAL)
    assert deadline.at.tzinfo is SHANGHAI
    assert (deadline.at.hour, deadline.at.minute, deadline.at.second) == (23, 59, 59)
    assert deadline.at.date() > to_shanghai(aware).date()
