"""Would a 12315 complaint be accepted as the case stands? (暂行办法第九条、第十条、第十五条)

`accepted` is False only for what the case data shows would block acceptance: the three-year
limit has run, or a field 第九条 requires is empty. A complaint filed for someone else needs a
授权委托书 and the agent's ID (第十条); the app cannot see paper documents, so that is reported as
`needs_authorization`, not as a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from disputekit.domain.calendar import WorkCalendar, years_after
from disputekit.domain.deadline_rules import LIMITATION_YEARS
from disputekit.domain.legal import cite
from disputekit.domain.model import Case

# 第九条: (JSON path, label) of each required field.
_REQUIRED_FIELDS: tuple[tuple[str, str], ...] = (
    ("complainant.name", "投诉人姓名"),
    ("complainant.phone", "投诉人电话号码"),
    ("complainant.address", "投诉人通讯地址"),
    ("respondent.company", "被投诉人名称"),
    ("respondent.address", "被投诉人地址"),
)


@dataclass(frozen=True)
class Eligibility:
    """The 12315 check: accepted or not, why not, which fields to fill, and whether a
    授权委托书 is needed."""

    accepted: bool
    problems: list[str] = field(default_factory=list)
    missing_fields: list[str] = field(default_factory=list)
    needs_authorization: bool = False
    # What must go with the complaint without making it unacceptable (第十条 for an agent).
    requirements: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The eligibility in the advice JSON shape (plus the documents still to attach)."""
        return {
            "accepted": self.accepted,
            "problems": list(self.problems),
            "requirements": list(self.requirements),
        }


def check_12315(case: Case, today: date, calendar: WorkCalendar | None = None) -> Eligibility:
    """Check `case` against the acceptance rules of a 12315 complaint on `today`."""
    cal = calendar or WorkCalendar()
    problems: list[str] = []
    limit_problem = _limitation_problem(case, today, cal)
    if limit_problem:
        problems.append(limit_problem)
    missing = [path for path, _ in _REQUIRED_FIELDS if not _value(case, path).strip()]
    if missing:
        labels = "、".join(label for path, label in _REQUIRED_FIELDS if path in missing)
        problems.append(f"投诉材料不全，缺少{labels}（{cite('complaint_9', 'complaint_15')}）")
    return Eligibility(
        accepted=not problems,
        problems=problems,
        missing_fields=missing,
        needs_authorization=case.filed_by is not None,
        requirements=[note] if (note := authorization_note(case)) else [],
    )


def authorization_note(case: Case) -> str | None:
    """What a filer on someone's behalf must add (第十条), or None when the buyer files."""
    if case.filed_by is None:
        return None
    who = case.filed_by.name or "代理人"
    return (
        f"由{who}代为投诉：须附投诉人签名的授权委托书原件（载明委托事项、权限和期限）"
        f"及受托人身份证明（{cite('complaint_10')}）"
    )


def _limitation_problem(case: Case, today: date, cal: WorkCalendar) -> str | None:
    known = case.harm_known_at
    if known is None:
        return None
    last = years_after(known, LIMITATION_YEARS, cal).at.date()
    if last >= today:
        return None
    return (
        f"自知道权益受损之日起已超过三年（期限至{last.year}年{last.month}月{last.day}日），"
        f"市场监管部门不予受理（{cite('complaint_15', 'civil_188')}）"
    )


def _value(case: Case, path: str) -> str:
    if path == "respondent.company":
        # A platform's trade name is what most buyers know; it names the respondent well enough
        # to file, and the packet asks for the company name separately.
        return case.respondent.display_name
    part, attr = path.split(".")
    return str(getattr(getattr(case, part), attr) or "")
