"""The tabs shown for the current case, in order: (key, English title, factory).

Titles are marked with QT_TRANSLATE_NOOP in the "CaseTabs" context and translated when shown.
Factories import their module only when called, which keeps startup light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from disputekit.ui.shared.language.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from disputekit.ui.shared.services import Services
    from disputekit.ui.shared.session import CaseSession

TabFactory = Callable[["Services", "CaseSession", QWidget | None], QWidget]


def _order_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.cases.order_form import OrderTab

    return OrderTab(services, session, parent)


def _evidence_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.evidence.evidence_tab import EvidenceTab

    return EvidenceTab(services, session, parent)


def _advice_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.advice.advice_tab import AdviceTab

    return AdviceTab(services, session, parent)


def _timeline_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.timeline.timeline_tab import TimelineTab

    return TimelineTab(services, session, parent)


def _deadlines_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.deadlines.deadlines_tab import DeadlinesTab

    return DeadlinesTab(services, session, parent)


def _packet_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.packet.packet_tab import PacketBuilderTab

    return PacketBuilderTab(services, session, parent)


CASE_TABS: list[tuple[str, str, TabFactory]] = [
    ("order", QT_TRANSLATE_NOOP("CaseTabs", "Order"), _order_tab),
    ("evidence", QT_TRANSLATE_NOOP("CaseTabs", "Evidence"), _evidence_tab),
    ("advice", QT_TRANSLATE_NOOP("CaseTabs", "Advice"), _advice_tab),
    ("timeline", QT_TRANSLATE_NOOP("CaseTabs", "Timeline"), _timeline_tab),
    ("deadlines", QT_TRANSLATE_NOOP("CaseTabs", "Deadlines"), _deadlines_tab),
    ("packet", QT_TRANSLATE_NOOP("CaseTabs", "Packet"), _packet_tab),
]
