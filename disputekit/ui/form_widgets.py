"""Editors that cannot produce invalid values: money, Shanghai date-times, vocabulary choices."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QRegularExpression, QTime, QTimeZone, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from disputekit.domain.money import MoneyError, format_money, parse_money
from disputekit.domain.timeutil import SHANGHAI
from disputekit.domain.vocabulary import Labeled
from disputekit.ui.i18n import vocab_lang

# Up to 9 integer digits and 2 decimals: the validator refuses anything parse_money would.
# Eight digits keep every typed amount under the domain's ceiling (100,000,000).
_MONEY_PATTERN = QRegularExpression(r"^\d{0,8}(\.\d{0,2})?$")
_SHANGHAI_ZONE = b"Asia/Shanghai"


class MoneyEdit(QLineEdit):
    """Yuan amounts as Decimal; typing is limited to digits and two decimals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_MONEY_PATTERN, self))
        self.setPlaceholderText("0.00")

    def value(self) -> Decimal | None:
        """The amount, or None when empty (or not a usable amount, e.g. just ".")."""
        try:
            return parse_money(self.text()) if self.text().strip() else None
        except MoneyError:
            return None

    def set_value(self, amount: Decimal | str | None) -> None:
        """Show `amount` (None: empty)."""
        if amount is None or amount == "":
            self.setText("")
        else:
            self.setText(format_money(parse_money(amount)))


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

    def __init__(self, enum: type[Labeled], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        for member in enum:
            self.addItem(member.label(vocab_lang()), member.value)

    def value(self) -> str:
        """The selected member's identifier."""
        return str(self.currentData())

    def set_value(self, value: str | None) -> None:
        """Select `value`; an identifier the enum lacks is kept as an extra entry."""
        if value is None:
            value = self.itemData(0)
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
