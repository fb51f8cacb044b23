"""Whether 12315 can still take this dispute: the complaint the case is on (a complaint filed and
not refused is judged on the day it was made), and 办法第十六条(二) (a dispute 12315 or a 消协
has already accepted or handled is not accepted again). The advice and the packet pre-check
both ask here."""

from __future__ import annotations

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import Channel, EventKind
from disputekit.domain.legal.citations import cite
from disputekit.messages import Joined, Msg, msg

_EV = EventKind


def live_complaint(case: Case) -> Event | None:
    """The latest 12315 complaint not refused since: the one whose filing day the three-year
    bar (办法第十六条(四)) is judged on while it is handled. None when there is none, or the
    last one was refused (a new complaint would be judged on its own day)."""
    filed = case.latest(_EV.COMPLAINT_FILED)
    if filed is None:
        return None
    refused = any(e.at >= filed.at for e in case.events_of(_EV.COMPLAINT_REJECTED))
    return None if refused else filed


def handled_by_12315(case: Case) -> bool:
    """12315 has accepted or mediated this dispute (a complaint accepted, a mediation result)."""
    return bool(case.events_of(_EV.COMPLAINT_ACCEPTED, _EV.MEDIATION_RESULT))


def handled_by_association(case: Case) -> bool:
    """A 消协 has taken up this dispute (a mediation request, or its result)."""
    return bool(case.events_of(_EV.ASSOCIATION_REQUESTED, _EV.ASSOCIATION_RESULT))


def closed_by_16_2(case: Case) -> bool:
    """12315 or a 消协 has already taken up this dispute: 12315 will not accept it again."""
    return handled_by_12315(case) or handled_by_association(case)


def routes_after_12315(case: Case) -> tuple[Channel, ...]:
    """Where a dispute 12315 cannot take goes next: the 消协 unless it has handled it, then
    the court."""
    if handled_by_association(case):
        return (Channel.LITIGATION,)
    return (Channel.CONSUMER_ASSOCIATION, Channel.LITIGATION)


def already_handled(case: Case) -> Msg | None:
    """Why a new 12315 complaint would not be accepted (办法第十六条(二)), naming who handled
    the dispute and the routes still open; None when neither 12315 nor a 消协 has."""
    if not closed_by_16_2(case):
        return None
    who = msg("route.by_12315" if handled_by_12315(case) else "route.by_association")
    routes = Joined(routes_after_12315(case), "or")
    return msg("route.already_handled", who=who, law=cite("complaint_16_2"), routes=routes)
