"""Small display helpers shared by the workflow tabs: vocabulary language and times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import DeadlineKind, Labeled
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.timeutil import short_datetime
from disputekit.ui.shared.language.i18n import vocab_lang


def label(value: Labeled | None) -> str:
    """The vocabulary label in the interface language ("" for None)."""
    return value.label(vocab_lang()) if value is not None else ""


def deadline_label(deadline: Deadline) -> str:
    """A deadline's name in the interface language: in Chinese the rule's own name, which may
    say more than the kind (e.g. 商家承诺), in English the kind's label."""
    return deadline.label_zh if vocab_lang() == "zh" else label(deadline.kind)


def deadline_kind_label(kind: str) -> str:
    """The label of a stored deadline kind id; an id this version does not know stays as is."""
    try:
        return label(DeadlineKind(kind))
    except ValueError:
        return kind


def fmt_dt(dt: datetime | None) -> str:
    """An instant as people in China read it: Shanghai time, minutes."""
    return short_datetime(dt) if dt is not None else ""


def copy_text(text: str) -> None:
    """Put `text` on the system clipboard."""
    QGuiApplication.clipboard().setText(text)


def case_title(case: Case, buyer: bool = False, case_id: int | None = None) -> str:
    """A short name for a case in lists and calendar entries: platform and order no., after
    the buyer's name when `buyer` (a volunteer's list of many buyers' deadlines); a buyer
    without a name is 买家 #`case_id` when the id is given."""
    title = " ".join(p for p in (case.respondent.platform, case.order.order_no) if p)
    name = case.complainant.name.strip() if buyer else ""
    if buyer and not name and case_id is not None:
        name = QCoreApplication.translate("CaseTitle", "Buyer #{id}").format(id=case_id)
    return f"{name} · {title}" if name and title else name or title


def discard(widget: QWidget | None) -> None:
    """Take a replaced widget off the screen now and delete it later: `deleteLater` alone
    leaves it showing until the event loop runs again (never, inside processEvents)."""
    if widget is not None:
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()
