"""What the 订单 tab shows: its groups and fields in the order of the case JSON contract, their
labels, the editor for each kind of value, and the wording of a field's validation error.

Adding an order field (or any field of the case) to the form is one row in `LAYOUT` and one
label in `order_labels.field_labels()`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.case.case_fields import text_limit
from disputekit.domain.case.document.case_json import FieldError
from disputekit.domain.case.vocabulary import (
    Category,
    CourtBasis,
    FilerRelation,
    Gender,
    GuardianRelation,
    OrderStatus,
    PaymentMethod,
    Problem,
)
from disputekit.ui.cases.field_help import credit_code_text
from disputekit.ui.shared.form_binding import Field
from disputekit.ui.shared.form_widgets import (
    EnumCombo,
    MoneyEdit,
    NumberSpin,
    OptionalDateTimeEdit,
    ShanghaiDateTimeEdit,
)
from disputekit.ui.shared.language.i18n import shown

translate = QCoreApplication.translate

# (group, JSON path, editor kind) — the layout follows the case JSON contract; a text's longest
# length is the model's own rule (`case_fields.text_limit`).
TEXT, LONG, MONEY, OPT_MONEY, WHEN, OPT_WHEN, INT, BOOL, DATE = range(9)
ENUMS = {
    "order.category": Category,
    "order.payment_method": PaymentMethod,
    "order.status": OrderStatus,
    "problem": Problem,
    "filed_by.relation": FilerRelation,
    "complainant.gender": Gender,
    "complainant.guardian.relation": GuardianRelation,
    "claims.court_at": CourtBasis,
}
OPTIONAL_ENUMS = {"complainant.gender"}
LAYOUT: dict[str, list[tuple[str, int]]] = {
    "complainant": [
        ("complainant.name", TEXT), ("complainant.phone", TEXT),
        ("complainant.address", TEXT), ("complainant.email", TEXT),
        # Asked only by a 民事起诉状; every other packet leaves them out.
        ("complainant.gender", TEXT), ("complainant.birth_date", DATE),
        ("complainant.id_number", TEXT), ("complainant.ethnicity", TEXT),
        ("complainant.occupation", TEXT), ("complainant.employer", TEXT),
        ("complainant.share_consent", BOOL),
    ],
    "guardian": [  # a buyer under 18 on the order day acts through them (法定代理人)
        ("complainant.guardian.name", TEXT), ("complainant.guardian.phone", TEXT),
        ("complainant.guardian.id_number", TEXT), ("complainant.guardian.relation", TEXT),
    ],
    "respondent": [
        ("respondent.platform", TEXT), ("respondent.url", TEXT),
        ("respondent.shop", TEXT), ("respondent.shop_address", TEXT),
        ("respondent.company", TEXT),
        ("respondent.credit_code", TEXT), ("respondent.address", TEXT),
        ("respondent.legal_rep.name", TEXT), ("respondent.legal_rep.title", TEXT),
        ("respondent.contact", TEXT), ("respondent.platform_address", TEXT),
    ],
    "order": [
        ("order.order_no", TEXT), ("order.transaction_no", TEXT),
        ("order.product", TEXT), ("order.category", TEXT),
        ("order.quantity", INT), ("order.amount_paid", MONEY),
        ("order.payment_method", TEXT), ("order.ordered_at", OPT_WHEN),
        ("order.status", TEXT), ("order.instant_delivery", BOOL),
        ("order.flash_sale", BOOL),
    ],
    "problem": [
        ("problem", TEXT), ("problem_known_at", OPT_WHEN),
        ("claims.refund_amount", OPT_MONEY), ("claims.delivery", BOOL),
        ("claims.fraud_damages", BOOL), ("claims.void_purchase", BOOL),
        ("claims.other", LONG), ("claims.court_at", TEXT),
    ],
    "target": [
        ("order.target_account.game", TEXT), ("order.target_account.region", TEXT),
        ("order.target_account.server", TEXT),
        ("order.target_account.account", TEXT),
    ],
    "filed_by": [
        ("filed_by.name", TEXT), ("filed_by.phone", TEXT),
        ("filed_by.relation", TEXT), ("filed_by.id_number", TEXT),
        ("filed_by.recommended_by", TEXT),
    ],
}  # fmt: skip
OPTIONAL_PARTS = {  # parts of the case that stay absent while their fields are blank
    "complainant.guardian": ("name", "phone", "id_number"), "respondent.legal_rep": ("name",),
}  # fmt: skip


def make_field(
    path: str,
    kind: int,
    changed: Callable[..., None],
    problem: Callable[[str, str], None],
    now: Callable[[], datetime],
) -> Field:
    """The editor of `path`, bound to the case JSON; `changed` hears every edit, `problem`
    an amount being typed that is not one yet, `now` fills an empty required instant."""
    if path in ENUMS:
        combo = EnumCombo(ENUMS[path], optional=path in OPTIONAL_ENUMS)
        combo.currentIndexChanged.connect(changed)
        return Field(path, combo, combo.value, combo.set_value)
    if kind in (MONEY, OPT_MONEY):
        money = MoneyEdit()
        money.textChanged.connect(changed)
        money.problem_changed.connect(lambda text: problem(path, text))

        def get_money() -> str | None:
            value = money.value()
            if value is None and path == "order.amount_paid" and not money.text().strip():
                return "0.00"  # not entered yet: the packets' pre-check asks for it
            if value is None:
                return None if kind == OPT_MONEY or not money.text() else money.text()
            return str(value)

        def set_money(value: Any) -> None:
            # ¥0.00 paid is an amount nobody entered: shown empty, not as a fact.
            unset = path == "order.amount_paid" and value is not None and not Decimal(value)
            money.set_value(None if unset else value)

        return Field(path, money, get_money, set_money)
    if kind == WHEN:
        when = ShanghaiDateTimeEdit()
        when.dateTimeChanged.connect(changed)
        return Field(
            path,
            when,
            lambda: when.value().isoformat(),
            lambda v: when.set_value(datetime.fromisoformat(v) if v else now()),
        )
    if kind == OPT_WHEN:
        optional = OptionalDateTimeEdit()
        optional.changed.connect(changed)
        return Field(
            path,
            optional,
            lambda: v.isoformat() if (v := optional.value()) else None,
            lambda v: optional.set_value(datetime.fromisoformat(v) if v else None, now()),
        )
    if kind == INT:
        spin = NumberSpin()
        spin.setRange(1, 100_000)
        spin.valueChanged.connect(changed)
        return Field(path, spin, spin.value, lambda v: spin.setValue(int(v or 1)))
    if kind == BOOL:
        check = QCheckBox()
        check.toggled.connect(changed)
        return Field(path, check, check.isChecked, lambda v: check.setChecked(bool(v)))
    if kind == LONG:
        text = QPlainTextEdit()
        text.setMaximumHeight(90)
        text.textChanged.connect(changed)
        return Field(path, text, text.toPlainText, lambda v: text.setPlainText(v or ""))
    line = QLineEdit()
    line.setMaxLength(10 if kind == DATE else text_limit(path))
    line.textChanged.connect(changed)
    if path == "respondent.credit_code":  # checked as typed (GB 32100: length, charset, check)
        line.textChanged.connect(lambda text: problem(path, credit_code_text(text)))
    if kind == DATE:
        line.setPlaceholderText("YYYY-MM-DD")
    if kind == DATE or path == "complainant.email":
        # An empty optional text is absent (null), not "".
        return Field(
            path, line, lambda: line.text().strip() or None, lambda v: line.setText(v or "")
        )
    return Field(path, line, line.text, lambda v: line.setText(v or ""))


def field_group() -> tuple[QGroupBox, QFormLayout]:
    """An empty group of the form, its fields growing with the window."""
    box = QGroupBox()
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(4)
    return box, form


def money_problems(fields: dict[str, Field]) -> dict[str, str]:
    """What is wrong with each amount typed so far that is not an amount yet."""
    return {
        path: problem
        for path, field in fields.items()
        if isinstance(field.editor, MoneyEdit) and (problem := field.editor.problem())
    }


def field_cell(editor: QWidget, help_line: QLabel | None = None) -> tuple[QWidget, QLabel]:
    """The editor with its (hidden) error line right under it, and a help line if given, as
    one form cell."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setStyleSheet("color:#c62828;")
    error.setWordWrap(True)
    error.hide()
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if help_line is not None:
        help_line.setWordWrap(True)
        help_line.setStyleSheet("color: #555;")
    if help_line is not None and isinstance(editor, QCheckBox):
        # A tick box is narrow: its help beside it, not under it (a shorter form).
        row = QHBoxLayout()
        row.addWidget(editor, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(help_line, 1)
        column.addLayout(row)
    else:
        column.addWidget(editor)
        if help_line is not None:
            column.addWidget(help_line)
    column.addWidget(error)
    return cell, error


def error_text(error: FieldError) -> str:
    """A field's validation error in the current language, worded for the form."""
    # The editors cannot produce a wrong type, date or amount; what is left is worded here.
    if error.code == "required":
        return translate("OrderTab", "Required")
    if error.code == "amount":
        return translate("OrderTab", "Enter an amount in yuan, e.g. 98.50")
    if error.code == "too_long" and error.limit is not None:
        return translate("OrderTab", "At most {limit} characters").format(limit=error.limit)
    return shown(error.message)
