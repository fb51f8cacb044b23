"""A buyer under 18 on the order day (民法典第十七条): the guardian files and sues for them as
法定代理人 (第二十三条; 民事诉讼法第六十条), and a purchase beyond the child's age and
understanding, not ratified, is the usual ground for asking for the money back (第一百四十五条;
under 8, 第二十条). Age comes from `complainant.birth_date`, else from the ID number."""

from __future__ import annotations

from datetime import date

from disputekit.domain.case.model import Case
from disputekit.domain.legal.citations import cite
from disputekit.messages import Msg, msg
from disputekit.timeutil import to_shanghai

ADULT_AGE = 18  # 民法典第十七条
LIMITED_AGE = 8  # 民法典第十九条、第二十条


def birth_date(case: Case) -> date | None:
    """The buyer's birth date: given, or read from an 18-digit ID number."""
    person = case.complainant
    if person.birth_date is not None:
        return person.birth_date
    digits = person.id_number.strip()[6:14]
    if len(person.id_number.strip()) != 18 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def age_on_order_day(case: Case) -> int | None:
    """Whole years of age on the order day (Asia/Shanghai), or None when unknown."""
    born = birth_date(case)
    ordered = case.order.ordered_at
    if born is None or ordered is None:
        return None
    day = to_shanghai(ordered).date()
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def minor_steps(case: Case) -> list[Msg]:
    """The steps for a buyer who was a minor on the order day; empty for an adult."""
    age = age_on_order_day(case)
    if age is None or age >= ADULT_AGE:
        return []
    guardian = msg(
        "step.minor.guardian",
        age=age,
        laws=cite("civil_17", "civil_23", "civil_procedure_60"),
    )
    if age < LIMITED_AGE:
        route = msg("step.minor.under_8", law=cite("civil_20"))
    else:
        route = msg("step.minor.not_ratified", laws=cite("civil_19", "civil_145"))
    return [guardian, route]
