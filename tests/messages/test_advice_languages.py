"""Every text `advise()` explains itself with is a message, so the English UI is English."""

from __future__ import annotations

import re
from datetime import date

import pytest

from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.messages import Localized, Msg, render
from tests.domain.advice.test_engine import demo_cases
from tests.support.shipped import advise

CAL = WorkCalendar()
# Legal citations stay Chinese article names; Chinese in “quotes” or (brackets) names the
# platform's button or the document a buyer must hand in, as they will see it.
_KEPT = re.compile(
    r"《[^》]+》[第条款项（）()、〇零一二三四五六七八九十百千]*"
    r"|“[^”]*”|\([^()]*[\u4e00-\u9fff][^()]*\)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
SHARED = (SharedContact("phone", "13800000000", "#12 张三", "张三"),)


def _explained(advice) -> list[str]:
    texts = [advice.reason, *advice.steps, *advice.warnings]
    if advice.eligibility is not None:
        texts += [*advice.eligibility.problems, *advice.eligibility.requirements]
    return texts


def _user_data(case) -> list[str]:
    c, r, o = case.complainant, case.respondent, case.order
    values = [c.name, c.address, r.display_name, r.platform, r.shop, r.address, o.order_no]
    values += [str(v) for v in r.extra.values()]
    if case.filed_by is not None:
        values.append(case.filed_by.name)
    return [v for v in values if v] + ["张三", "#12 张三"]


@pytest.mark.parametrize("today", [date(2026, 10, 12), date(2030, 1, 1)], ids=str)
@pytest.mark.parametrize("name", sorted(demo_cases()))
def test_every_explanation_is_a_message_with_english(name: str, today: date):
    case = demo_cases()[name]
    advice = advise(case, today, CAL, render=lambda *_, **__: "", shared_contacts=SHARED)
    for text in _explained(advice):
        assert isinstance(text, Msg), f"plain text, not a message: {text!r}"
        english = render(text, "en")
        assert english != text
        rest = _KEPT.sub("", english)
        for value in _user_data(case):
            rest = rest.replace(value, "")
        assert not _CJK.search(rest), f"Chinese left in English: {english!r}"
        assert render(text, "zh_CN") == text


@pytest.mark.parametrize("today", [date(2026, 10, 12), date(2030, 1, 1)], ids=str)
@pytest.mark.parametrize("name", sorted(demo_cases()))
def test_every_deadline_text_has_english(name: str, today: date):
    case = demo_cases()[name]
    advice = advise(case, today, CAL, render=lambda *_, **__: "")
    for d in advice.deadlines:
        texts = [d.name, d.rule, *([d.estimate_reason] if d.estimate_reason else [])]
        for text in texts:
            assert isinstance(text, Msg | Localized), f"plain text: {text!r}"
            english = render(text, "en")
            assert english != text
            assert not _CJK.search(_KEPT.sub("", english)), f"Chinese left: {english!r}"
        # The basis is a citation (Chinese article names) or says where a figure comes from.
        assert not _CJK.search(_KEPT.sub("", render(d.basis, "en")))


def test_packet_blockers_have_english():
    from disputekit.domain.case.model import Case, Complainant, Order, Respondent
    from disputekit.domain.case.vocabulary import PacketKind
    from disputekit.packet.preflight import preflight

    empty = Case(complainant=Complainant(), respondent=Respondent(), order=Order())
    blockers = preflight(empty, PacketKind.COMPLAINT_12315, date(2026, 10, 12), CAL)
    assert blockers[0].message_zh == "缺少订单号"
    assert render(blockers[0].message_zh, "en") == "Missing: the order number"
    assert (
        "Missing: the complainant's name (《" in [render(b.message_zh, "en") for b in blockers][1]
    )
    for b in blockers:
        assert isinstance(b.message_zh, Msg)
        assert not _CJK.search(_KEPT.sub("", render(b.message_zh, "en")))


@pytest.mark.parametrize("kind", ["consumer_association", "civil_complaint"])
def test_the_other_packet_kinds_blockers_have_english(kind: str):
    from disputekit.domain.case.model import Case, Complainant, Order, Respondent
    from disputekit.domain.case.vocabulary import PacketKind
    from disputekit.packet.preflight import preflight

    bad_id = Complainant(name="张三", id_number="110101199001011234")
    case = Case(complainant=bad_id, respondent=Respondent(credit_code="X1"), order=Order())
    blockers = preflight(case, PacketKind(kind), date(2026, 10, 12), CAL)
    assert len(blockers) > 3
    for b in blockers:
        assert isinstance(b.message_zh, Msg), f"plain text: {b.message_zh!r}"
        english = render(b.message_zh, "en")
        assert english != b.message_zh
        assert not _CJK.search(_KEPT.sub("", english)), f"Chinese left: {english!r}"
