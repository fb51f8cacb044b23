"""What the 订单 tab shows: its groups and fields in the order of the case JSON contract, their
labels, the editor for each kind of value, and the wording of a field's validation error.

Adding an order field (or any field of the case) to the form is one row in `LAYOUT` and one
label in `field_labels()`. Labels are in the "OrderTab" context, the tab that shows them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.case.case_json import FieldError
from disputekit.domain.case.vocabulary import (
    Category,
    FilerRelation,
    Gender,
    OrderStatus,
    PaymentMethod,
    Problem,
)
from disputekit.ui.shared.form_binding import Field
from disputekit.ui.shared.form_widgets import (
    EnumCombo,
    MoneyEdit,
    NumberSpin,
    OptionalDateTimeEdit,
    ShanghaiDateTimeEdit,
)
from disputekit.ui.shared.i18n import shown

translate = QCoreApplication.translate

# (group, JSON path, editor kind, max length) — the layout follows the case JSON contract.
TEXT, LONG, MONEY, OPT_MONEY, WHEN, OPT_WHEN, INT, BOOL, DATE = range(9)
ENUMS = {
    "order.category": Category,
    "order.payment_method": PaymentMethod,
    "order.status": OrderStatus,
    "problem": Problem,
    "filed_by.relation": FilerRelation,
    "complainant.gender": Gender,
}
OPTIONAL_ENUMS = {"complainant.gender"}
LAYOUT: dict[str, list[tuple[str, int, int]]] = {
    "complainant": [
        ("complainant.name", TEXT, 200), ("complainant.phone", TEXT, 40),
        ("complainant.address", TEXT, 500), ("complainant.email", TEXT, 200),
        # Asked only by a 民事起诉状; every other packet leaves them out.
        ("complainant.gender", TEXT, 0), ("complainant.birth_date", DATE, 0),
        ("complainant.id_number", TEXT, 18),
        # May a report on several buyers' cases against one seller name this buyer?
        ("complainant.share_consent", BOOL, 0),
    ],
    "respondent": [
        ("respondent.platform", TEXT, 500), ("respondent.url", TEXT, 500),
        ("respondent.shop", TEXT, 500), ("respondent.shop_address", TEXT, 500),
        ("respondent.company", TEXT, 500),
        ("respondent.credit_code", TEXT, 500), ("respondent.address", TEXT, 500),
        ("respondent.contact", TEXT, 500),
    ],
    "order": [
        ("order.order_no", TEXT, 200), ("order.transaction_no", TEXT, 200),
        ("order.product", TEXT, 500), ("order.category", TEXT, 0),
        ("order.quantity", INT, 0), ("order.amount_paid", MONEY, 0),
        ("order.payment_method", TEXT, 0), ("order.ordered_at", WHEN, 0),
        ("order.status", TEXT, 0), ("order.instant_delivery", BOOL, 0),
        ("order.flash_sale", BOOL, 0),
    ],
    "target": [
        ("order.target_account.game", TEXT, 200), ("order.target_account.region", TEXT, 200),
        ("order.target_account.server", TEXT, 200),
        ("order.target_account.account", TEXT, 200),
    ],
    "problem": [
        ("problem", TEXT, 0), ("problem_known_at", OPT_WHEN, 0),
        ("claims.refund_amount", OPT_MONEY, 0), ("claims.delivery", BOOL, 0),
        ("claims.other", LONG, 0),
    ],
    "filed_by": [
        ("filed_by.name", TEXT, 200), ("filed_by.phone", TEXT, 40),
        ("filed_by.relation", TEXT, 0), ("filed_by.id_number", TEXT, 40),
    ],
}  # fmt: skip


def make_field(
    path: str,
    kind: int,
    limit: int,
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
            if value is None:
                return None if kind == OPT_MONEY or not money.text() else money.text()
            return str(value)

        return Field(path, money, get_money, money.set_value)
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
    line.setMaxLength(limit or 10)
    line.textChanged.connect(changed)
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


def field_cell(editor: QWidget) -> tuple[QWidget, QLabel]:
    """The editor with its (hidden) error line right under it, as one form cell."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setStyleSheet("color:#c62828;")
    error.setWordWrap(True)
    error.hide()
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(error)
    return cell, error


def group_titles() -> dict[str, str]:
    """The title of each group of `LAYOUT`, in the current language."""
    return {
        "complainant": translate("OrderTab", "Complainant (the buyer)"),
        "respondent": translate("OrderTab", "Respondent (platform and shop)"),
        "order": translate("OrderTab", "Order"),
        "target": translate("OrderTab", "Account to be credited"),
        "problem": translate("OrderTab", "Problem and claims"),
        "filed_by": translate("OrderTab", "Filed on the buyer's behalf"),
    }


def field_labels() -> dict[str, str]:
    """The label of each field of `LAYOUT`, in the current language."""
    return {
        "complainant.name": translate("OrderTab", "Name"),
        "complainant.phone": translate("OrderTab", "Phone"),
        "complainant.address": translate("OrderTab", "Address"),
        "complainant.email": translate("OrderTab", "Email"),
        "complainant.gender": translate("OrderTab", "Gender (court only)"),
        "complainant.birth_date": translate("OrderTab", "Date of birth (court only)"),
        "complainant.id_number": translate("OrderTab", "ID number (court only)"),
        "complainant.share_consent": translate(
            "OrderTab", "Agrees to name and contacts in reports on several buyers"
        ),
        "respondent.platform": translate("OrderTab", "Platform"),
        "respondent.url": translate("OrderTab", "Website"),
        "respondent.shop": translate("OrderTab", "Shop"),
        # Decides which regulator handles a complaint about a shop (办法第十三条).
        "respondent.shop_address": translate("OrderTab", "Shop address shown on the platform"),
        "respondent.company": translate("OrderTab", "Company"),
        "respondent.credit_code": translate("OrderTab", "Credit code"),
        "respondent.address": translate("OrderTab", "Address"),
        "respondent.contact": translate("OrderTab", "Contact"),
        "order.order_no": translate("OrderTab", "Order no."),
        "order.transaction_no": translate("OrderTab", "Payment transaction no."),
        "order.product": translate("OrderTab", "Product"),
        "order.category": translate("OrderTab", "Category"),
        "order.quantity": translate("OrderTab", "Quantity"),
        "order.amount_paid": translate("OrderTab", "Amount paid (¥)"),
        "order.payment_method": translate("OrderTab", "Paid with"),
        "order.ordered_at": translate("OrderTab", "Ordered at"),
        "order.status": translate("OrderTab", "Order status"),
        "order.instant_delivery": translate("OrderTab", "Instant delivery"),
        "order.flash_sale": translate("OrderTab", "Flash sale"),
        "order.target_account.game": translate("OrderTab", "Game / service"),
        "order.target_account.region": translate("OrderTab", "Region"),
        "order.target_account.server": translate("OrderTab", "Server"),
        "order.target_account.account": translate("OrderTab", "Account"),
        "problem": translate("OrderTab", "Problem"),
        "problem_known_at": translate("OrderTab", "Known since"),
        "claims.refund_amount": translate("OrderTab", "Refund claimed (¥)"),
        "claims.delivery": translate("OrderTab", "Ask for delivery"),
        "claims.other": translate("OrderTab", "Other claims"),
        "filed_by.name": translate("OrderTab", "Name"),
        "filed_by.phone": translate("OrderTab", "Phone"),
        "filed_by.relation": translate("OrderTab", "Relation"),
        "filed_by.id_number": translate("OrderTab", "ID number"),
    }


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
