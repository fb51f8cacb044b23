"""The tabs shown for the current case, in order: (key, English title, factory).

Titles are marked with QT_TRANSLATE_NOOP in the "CaseTabs" context and translated when shown.
Factories import their module only when called, which keeps startup light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from disputekit.ui.shell.services import Services
    from disputekit.ui.shell.session import CaseSession

TabFactory = Callable[["Services", "CaseSession", QWidget | None], QWidget]


def _order_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.cases.order_form import OrderTab

    return OrderTab(services, session, parent)


def _evidence_tab(services: Services, session: CaseSession, parent: QWidget | None) -> QWidget:
    from disputekit.ui.evidence.evidence_tab import EvidenceTab

    return EvidenceTab(services, session, parent)


CASE_TABS: list[tuple[str, str, TabFactory]] = [
    ("order", QT_TRANSLATE_NOOP("CaseTabs", "Order"), _order_tab),
    ("evidence", QT_TRANSLATE_NOOP("CaseTabs", "Evidence"), _evidence_tab),
]

# Part 2 (ui-workflow): 建议, 时间线, 期限, 材料.
from disputekit.ui.shell.workflow_tabs import WORKFLOW_TABS  # noqa: E402 - appended after part 1's

CASE_TABS += WORKFLOW_TABS
