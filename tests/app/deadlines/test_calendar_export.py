"""The .ics export parses back with icalendar, with the dates the deadlines say."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from disputekit.app.deadlines.calendar_export import CaseDeadline, build_ics
from disputekit.timeutil import SHANGHAI


@dataclass
class _Deadline:
    kind: str
    due: datetime
    rule: str = "退款应在取消后 3 个工作日内到账"
    basis: str = "seed guide"
    estimated: bool = False
    unit: str = "working_days"


STAMP = datetime(2026, 9, 29, 10, 0, tzinfo=SHANGHAI)


def _parse(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_day_deadline_is_an_all_day_event_on_the_due_date():
    # A refund due at the end of 2026-10-09 (3 working days after 09-29 across National Day).
    due = datetime(2026, 10, 9, 23, 59, 59, tzinfo=SHANGHAI)
    item = CaseDeadline(7, "某某卡盟 KM1", _Deadline("refund_due", due), "退款到账期限")
    events = _parse(build_ics([item], STAMP))
    event = events["case7-refund_due@disputekit"]
    assert event.decoded("dtstart") == date(2026, 10, 9)
    assert event.decoded("dtend") == date(2026, 10, 10)
    assert str(event["summary"]) == "退款到账期限：某某卡盟 KM1"
    assert "依据：seed guide" in str(event["description"])
    alarm = event.walk("VALARM")[0]
    assert alarm.decoded("trigger") == timedelta(hours=-15)


def test_hour_deadline_is_timed_and_ends_at_the_due_instant_in_shanghai():
    due = datetime(2026, 11, 21, 10, 40, tzinfo=SHANGHAI)
    item = CaseDeadline(3, "KM2", _Deadline("cs_review_due", due, unit="hours"), "客服审核期限")
    data = build_ics([item], STAMP)
    event = _parse(data)["case3-cs_review_due@disputekit"]
    end = event.decoded("dtend")
    assert end == due
    assert end.utcoffset() == timedelta(hours=8)
    assert event.decoded("dtstart") == due - timedelta(minutes=30)
    assert b"BEGIN:VTIMEZONE" in data
    assert b"TZID:Asia/Shanghai" in data


def test_estimated_deadline_says_so_and_due_is_taken_in_shanghai():
    # 2030-01-01 01:00 in Shanghai is still 2029-12-31 in UTC: the Shanghai date must win.
    due_utc = datetime(2029, 12, 31, 17, 0, tzinfo=UTC)
    item = CaseDeadline(
        1,
        "KM3",
        _Deadline("limitation_due", due_utc, estimated=True, unit="years"),
        "诉讼时效",
        estimate_reason="2029年的法定节假日安排尚未公布，按常规规则估算",
    )
    event = _parse(build_ics([item], STAMP))["case1-limitation_due@disputekit"]
    assert event.decoded("dtstart") == date(2030, 1, 1)
    assert "（估算）" in str(event["summary"])
    assert "2029年的法定节假日安排尚未公布" in str(event["description"])


def test_several_cases_keep_distinct_uids():
    due = datetime(2026, 12, 1, 23, 59, 59, tzinfo=SHANGHAI)
    items = [
        CaseDeadline(n, f"KM{n}", _Deadline("refund_due", due), "退款到账期限") for n in (1, 2)
    ]
    assert set(_parse(build_ics(items, STAMP))) == {
        "case1-refund_due@disputekit",
        "case2-refund_due@disputekit",
    }
