"""Lines a field of the 订单 tab shows as it is filled in: the check of a 统一社会信用代码 as
typed, and one line of help under the fields a buyer may not know the meaning of."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from disputekit.domain.case.values.credit_code import credit_code_problem
from disputekit.ui.shared.language.i18n import shown

translate = QCoreApplication.translate


def credit_code_text(code: str) -> str:
    """What is wrong with a 统一社会信用代码 as typed, in the UI language ("" if nothing)."""
    found = credit_code_problem(code)
    return shown(found) if found is not None else ""


def help_texts() -> dict[str, str]:
    """One line under a field whose meaning a buyer may not know, in the UI language."""
    return {
        "order.instant_delivery": translate(
            "OrderTab",
            "Tick if the product page promises instant (automatic) delivery: it may be "
            "delivered before a cancellation goes through, and the advice changes.",
        ),
        "order.flash_sale": translate(
            "OrderTab",
            "Tick if bought in a flash or time-limited sale: cancelling such orders may be "
            "limited (e.g. once); the advice warns.",
        ),
    }
