"""The current case's evidence as a list model with thumbnails from the vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap

from disputekit.app.workspace import Workspace
from disputekit.domain.case.model import EvidenceItem
from disputekit.ui.shared.language.i18n import vocab_lang
from disputekit.ui.shared.vault_health import VaultHealth

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHA_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
ITEM_ROLE = Qt.ItemDataRole.UserRole + 4
THUMB_SIZE = 160


class EvidenceModel(QAbstractListModel):
    """One row per evidence item of the case, in the case's order."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        health: VaultHealth | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._health = health
        if health is not None:
            health.changed.connect(self.retranslate)  # marks appear or go: repaint every row
        self._items: list[EvidenceItem] = []
        self._numbers: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}  # by sha256: files never change, so neither do thumbs

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Show `items` (a reset: the list is small and changes as a whole)."""
        self.beginResetModel()
        self._items = list(items)
        # The 证据N each carries in the packet: withheld originals are not numbered.
        shown = [i for i in self._items if not i.withheld]
        self._numbers = {item.id: n for n, item in enumerate(shown, start=1)}
        self.endResetModel()

    def number_text(self, item: EvidenceItem) -> str:
        """"Exhibit N" as the packet numbers it, or the withheld tag."""
        n = self._numbers.get(item.id)
        return self.tr("Exhibit {n}").format(n=n) if n else self.tr("withheld")

    def item(self, row: int) -> EvidenceItem:
        """The evidence item in `row`."""
        return self._items[row]

    def row_of(self, item_id: str) -> int | None:
        """The row of the item with this id."""
        return next((i for i, it in enumerate(self._items) if it.id == item_id), None)

    def retranslate(self) -> None:
        """Kind labels follow the UI language."""
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = item.caption or item.original_name or item.file
            # The packet's number first (a withheld original says so instead of a number).
            head = f"{self.number_text(item)} · {item.kind.label(vocab_lang())}"
            mark = self._mark(item)
            # A tile shows two lines: the warning takes the caption's place (the caption is
            # still in the tooltip and the editor).
            return f"⚠ {mark}\n{head}" if mark else f"{head}\n{title}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b3261e")) if self._mark(item) else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item.sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self._mark(item), item.original_name or item.file, item.caption, item.proves]
            lines.append(self.tr("Internal id: {id}").format(id=item.id))
            if item.withheld:
                lines.append(
                    self.tr("Not in packets or exports: a redacted copy replaces this original.")
                )
            return "\n".join(line for line in lines if line)
        if role == ITEM_ID_ROLE:
            return item.id
        if role == SHA_ROLE:
            return item.sha256
        if role == KIND_ROLE:
            return item.kind.value
        if role == ITEM_ROLE:
            return item
        return None

    def _mark(self, item: EvidenceItem) -> str | None:
        """ "File damaged"/"File missing" after a vault check found it so."""
        return self._health.label(item.sha256) if self._health is not None else None

    def _icon(self, sha: str | None) -> QIcon:
        if not sha:
            return QIcon()
        icon = self._icons.get(sha)
        if icon is None:
            try:
                pixmap = QPixmap(str(self._workspace.thumbnail(sha)))
            except (KeyError, OSError, ValueError):
                pixmap = QPixmap()  # a lost file shows as an empty tile, not a crash
            if not pixmap.isNull():
                pixmap = pixmap.scaled(
                    QSize(THUMB_SIZE, THUMB_SIZE),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            icon = QIcon(pixmap)
            self._icons[sha] = icon
        return icon
