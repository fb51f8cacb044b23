"""The 订单 tab: every field of the case's parties, order, problem and claims, with Save/Revert,
validation beside each field and an unsaved-changes guard.

The editing model is explicit save: nothing typed here reaches the store until 保存, and every
way of leaving the form (another tab, another case, export, closing) first asks
保存并继续 / 放弃修改 / 取消, so no other view ever works on data other than what is shown.
The 代他人投诉 details are part of this form and saved with the case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.cases import DEFAULT_COMPLAINANT
from disputekit.domain.case_json import FieldError, case_to_dict
from disputekit.domain.model import Respondent
from disputekit.domain.vocabulary import (
    Category,
    FilerRelation,
    Gender,
    OrderStatus,
    PaymentMethod,
    Problem,
)
from disputekit.ui.cases.respondent_help import RespondentHelp
from disputekit.ui.shared.form_binding import (
    Field,
    apply_fields,
    errors_by_field,
    get_path,
    validate,
)
from disputekit.ui.shared.form_widgets import (
    EnumCombo,
    MoneyEdit,
    NumberSpin,
    OptionalDateTimeEdit,
    ShanghaiDateTimeEdit,
)
from disputekit.ui.shared.unsaved_prompt import Answer, ask_unsaved
from disputekit.ui.shell.services import Services
from disputekit.ui.shell.session import CaseSession

# (group, JSON path, editor kind, max length) — the layout follows the case JSON contract.
_TEXT, _LONG, _MONEY, _OPT_MONEY, _WHEN, _OPT_WHEN, _INT, _BOOL, _DATE = range(9)
_ENUMS = {
    "order.category": Category,
    "order.payment_method": PaymentMethod,
    "order.status": OrderStatus,
    "problem": Problem,
    "filed_by.relation": FilerRelation,
    "complainant.gender": Gender,
}
_OPTIONAL_ENUMS = {"complainant.gender"}
_LAYOUT: dict[str, list[tuple[str, int, int]]] = {
    "complainant": [
        ("complainant.name", _TEXT, 200), ("complainant.phone", _TEXT, 40),
        ("complainant.address", _TEXT, 500), ("complainant.email", _TEXT, 200),
        # Asked only by a 民事起诉状; every other packet leaves them out.
        ("complainant.gender", _TEXT, 0), ("complainant.birth_date", _DATE, 0),
        ("complainant.id_number", _TEXT, 18),
    ],
    "respondent": [
        ("respondent.platform", _TEXT, 500), ("respondent.url", _TEXT, 500),
        ("respondent.shop", _TEXT, 500), ("respondent.shop_address", _TEXT, 500),
        ("respondent.company", _TEXT, 500),
        ("respondent.credit_code", _TEXT, 500), ("respondent.address", _TEXT, 500),
        ("respondent.contact", _TEXT, 500),
    ],
    "order": [
        ("order.order_no", _TEXT, 200), ("order.transaction_no", _TEXT, 200),
        ("order.product", _TEXT, 500), ("order.category", _TEXT, 0),
        ("order.quantity", _INT, 0), ("order.amount_paid", _MONEY, 0),
        ("order.payment_method", _TEXT, 0), ("order.ordered_at", _WHEN, 0),
        ("order.status", _TEXT, 0), ("order.instant_delivery", _BOOL, 0),
        ("order.flash_sale", _BOOL, 0),
    ],
    "target": [
        ("order.target_account.game", _TEXT, 200), ("order.target_account.region", _TEXT, 200),
        ("order.target_account.server", _TEXT, 200),
        ("order.target_account.account", _TEXT, 200),
    ],
    "problem": [
        ("problem", _TEXT, 0), ("problem_known_at", _OPT_WHEN, 0),
        ("claims.refund_amount", _OPT_MONEY, 0), ("claims.delivery", _BOOL, 0),
        ("claims.other", _LONG, 0),
    ],
    "filed_by": [
        ("filed_by.name", _TEXT, 200), ("filed_by.phone", _TEXT, 40),
        ("filed_by.relation", _TEXT, 0), ("filed_by.id_number", _TEXT, 40),
    ],
}  # fmt: skip


class OrderTab(QWidget):
    """Edits the current case's order data; saving replaces the case in one transaction."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._session = session
        self._base: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._build()
        self.retranslate()
        session.current_changed.connect(lambda _id: self.load())
        session.case_changed.connect(self._case_changed)
        session.add_leave_guard(self.confirm_leave)
        session.request_field.connect(self.focus_field)
        self.load()

    # --- view ---------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        # Two independent columns: a short group is not stretched to the height of the group
        # beside it, so the whole form fits without scrolling on a 900-pixel-high screen.
        row = QHBoxLayout(body)
        stacks = [QVBoxLayout(), QVBoxLayout()]
        for stack in stacks:
            row.addLayout(stack, 1)
        columns = {"complainant": 0, "respondent": 0, "filed_by": 0}
        for group_key, specs in _LAYOUT.items():
            box = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(4)
            if group_key == "filed_by":
                self.on_behalf = QCheckBox()
                form.addRow(self.on_behalf)
            for path, kind, limit in specs:
                field = self._make_field(path, kind, limit)
                self.fields[path] = field
                label, error = QLabel(), QLabel()
                error.setObjectName("fieldError")
                error.setStyleSheet("color:#c62828;")
                error.setWordWrap(True)
                error.hide()
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                cell_layout.addWidget(field.editor)
                cell_layout.addWidget(error)
                label.setBuddy(field.editor)
                form.addRow(label, cell)
                self.labels[path], self.errors[path] = label, error
            if group_key == "respondent":
                # Where to find the seller's details, right under the fields that need them.
                self.respondent_help = RespondentHelp()
                form.addRow(self.respondent_help)
            stacks[columns.get(group_key, 1)].addWidget(box)
            self.groups[group_key] = box
        for stack in stacks:
            stack.addStretch(1)
        self._set_on_behalf_visible(False)
        self.on_behalf.toggled.connect(self._on_behalf_toggled)

        scroll = QScrollArea()
        self.scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color:#c62828;")
        self.general_error.setWordWrap(True)
        self.state_label = QLabel()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.revert_button = QPushButton()
        bar = QHBoxLayout()
        bar.addWidget(self.general_error, 1)
        bar.addWidget(self.state_label)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # Ctrl+S as in any editor, while the cursor is anywhere in the form.
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

    def _make_field(self, path: str, kind: int, limit: int) -> Field:
        if path in _ENUMS:
            combo = EnumCombo(_ENUMS[path], optional=path in _OPTIONAL_ENUMS)
            combo.currentIndexChanged.connect(self._changed)
            return Field(path, combo, combo.value, combo.set_value)
        if kind in (_MONEY, _OPT_MONEY):
            money = MoneyEdit()
            money.textChanged.connect(self._changed)
            money.problem_changed.connect(lambda text, p=path: self._show_live_error(p, text))

            def get_money() -> str | None:
                value = money.value()
                if value is None:
                    return None if kind == _OPT_MONEY or not money.text() else money.text()
                return str(value)

            return Field(path, money, get_money, money.set_value)
        if kind == _WHEN:
            when = ShanghaiDateTimeEdit()
            when.dateTimeChanged.connect(self._changed)
            return Field(
                path,
                when,
                lambda: when.value().isoformat(),
                lambda v: when.set_value(datetime.fromisoformat(v) if v else self._services.now()),
            )
        if kind == _OPT_WHEN:
            optional = OptionalDateTimeEdit()
            optional.changed.connect(self._changed)
            return Field(
                path,
                optional,
                lambda: v.isoformat() if (v := optional.value()) else None,
                lambda v: optional.set_value(
                    datetime.fromisoformat(v) if v else None, self._services.now()
                ),
            )
        if kind == _INT:
            spin = NumberSpin()
            spin.setRange(1, 100_000)
            spin.valueChanged.connect(self._changed)
            return Field(path, spin, spin.value, lambda v: spin.setValue(int(v or 1)))
        if kind == _BOOL:
            check = QCheckBox()
            check.toggled.connect(self._changed)
            return Field(path, check, check.isChecked, lambda v: check.setChecked(bool(v)))
        if kind == _LONG:
            text = QPlainTextEdit()
            text.setMaximumHeight(90)
            text.textChanged.connect(self._changed)
            return Field(path, text, text.toPlainText, lambda v: text.setPlainText(v or ""))
        line = QLineEdit()
        line.setMaxLength(limit or 10)
        line.textChanged.connect(self._changed)
        if kind == _DATE:
            line.setPlaceholderText("YYYY-MM-DD")
            return Field(
                path, line, lambda: line.text().strip() or None, lambda v: line.setText(v or "")
            )
        if path == "complainant.email":
            return Field(
                path, line, lambda: line.text().strip() or None, lambda v: line.setText(v or "")
            )
        return Field(path, line, line.text, lambda v: line.setText(v or ""))

    def retranslate(self) -> None:
        """Set every label in the current language."""
        titles = {
            "complainant": self.tr("Complainant (the buyer)"),
            "respondent": self.tr("Respondent (platform and shop)"),
            "order": self.tr("Order"),
            "target": self.tr("Account to be credited"),
            "problem": self.tr("Problem and claims"),
            "filed_by": self.tr("Filed on the buyer's behalf"),
        }
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        texts = {
            "complainant.name": self.tr("Name"),
            "complainant.phone": self.tr("Phone"),
            "complainant.address": self.tr("Address"),
            "complainant.email": self.tr("Email"),
            "complainant.gender": self.tr("Gender (court only)"),
            "complainant.birth_date": self.tr("Date of birth (court only)"),
            "complainant.id_number": self.tr("ID number (court only)"),
            "respondent.platform": self.tr("Platform"),
            "respondent.url": self.tr("Website"),
            "respondent.shop": self.tr("Shop"),
            # Decides which regulator handles a complaint about a shop (办法第十三条).
            "respondent.shop_address": self.tr("Shop address shown on the platform"),
            "respondent.company": self.tr("Company"),
            "respondent.credit_code": self.tr("Credit code"),
            "respondent.address": self.tr("Address"),
            "respondent.contact": self.tr("Contact"),
            "order.order_no": self.tr("Order no."),
            "order.transaction_no": self.tr("Payment transaction no."),
            "order.product": self.tr("Product"),
            "order.category": self.tr("Category"),
            "order.quantity": self.tr("Quantity"),
            "order.amount_paid": self.tr("Amount paid (¥)"),
            "order.payment_method": self.tr("Paid with"),
            "order.ordered_at": self.tr("Ordered at"),
            "order.status": self.tr("Order status"),
            "order.instant_delivery": self.tr("Instant delivery"),
            "order.flash_sale": self.tr("Flash sale"),
            "order.target_account.game": self.tr("Game / service"),
            "order.target_account.region": self.tr("Region"),
            "order.target_account.server": self.tr("Server"),
            "order.target_account.account": self.tr("Account"),
            "problem": self.tr("Problem"),
            "problem_known_at": self.tr("Known since"),
            "claims.refund_amount": self.tr("Refund claimed (¥)"),
            "claims.delivery": self.tr("Ask for delivery"),
            "claims.other": self.tr("Other claims"),
            "filed_by.name": self.tr("Name"),
            "filed_by.phone": self.tr("Phone"),
            "filed_by.relation": self.tr("Relation"),
            "filed_by.id_number": self.tr("ID number"),
        }
        for path, label in self.labels.items():
            label.setText(texts[path])
        self.on_behalf.setText(
            self.tr("Filing on someone else's behalf (needs a power of attorney)")
        )
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Re&vert"))
        for field in self.fields.values():
            if isinstance(field.editor, EnumCombo):
                field.editor.retranslate()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- logic --------------------------------------------------------------------------
    def load(self) -> None:
        """Show the session's case as stored, dropping any edits."""
        case = self._session.case
        self._loading = True
        try:
            self._base = case_to_dict(case) if case is not None else {}
            for path, field in self.fields.items():
                field.set(get_path(self._base, path))
            self.on_behalf.setChecked(self._base.get("filed_by") is not None)
        finally:
            self._loading = False
        self._show_errors({}, [])
        self._update_regulator()
        self._baseline = self._values()
        self.setEnabled(case is not None)
        self._update_state()

    def _case_changed(self) -> None:
        if self.is_dirty() and self._session.case is not None:
            # Another tab saved (evidence, events): keep the user's edits, refresh the rest.
            self._base = case_to_dict(self._session.case)
        else:
            self.load()

    def _values(self) -> dict[str, Any]:
        values = {path: field.get() for path, field in self.fields.items()}
        values["filed_by"] = self.on_behalf.isChecked()
        return values

    def is_dirty(self) -> bool:
        """True when the form differs from the stored case."""
        return bool(self._base) and self._values() != self._baseline

    def form_data(self) -> dict[str, Any]:
        """The case JSON with the form's values written in."""
        on_behalf = self.on_behalf.isChecked()
        data = apply_fields(
            self._base, list(self.fields.values()), None if on_behalf else "filed_by"
        )
        if not on_behalf:
            data["filed_by"] = None
        return data

    def save(self) -> bool:
        """Validate and save; on errors show them beside their fields and return False."""
        if self._session.case_id is None:
            return False
        money = {
            path: problem
            for path, field in self.fields.items()
            if isinstance(field.editor, MoneyEdit) and (problem := field.editor.problem())
        }
        if money:
            for path, problem in money.items():
                self._show_live_error(path, problem)
            self.fields[next(iter(money))].editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        case, errors = validate(self.form_data())
        if case is None:
            placed, rest = errors_by_field(errors, set(self.fields))
            self._show_errors(placed, rest)
            return False
        self._session.save(case)
        self.load()  # the stored case is now the baseline
        return True

    def revert(self) -> None:
        """Drop the edits."""
        self.load()

    def confirm_leave(self) -> bool:
        """The leave guard: ask Save / Discard / Cancel when there are unsaved edits."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(self, self.tr("The order form"))
        if answer is Answer.SAVE:
            return self.save()
        if answer is Answer.DISCARD:
            self.revert()
            return True
        return False

    def focus_field(self, path: str) -> None:
        """Put the cursor in the editor of `path` (a case JSON path) and scroll it into view."""
        while path and path not in self.fields:
            path = path.rpartition(".")[0]
        if path.startswith("filed_by") and not self.on_behalf.isChecked():
            self.on_behalf.setChecked(True)
        field = self.fields.get(path)
        if field is None:
            return
        self.scroll.ensureWidgetVisible(field.editor)
        field.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._update_state()
            self._update_regulator()

    def _update_regulator(self) -> None:
        # The regulator line follows the respondent fields as typed, before any save.
        text = {p.rpartition(".")[2]: f.get() or "" for p, f in self.fields.items()
                if p.startswith("respondent.")}  # fmt: skip
        shop_address = text.pop("shop_address", "")
        respondent = Respondent(**text, extra={"shop_address": shop_address})
        self.respondent_help.show_respondent(respondent)

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state_label.setText(self.tr("Unsaved changes") if dirty else "")

    def _on_behalf_toggled(self, checked: bool) -> None:
        self._set_on_behalf_visible(checked)
        name, phone = self.fields["filed_by.name"], self.fields["filed_by.phone"]
        if checked and not self._loading and not name.get():
            own = self._services.store.settings.get(DEFAULT_COMPLAINANT, {}) or {}
            name.set(str(own.get("name", "")))
            phone.set(str(own.get("phone", "")))
        self._changed()

    def _show_live_error(self, path: str, text: str) -> None:
        label = self.errors[path]
        label.setText(text)
        label.setVisible(bool(text))

    def _set_on_behalf_visible(self, visible: bool) -> None:
        form = self.groups["filed_by"].layout()
        assert isinstance(form, QFormLayout)
        for row in range(1, form.rowCount()):
            form.setRowVisible(row, visible)

    def _error_text(self, error: FieldError) -> str:
        # The editors cannot produce a wrong type, date or amount; what is left is worded here.
        if error.code == "required":
            return self.tr("Required")
        if error.code == "amount":
            return self.tr("Enter an amount in yuan, e.g. 98.50")
        if error.code == "too_long" and error.limit is not None:
            return self.tr("At most {limit} characters").format(limit=error.limit)
        return error.message

    def _show_errors(self, placed: dict[str, FieldError], rest: list[str]) -> None:
        for path, label in self.errors.items():
            message = self._error_text(placed[path]) if path in placed else ""
            label.setText(message)
            label.setVisible(bool(message))
        self.general_error.setText("\n".join(rest))
        if placed:
            first = next(p for p in self.fields if p in placed)
            self.fields[first].editor.setFocus(Qt.FocusReason.OtherFocusReason)
