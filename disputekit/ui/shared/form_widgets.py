"""Editors that never garble what is typed: money, numbers, Shanghai date-times, vocabulary."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from disputekit.domain.case.values.money import format_money, parse_money
from disputekit.domain.case.values.number_text import (
    AMBIGUOUS_COMMA,
    TOO_LARGE,
    TOO_MANY_DECIMALS,
    money_problem,
    normalize_number_text,
    parse_typed_money,
)
from disputekit.domain.case.vocabulary import Labeled
from disputekit.timeutil import SHANGHAI
from disputekit.ui.shared.language.i18n import vocab_lang

_SHANGHAI_ZONE = b"Asia/Shanghai"


class MoneyEdit(QLineEdit):
    """Yuan amounts as Decimal. Full-width input is folded to ASCII as it is typed; anything
    that is not a clear amount stays visible (never silently dropped) and `problem()` says why,
    live, through `problem_changed`."""

    problem_changed = Signal(str)  # the message in the UI language, "" when fine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(40)
        self.setPlaceholderText("0.00")
        self._problem = ""
        self.textChanged.connect(self._normalise)

    def _normalise(self, text: str) -> None:
        plain = normalize_number_text(text)
        if plain != text:
            cursor = self.cursorPosition()
            self.setText(plain)  # same length per character, so the cursor stays put
            self.setCursorPosition(min(cursor, len(plain)))
            return
        problem = self.problem()
        if problem != self._problem:
            self._problem = problem
            self.problem_changed.emit(problem)

    def problem(self) -> str:
        """Why the text is not an amount, in the UI language ("" when empty or fine)."""
        code = money_problem(self.text())
        if code is None:
            return ""
        messages = {
            AMBIGUOUS_COMMA: self.tr(
                "“{text}” is ambiguous: write the decimal point as “.” (e.g. 49.20), not a comma"
            ),
            TOO_MANY_DECIMALS: self.tr("At most two decimals (fen), e.g. 98.50"),
            TOO_LARGE: self.tr("Too large for an amount in yuan"),
        }
        default = self.tr("Not an amount: enter yuan, e.g. 98.50")
        return messages.get(code, default).format(text=self.text().strip())

    def value(self) -> Decimal | None:
        """The amount, or None when empty or not a clear amount."""
        return parse_typed_money(self.text())

    def set_value(self, amount: Decimal | str | None) -> None:
        """Show `amount` (None: empty)."""
        if amount is None or amount == "":
            self.setText("")
        else:
            self.setText(format_money(parse_money(amount)))


class NumberSpin(QSpinBox):
    """A whole-number spin box that also takes full-width digits (１２ from a Chinese IME)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(normalize_number_text(text), pos)

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(normalize_number_text(text))


class DecimalSpin(QDoubleSpinBox):
    """A decimal spin box that also takes full-width digits and the IME full stop (１。５)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(normalize_number_text(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(normalize_number_text(text))


class ShanghaiDateTimeEdit(QDateTimeEdit):
    """A date and time to the minute, always in Asia/Shanghai (shown as such)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(QTimeZone(_SHANGHAI_ZONE))
        self.setDisplayFormat("yyyy-MM-dd HH:mm '(UTC+8)'")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(2000, 1, 1))

    def value(self) -> datetime:
        """The shown wall time as an aware datetime in Asia/Shanghai."""
        qdt = self.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SHANGHAI)

    def set_value(self, value: datetime) -> None:
        """Show `value` (aware) as Shanghai wall time."""
        local = value.astimezone(SHANGHAI)
        self.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone(_SHANGHAI_ZONE),
            )
        )


class OptionalDateTimeEdit(QWidget):
    """A check box that turns a Shanghai date-time on; unchecked means "not known"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.edit = ShanghaiDateTimeEdit()
        self.edit.setEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(self.changed)

    def value(self) -> datetime | None:
        """The date-time, or None when unchecked."""
        return self.edit.value() if self.known.isChecked() else None

    def set_value(self, value: datetime | None, fallback: datetime) -> None:
        """Show `value`; when None, uncheck and preset `fallback` for when the user ticks."""
        self.known.setChecked(value is not None)
        self.edit.set_value(value or fallback)


class EnumCombo(QComboBox):
    """A choice among a vocabulary enum's members, labelled in the UI language."""

    def __init__(
        self, enum: type[Labeled], parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        if optional:  # a first, empty choice meaning "not given" (value None)
            self.addItem("—", None)
        for member in enum:
            self.addItem(member.label(vocab_lang()), member.value)

    def value(self) -> str | None:
        """The selected member's identifier (None for the empty choice of an optional one)."""
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: str | None) -> None:
        """Select `value`; an identifier the enum lacks is kept as an extra entry."""
        if value is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(value)
        if index < 0:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def retranslate(self) -> None:
        """Relabel the members in the current language."""
        for member in self._enum:
            index = self.findData(member.value)
            if index >= 0:
                self.setItemText(index, member.label(vocab_lang()))
