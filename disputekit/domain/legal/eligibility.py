"""Would a 12315 complaint be accepted as the case stands? (办法第十条、第十一条、第十六条)

`accepted` is False only for what the case data shows would block acceptance: the three-year
bar has passed (第十六条(四), never interrupted, judged on the day the complaint is made), 12315
or a 消协 has already handled the dispute (第十六条(二)), or a field 第十条 requires is empty. A
complaint filed for someone else needs a 授权委托书 and the 受托人's ID (第十一条); the app
cannot see paper documents, so that is reported as `needs_authorization`, not as a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EventKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_statutory import complaint_bar
from disputekit.domain.deadlines.rulebook import Rulebook
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.route_12315 import already_handled, live_complaint
from disputekit.messages import Day, Joined, Msg, msg
from disputekit.timeutil import to_shanghai

# 第十条: (JSON path, label) of each party field a complaint must carry. The one list: the 12315
# check and the packet preflight both read it.
REQUIRED_FIELDS: tuple[tuple[str, Msg], ...] = (
    ("complainant.name", msg("field.complainant.name")),
    ("complainant.phone", msg("field.complainant.phone")),
    ("complainant.address", msg("field.complainant.address")),
    ("respondent.company", msg("field.respondent.company")),
    ("respondent.address", msg("field.respondent.address")),
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


def check_12315(
    case: Case,
    today: date,
    calendar: WorkCalendar | None = None,
    *,
    rules: Rulebook,
) -> Eligibility:
    """Check `case` against the acceptance rules of a 12315 complaint on `today`."""
    cal = calendar or WorkCalendar()
    problems: list[str] = []
    limit_problem = bar_problem(case, today, cal, rules)
    if limit_problem:
        problems.append(limit_problem)
    # 第十六条(二): a new complaint after one was handled (not the one still being mediated).
    handled = already_handled(case)
    ongoing = live_complaint(case) is not None and not case.events_of(EventKind.MEDIATION_RESULT)
    if handled is not None and not ongoing:
        problems.append(handled)
    absent = missing_required_fields(case)
    missing = [path for path, _ in absent]
    if missing:
        labels = Joined(tuple(label for _, label in absent))
        laws = cite("complaint_10", "complaint_16_5")
        problems.append(msg("eligibility.missing_fields", labels=labels, laws=laws))
    return Eligibility(
        accepted=not problems,
        problems=problems,
        missing_fields=missing,
        needs_authorization=case.filed_by is not None,
        requirements=[note] if (note := authorization_note(case)) else [],
    )


def missing_required_fields(case: Case) -> list[tuple[str, Msg]]:
    """(JSON path, label) of each 第十条 party field that `case` leaves empty, in form order."""
    return [(path, label) for path, label in REQUIRED_FIELDS if not _value(case, path).strip()]


def authorization_note(case: Case) -> str | None:
    """What a filer on someone's behalf must add (第十一条), or None when the buyer files."""
    if case.filed_by is None:
        return None
    name = case.filed_by.name
    who = msg("eligibility.agent_named", name=name) if name else msg("eligibility.agent")
    return msg("eligibility.authorization", who=who, law=cite("complaint_11"))


def bar_problem(case: Case, today: date, cal: WorkCalendar, rules: Rulebook) -> str | None:
    """Why the 12315 three-year bar blocks the complaint, or None. The bar asks whether three
    years had passed on the day the complaint was made: a complaint filed and not refused is
    judged on its filing day, a new one on `today`; a last day moved over a non-working day
    may still be met (第四十五条). It says the court limitation is a separate clock, so nobody
    reads the court route as closed."""
    found = complaint_bar(case, cal, rules)
    if found is None:
        return None
    last = to_shanghai(found.grace_until or found.due).date()
    filed = live_complaint(case)
    day = to_shanghai(filed.at).date() if filed is not None else today
    if last >= day:
        return None
    return msg(
        "eligibility.barred",
        last=Day(to_shanghai(found.due).date()),
        basis=found.basis,
        laws=cite("civil_188", "civil_195"),
    )


def _value(case: Case, path: str) -> str:
    if path == "respondent.company":
        # A platform's trade name is what most buyers know; it names the respondent well enough
        # to file, and the packet asks for the company name separately.
        return case.respondent.display_name
    part, attr = path.split(".")
    return str(getattr(getattr(case, part), attr) or "")
