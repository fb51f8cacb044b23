"""Which channels a case has reached, from the kinds of its events (ladder order)."""

from __future__ import annotations

from collections.abc import Iterable

from disputekit.domain.case.vocabulary import Channel, EventKind

_REACHED: dict[EventKind, Channel] = {
    EventKind.CS_CONTACTED: Channel.CUSTOMER_SERVICE,
    EventKind.CS_REPLIED: Channel.CUSTOMER_SERVICE,
    EventKind.CS_REFUSED: Channel.CUSTOMER_SERVICE,
    EventKind.DELIVERY_PROOF_REQUESTED: Channel.CUSTOMER_SERVICE,
    EventKind.REFUND_PROMISED: Channel.CUSTOMER_SERVICE,
    EventKind.APPEAL_FILED: Channel.PLATFORM_APPEAL,
    EventKind.APPEAL_RESULT: Channel.PLATFORM_APPEAL,
    EventKind.COMPLAINT_FILED: Channel.REGULATOR_12315,
    EventKind.COMPLAINT_ACCEPTED: Channel.REGULATOR_12315,
    EventKind.COMPLAINT_REJECTED: Channel.REGULATOR_12315,
    EventKind.MEDIATION_RESULT: Channel.REGULATOR_12315,
    EventKind.ASSOCIATION_REQUESTED: Channel.CONSUMER_ASSOCIATION,
    EventKind.ASSOCIATION_RESULT: Channel.CONSUMER_ASSOCIATION,
}
_BY_VALUE: dict[str, Channel] = {k.value: c for k, c in _REACHED.items()}
REACHING_KINDS: tuple[str, ...] = tuple(_BY_VALUE)


def channels_reached(kinds: Iterable[str]) -> tuple[Channel, ...]:
    """The channels these event kinds (their JSON values) show were tried, in ladder order."""
    found = {_BY_VALUE[k] for k in kinds if k in _BY_VALUE}
    return tuple(c for c in Channel if c in found)
