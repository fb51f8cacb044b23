"""Missing evidence: groups per channel and problem, "one of" as a single group."""

from __future__ import annotations

import pytest

from disputekit.domain.advice.evidence_needs import missing_evidence, needed_evidence
from disputekit.domain.case.vocabulary import Channel, EvidenceKind
from tests.domain.factories import at, ev, make_case

K = EvidenceKind
C = Channel
BASE = [[K.ORDER_SCREENSHOT], [K.PAYMENT_RECORD]]


@pytest.mark.parametrize("channel", list(Channel))
def test_every_channel_needs_the_order_and_the_payment(channel):
    case = make_case(status="completed", problem="other")
    assert missing_evidence(case, channel)[:2] == BASE
    held = make_case(
        status="completed", problem="other", evidence=["order_screenshot", "payment_record"]
    )
    assert [K.ORDER_SCREENSHOT] not in missing_evidence(held, channel)
    assert [K.PAYMENT_RECORD] not in missing_evidence(held, channel)


def test_self_cancel_needs_only_the_base():
    assert missing_evidence(make_case(status="pending_delivery"), C.SELF_CANCEL) == BASE


def test_customer_service_for_not_received_needs_proof_of_non_receipt():
    assert missing_evidence(make_case(), C.CUSTOMER_SERVICE) == [*BASE, [K.RECHARGE_RECORD]]
    goodwill = make_case(status="completed", problem="mistaken_order")
    assert missing_evidence(goodwill, C.CUSTOMER_SERVICE) == BASE


@pytest.mark.parametrize(
    ("problem", "group"),
    [
        ("wrong_amount", [K.BALANCE_SCREENSHOT, K.RECHARGE_RECORD]),
        ("invalid_goods", [K.FAILURE_PROOF]),
        ("wrong_server", [K.RECHARGE_RECORD]),
    ],
)
def test_platform_appeal_needs_proof_of_the_fault(problem, group):
    case = make_case(status="completed", problem=problem)
    assert missing_evidence(case, C.PLATFORM_APPEAL) == [*BASE, group]


def test_one_kind_satisfies_a_group():
    for held in ("balance_screenshot", "recharge_record"):
        case = make_case(status="completed", problem="wrong_amount", evidence=[held])
        assert missing_evidence(case, C.PLATFORM_APPEAL) == BASE


def test_an_appeal_after_customer_service_needs_the_chat():
    case = make_case(events=[ev("cs_refused", at(2026, 9, 28))], evidence=["recharge_record"])
    assert missing_evidence(case, C.PLATFORM_APPEAL) == [*BASE, [K.CHAT_LOG]]


@pytest.mark.parametrize("channel", [C.REGULATOR_12315, C.CONSUMER_ASSOCIATION, C.LITIGATION])
def test_12315_needs_the_appeal_evidence_plus_the_chat(channel):
    case = make_case(status="completed", problem="invalid_goods")
    assert missing_evidence(case, channel) == [*BASE, [K.FAILURE_PROOF], [K.CHAT_LOG]]
    done = make_case(
        status="completed",
        problem="invalid_goods",
        evidence=["order_screenshot", "payment_record", "failure_proof", "chat_log"],
    )
    assert missing_evidence(done, channel) == []


def test_needs_have_no_duplicate_groups():
    case = make_case(events=[ev("cs_refused", at(2026, 9, 28))])
    for channel in Channel:
        groups = needed_evidence(case, channel)
        assert len(groups) == len(set(groups))


def test_a_cancelled_order_needs_no_proof_of_the_goods():
    case = make_case(status="cancelled", events=[ev("cancelled", at(2026, 9, 29))])
    assert missing_evidence(case, C.CUSTOMER_SERVICE) == BASE
    assert missing_evidence(case, C.REGULATOR_12315) == [*BASE, [K.CHAT_LOG]]
