"""Chinese business days, and the period rules of 民法典 第二百零一条/第二百零三条.

Working days come from the `holidays` package's China calendar: statutory holidays, the extra
days off of each State Council notice, and the 调休 weekend days that notice turns into working
days. User overrides (a newly published schedule, a company's own days off) go on top.

`holidays` never says when it is guessing: for a year without a notice in its data it returns
the rule-based holidays and no make-up workdays at all. `WorkCalendar.is_official` finds out
(see there), and every computed period says whether it depended on such a year. The
instants deadlines run out at are counted from these days in `clocks`.
"""

from __future__ import annotations

import calendar as gregorian
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType

import holidays

from disputekit.messages import Joined, msg

# Holiday names are requested in zh_CN explicitly: left to itself, `holidays` picks the
# language from LANGUAGE/LC_ALL/LANG, so an English locale would turn 国庆节 into English.
_LANGUAGE = "zh_CN"
_OVERRIDE_DAY_OFF = "自定义休息日"
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DueDate:
    """The last day of a period.

    `estimated` is True when a day the period depends on lies in a year without an official
    schedule (see `WorkCalendar.is_official`); `reason` then says so in Chinese. When
    第二百零三条 moved the last day past days off, `extended_from` is the nominal last day.
    """

    day: date
    estimated: bool
    reason: str | None
    extended_from: date | None = None


@dataclass(frozen=True, slots=True)
class _Year:
    """What `holidays` says about one year; independent of overrides, so shareable."""

    days_off: Mapping[date, str]  # listed days off with their zh_CN names
    make_up_days: frozenset[date]  # weekend days the notice made working days
    official: bool


@dataclass(frozen=True, slots=True)
class _PackageFacts:
    """What a `holidays.China` object holds before any year is populated."""

    cross_year_make_up_days: frozenset[date]
    notice_years: tuple[int, ...]


class WorkCalendar:
    """China's working days from `holidays`, with user overrides applied on top.

    `overrides` maps a date to True (an extra working day) or False (an extra day off). Year
    data is built lazily, once per year, and kept in the instance.
    """

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        checked: dict[date, bool] = {}
        for day, working in (overrides or {}).items():
            _check_date(day)
            if not isinstance(working, bool):
                raise TypeError(f"override for {day} must be a bool, not {working!r}")
            checked[day] = working
        self._overrides = MappingProxyType(checked)
        self._years: dict[int, _Year] = {}
        self._facts: _PackageFacts | None = None

    @property
    def overrides(self) -> Mapping[date, bool]:
        """The user overrides, read-only."""
        return self._overrides

    def with_overrides(self, overrides: Mapping[date, bool]) -> WorkCalendar:
        """A new calendar with `overrides` added to this one's (the new value wins on a clash)."""
        other = WorkCalendar({**self._overrides, **overrides})
        # Year data does not depend on overrides: hand it over instead of rebuilding it.
        other._years = dict(self._years)
        other._facts = self._facts
        return other

    # --- single days -------------------------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        """True if `day` is a working day: an override, else a make-up weekend day or a
        weekday that is not a holiday."""
        _check_date(day)
        override = self._overrides.get(day)
        if override is not None:
            return override
        year = self._year(day.year)
        if day.weekday() >= 5:  # Saturday, Sunday
            return day in year.make_up_days
        return day not in year.days_off

    def holiday_name(self, day: date) -> str | None:
        """The Chinese name of the day off `day` is, as `holidays` words it (e.g. 国庆节,
        休息日（由 2026-09-20 调休）), or 自定义休息日 for an override; None for a working day
        or a plain weekend."""
        if self.is_working_day(day):
            return None
        name = self._year(day.year).days_off.get(day)
        if name is None and self._overrides.get(day) is False:
            return _OVERRIDE_DAY_OFF
        return name

    def is_official(self, year: int) -> bool:
        """True if `holidays` holds the State Council's schedule for `year`.

        `holidays` keeps every notice as a table of day swaps; each notice since 2001 moves
        work onto at least one weekend day. Populating only `year` adds that year's swaps to
        `weekend_workdays`, so the year is official when `weekend_workdays` holds more than
        the cross-year make-up days every `China` object preloads (6 in holidays 0.109, so a
        plain "non-empty" test says yes for every year). Error side: a notice without any
        weekend make-up day would read as unofficial, which only adds a warning.
        """
        return self._year(year).official

    # --- moving through working days ---------------------------------------------------------

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        _check_date(day)
        day += _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def working_day_on_or_after(self, day: date) -> date:
        """`day` if it is a working day, else the next one."""
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, day: date, n: int) -> DueDate:
        """The `n`-th working day after `day`; `day` itself never counts, working or not."""
        check_count(n)
        end = day
        for _ in range(n):
            end = self.next_working_day(end)
        return self._due(end, first_used=day + _ONE_DAY)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end`: the countdown from `start`
        to a deadline on `end`. Negative (overdue) when `end` is before `start`."""
        _check_date(start)
        _check_date(end)
        if end < start:
            return -self.working_days_between(end, start)
        return sum(
            self.is_working_day(start + timedelta(days=i)) for i in range(1, (end - start).days + 1)
        )

    # --- periods of 民法典 第二百零一条/第二百零三条 -------------------------------------------

    def add_calendar_days(self, day: date, n: int) -> DueDate:
        """Last day of an `n`-day period starting after `day` (201: `day` is not counted),
        moved to the next working day if it is a day off (203)."""
        _check_date(day)
        check_count(n)
        return self._close(day + timedelta(days=n))

    def add_months(self, day: date, n: int) -> DueDate:
        """Last day of an `n`-month period starting after `day`: the same day of the month
        `n` months on, or that month's last day if it is shorter (Jan 31 + 1 → Feb 28/29);
        then moved past days off (203)."""
        _check_date(day)
        check_count(n)
        year, month0 = divmod(day.month - 1 + n, 12)
        year += day.year
        month_length = gregorian.monthrange(year, month0 + 1)[1]
        return self._close(date(year, month0 + 1, min(day.day, month_length)))

    def add_years(self, day: date, n: int) -> DueDate:
        """Last day of an `n`-year period starting after `day`: the same date `n` years on
        (Feb 29 → Feb 28 in a common year), then moved past days off (203)."""
        return self.add_months(day, 12 * n)

    # --- internals ---------------------------------------------------------------------------

    def _close(self, nominal: date) -> DueDate:
        """Apply 第二百零三条 to a nominal last day."""
        end = self.working_day_on_or_after(nominal)
        # Only the nominal last day and the days it is moved across depend on the calendar.
        due = self._due(end, first_used=nominal)
        if end == nominal:
            return due
        return DueDate(end, due.estimated, due.reason, extended_from=nominal)

    def _due(self, end: date, first_used: date) -> DueDate:
        """A DueDate for `end`, flagged if any year from `first_used` to `end` is estimated."""
        guessed = [y for y in range(first_used.year, end.year + 1) if not self.is_official(y)]
        if not guessed:
            return DueDate(end, estimated=False, reason=None)
        return DueDate(end, estimated=True, reason=self._estimate_reason(guessed))

    def _estimate_reason(self, years: Sequence[int]) -> str:
        """Chinese text naming the estimated years: not yet published, or (for a year before
        the data starts) simply not covered."""
        latest = self._latest_official_year()
        future = [y for y in years if latest is None or y > latest]
        past = [y for y in years if y not in future]
        parts = [
            msg(code, years=Joined(tuple(msg("calendar.year", year=y) for y in group)))
            for code, group in (("calendar.not_covered", past), ("calendar.not_published", future))
            if group
        ]
        return msg("calendar.estimate_reasons", parts=Joined(tuple(parts), "clauses"))

    def _latest_official_year(self) -> int | None:
        # Notice years are only candidates: a year's table could hold a lone special day
        # without a full schedule, so each is confirmed with is_official, newest first.
        for year in sorted(self._package_facts().notice_years, reverse=True):
            if self.is_official(year):
                return year
        return None

    def _package_facts(self) -> _PackageFacts:
        if self._facts is None:
            empty = holidays.China(years=(), expand=False, language=_LANGUAGE)
            self._facts = _PackageFacts(
                cross_year_make_up_days=frozenset(empty.weekend_workdays),
                # A public attribute of StaticHolidays; fall back to "none" if it ever goes.
                notice_years=tuple(getattr(empty, "special_public_holidays", {})),
            )
        return self._facts

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        # expand=False: the object is read once and dropped; nothing should populate behind us.
        source = holidays.China(years=year, expand=False, language=_LANGUAGE)
        preloaded = self._package_facts().cross_year_make_up_days
        built = _Year(
            days_off=MappingProxyType(
                {day: name for day, name in source.items() if day.year == year}
            ),
            # Includes make-up days next year's notice put in this December (preloaded).
            make_up_days=frozenset(day for day in source.weekend_workdays if day.year == year),
            official=bool(set(source.weekend_workdays) - preloaded),
        )
        self._years[year] = built
        return built


def _check_date(day: object) -> None:
    # A datetime is a date subclass but never equals a date, so it would miss every lookup;
    # and which calendar day it means depends on its zone. Callers convert explicitly.
    if isinstance(day, datetime) or not isinstance(day, date):
        raise TypeError(f"expected a date, got {type(day).__name__}")


def check_count(n: int) -> None:
    """Refuse a period length that is not a whole number of at least 1."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"a period length must be an int, got {n!r}")
    if n < 1:
        raise ValueError(f"a period length must be at least 1, got {n}")
