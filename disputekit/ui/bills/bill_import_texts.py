"""What the bill import dialog says about a bill: the file line, the warning on a re-saved
export, which row is the case's order, why a file could not be read, and the banner line after
an import. All in the dialog's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from disputekit.app.evidence.bill_import import AttachResult
from disputekit.bills.model import Bill
from disputekit.messages import Joined
from disputekit.ui.shared.language.i18n import QT_TRANSLATE_NOOP, error_text, shown, vocab_lang

translate = QCoreApplication.translate


def file_line(bill: Bill) -> str:
    """Which export, which file (and zip), how many rows, the start of its SHA-256."""
    inside = (
        translate("BillImportDialog", " (from %1)").replace("%1", bill.container)
        if bill.container
        else ""
    )
    return (
        translate("BillImportDialog", "%1 bill %2%3: %4 rows · SHA-256 %5")
        .replace("%1", bill.source.zh if vocab_lang() == "zh" else bill.source.en)
        .replace("%2", bill.file_name)
        .replace("%3", inside)
        .replace("%4", str(len(bill.rows)))
        .replace("%5", bill.sha256[:16] + "…")
    )


def resaved_warning(bill: Bill) -> str:
    """Why the file is no longer the original export (shown only when it is not)."""
    reasons = shown(Joined(tuple(bill.resaved), "clauses"))
    return translate(
        "BillImportDialog",
        "This file is no longer the original export (%1). It is kept, but a "
        "re-saved copy proves less: export the bill again if you can.",
    ).replace("%1", reasons)


def match_note(matched: int | None) -> str:
    """Which row is the current case's order, or that the user must pick it."""
    if matched is not None:
        return translate(
            "BillImportDialog", "Row %1 is the current case's order; it is selected."
        ).replace("%1", str(matched))
    return translate(
        "BillImportDialog",
        "No row matches the current case's order number, transaction number, "
        "or amount within 10 minutes of the order; pick the row yourself.",
    )


def reason(exc: BaseException) -> str:
    """Why reading or importing failed, in the UI language."""
    return error_text(exc)


_FIELDS = {
    "transaction_no": QT_TRANSLATE_NOOP("BillImportDialog", "transaction number"),
    "amount_paid": QT_TRANSLATE_NOOP("BillImportDialog", "amount paid"),
    "payment_method": QT_TRANSLATE_NOOP("BillImportDialog", "payment method"),
    "paid_at": QT_TRANSLATE_NOOP("BillImportDialog", "paid time"),
}


def _field(name: str) -> str:
    return QCoreApplication.translate("BillImportDialog", _FIELDS[name])


def summary(results: list[AttachResult]) -> str:
    """One line for the banner: what the import did, and what the bill contradicts."""
    if not results:
        return ""
    if results[0].created:
        text = QCoreApplication.translate("BillImportDialog", "Created %1 case(s) from the bill.")
        return text.replace("%1", str(len(results)))
    r = results[0]
    comma = ", " if vocab_lang() == "en" else "、"
    filled = comma.join(_field(f) for f in r.filled)
    if not filled:
        text = QCoreApplication.translate(
            "BillImportDialog",
            "The bill is evidence %1 of this case; the order already had its payment details.",
        ).replace("%1", r.evidence_id)
    else:
        text = (
            QCoreApplication.translate(
                "BillImportDialog",
                "The bill is evidence %1 of this case; filled in from row %2: %3.",
            )
            .replace("%1", r.evidence_id)
            .replace("%2", str(r.rows[0].number))
            .replace("%3", filled)
        )
    for name, mine, theirs in r.differs:
        text += (
            QCoreApplication.translate(
                "BillImportDialog", " Note: the case's %1 is %2 but the bill says %3 (not changed)."
            )
            .replace("%1", _field(name))
            .replace("%2", mine)
            .replace("%3", theirs)
        )
    return text
