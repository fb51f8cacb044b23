"""The 订单 tab: every field of the case (the 代他人投诉 details included), Save/Revert, errors
beside each field, typed edits kept against a crash, and a guard that asks 保存并继续 / 放弃修改 /
取消 on every way out: nothing typed reaches the store before 保存."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.case.document.case_json import case_to_dict
from disputekit.domain.case.model import Respondent
from disputekit.ui.cases.draft_keeper import DraftKeeper, recovered_text
from disputekit.ui.cases.field_help import help_texts
from disputekit.ui.cases.form_errors import FieldErrors
from disputekit.ui.cases.order_fields import (
    LAYOUT,
    OPTIONAL_PARTS,
    field_cell,
    field_group,
    make_field,
    money_problems,
)
from disputekit.ui.cases.order_labels import field_labels, group_titles
from disputekit.ui.cases.respondent_help import RespondentHelp
from disputekit.ui.shared.form_binding import (
    Field,
    apply_fields,
    drop_empty_parts,
    errors_by_field,
    get_path,
    validate,
)
from disputekit.ui.shared.form_widgets import EnumCombo
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.unsaved_prompt import Answer, ask_unsaved

HELPED = ("order.instant_delivery", "order.flash_sale")  # fields with a line of help


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
        self.groups: dict[str, QGroupBox] = {}
        self.helps: dict[str, QLabel] = {}  # one line of help under some fields
        self._build()
        self._drafts = DraftKeeper(services.settings, self.fields, self.on_behalf, self._values,
                                   self.is_dirty, lambda: session.case_id, self)  # fmt: skip
        self.retranslate()
        session.current_changed.connect(lambda _id: self.load())
        session.case_changed.connect(self._case_changed)
        session.add_leave_guard(self.confirm_leave)
        session.request_field.connect(self.focus_field)
        self.load()

    # --- view ---------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        self.scroll_area = QScrollArea()
        self.errors = FieldErrors(self.scroll_area)
        # Two independent columns (a group is not stretched to the height of the one beside
        # it): the parties, the guardian beside the buyer, on the left; the order, problem and
        # claims on the right, where 问题 stays above the fold at 1366×768.
        row = QHBoxLayout(body)
        stacks = [QVBoxLayout(), QVBoxLayout()]
        for stack in stacks:
            row.addLayout(stack, 1)
        columns = {"complainant": 0, "guardian": 0, "respondent": 0, "filed_by": 0}
        for group_key, specs in LAYOUT.items():
            box, form = field_group()
            if group_key == "filed_by":
                self.on_behalf = QCheckBox()
                form.addRow(self.on_behalf)
            for path, kind in specs:
                field = make_field(
                    path, kind, self._changed, self._show_live_error, self._services.now
                )
                self.fields[path] = field
                label = QLabel()
                helper = self.helps.setdefault(path, QLabel()) if path in HELPED else None
                cell, error = field_cell(field.editor, helper)
                label.setBuddy(field.editor)
                form.addRow(label, cell)
                self.labels[path], self.errors.labels[path] = label, error
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

        scroll = self.scroll_area
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.general_error = self.errors.general
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

    def retranslate(self) -> None:
        """Set every label in the current language."""
        titles = group_titles()
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        texts = field_labels()
        for path, label in self.labels.items():
            label.setText(texts[path])
        for path, text in help_texts().items():
            self.helps[path].setText(text)
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
        self.errors.show({}, [], self.fields)
        self._update_regulator()
        self._baseline = self._values()
        self.setEnabled(case is not None)
        self._update_state()
        if self._drafts.restore():  # typed before a crash: shown again, unsaved
            self._update_state()
            self.state_label.setText(recovered_text())

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
        data["filed_by"] = data.get("filed_by") if on_behalf else None
        return drop_empty_parts(data, OPTIONAL_PARTS)

    def save(self) -> bool:
        """Validate and save; on errors show them beside their fields and return False."""
        if self._session.case_id is None:
            return False
        money = money_problems(self.fields)
        if money:
            for path, problem in money.items():
                self.errors.live(path, problem)
            first = next(iter(money))
            line = self.errors.bring_into_view(first, self.fields[first], money[first])
            self._session.status_message.emit(line)
            return False
        case, errors = validate(self.form_data())
        if case is None:
            placed, rest = errors_by_field(errors, set(self.fields))
            self._session.status_message.emit(self.errors.show(placed, rest, self.fields))
            return False
        self._session.save(case)
        self._drafts.drop()
        self.load()  # the stored case is now the baseline
        return True

    def revert(self) -> None:
        """Drop the edits."""
        self._drafts.drop()
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
        self.scroll_area.ensureWidgetVisible(field.editor)
        field.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._update_state()
            self._update_regulator()
            self._drafts.schedule()

    def _update_regulator(self) -> None:
        # The regulator line follows the respondent fields as typed, before any save.
        respondent = Respondent()
        for path, field in self.fields.items():
            if path.startswith("respondent.") and path.count(".") == 1:
                setattr(respondent, path.rpartition(".")[2], field.get() or "")
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
            own = self._services.workspace.default_complainant()
            name.set(str(own.get("name", "")))
            phone.set(str(own.get("phone", "")))
        self._changed()

    def _show_live_error(self, path: str, text: str) -> None:
        self.errors.live(path, text)

    def _set_on_behalf_visible(self, visible: bool) -> None:
        form = self.groups["filed_by"].layout()
        assert isinstance(form, QFormLayout)
        for row in range(1, form.rowCount()):
            form.setRowVisible(row, visible)
