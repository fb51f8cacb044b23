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


def minor_message_note(case: Case) -> str | None:
    """The sentence the guardian's message to customer service adds for a buyer who was a
    minor on the order day (Chinese, as the message is); None for an adult."""
    age = age_on_order_day(case)
    if age is None or age >= ADULT_AGE:
        return None
    if age < LIMITED_AGE:
        return (
            f"买家下单时不满八周岁（{age}周岁），不满八周岁的未成年人由其法定代理人代理实施民事"
            f"法律行为（{cite('civil_20')}）；此次购买未经本人（监护人）同意，请退还货款。"
        )
    return (
        f"买家下单时未满十八周岁（{age}周岁），此次购买超出其年龄、智力相适应的范围，未经本人"
        f"（监护人）同意，本人不予追认，该购买不发生效力（{cite('civil_19', 'civil_145')}），"
        "请退还货款。"
    )


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
