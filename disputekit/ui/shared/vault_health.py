"""What the last vault check found, shared by the services (which keep one) and the evidence
tiles (which mark a damaged file), so the user learns of it now, not on the day a packet or an
export refuses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from disputekit.app.vault_check import VaultFindings

# A plain name lupdate recognises, so the update script finds every string here.
translate = QCoreApplication.translate


class VaultHealth(QObject):
    """What the last check found: sha256 → "damaged" or "missing". Empty until a check ran."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bad: dict[str, str] = {}

    def state(self, sha256: str | None) -> str | None:
        """ "damaged", "missing", or None (intact, or not checked)."""
        return self._bad.get(sha256 or "")

    def label(self, sha256: str | None) -> str | None:
        """The mark for a tile, in the UI language; None for an intact file."""
        state = self.state(sha256)
        if state == "damaged":
            return translate("VaultCheck", "File damaged")
        if state == "missing":
            return translate("VaultCheck", "File missing")
        return None

    def apply(self, report: VaultFindings) -> None:
        """Take in a finished check; a cancelled one only adds what it found."""
        found = report.bad_files()
        if report.cancelled:
            self._bad.update(found)
        else:
            self._bad = dict(found)
        self.changed.emit()
