"""Part 2's case tabs (建议, 时间线, 期限, 材料), appended to CASE_TABS by case_tabs.py.

Titles are marked in the "CaseTabs" context like part 1's; the strings live here so the workflow
translation file carries them. Factories import their module only when called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from disputekit.ui.shell.services import Services
    from disputekit.ui.shell.session import CaseSession

Factory = Callable[["Services", "CaseSession", QWidget | None], QWidget]


def _advice(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.advice.advice_tab import AdviceTab

    return AdviceTab(services, session, parent)


def _timeline(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.timeline.timeline_tab import TimelineTab

    return TimelineTab(services, session, parent)


def _deadlines(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.deadlines.deadlines_tab import DeadlinesTab

    return DeadlinesTab(services, session, parent)


def _packet(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.packet.packet_tab import PacketBuilderTab

    return PacketBuilderTab(services, session, parent)


WORKFLOW_TABS: list[tuple[str, str, Factory]] = [
    ("advice", QT_TRANSLATE_NOOP("CaseTabs", "Advice"), _advice),
    ("timeline", QT_TRANSLATE_NOOP("CaseTabs", "Timeline"), _timeline),
    ("deadlines", QT_TRANSLATE_NOOP("CaseTabs", "Deadlines"), _deadlines),
    ("packet", QT_TRANSLATE_NOOP("CaseTabs", "Packet"), _packet),
]
