"""What every widget is given: the store, a clock, the task runner and the settings.

Built once by the composition root (`app.run_app`) or by a test fixture; widgets never reach
for globals, so one widget can be built over a temporary store in a test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from disputekit.domain.timeutil import SHANGHAI
from disputekit.ocr import ScreenReader, ocr_available
from disputekit.store import Store
from disputekit.ui.tasks import TaskRunner
from disputekit.ui.vault_check import VaultHealth

SETTINGS_FILE = "disputekit-gui.ini"


def system_clock() -> datetime:
    """The real time, aware (UTC)."""
    return datetime.now(UTC)


def settings_at(path: Path) -> QSettings:
    """An INI-format QSettings at `path`: kept beside the user's data, never in the registry."""
    return QSettings(str(path), QSettings.Format.IniFormat)


@dataclass
class Services:
    """The application's services, passed to every widget."""

    store: Store
    clock: Callable[[], datetime]
    tasks: TaskRunner
    settings: QSettings
    # Screenshot OCR (the optional `[ocr]` extra); None hides the feature behind an install hint.
    ocr: ScreenReader | None = None
    # What the last vault check found, shared by the check action and the evidence tiles.
    vault_health: VaultHealth = field(default_factory=VaultHealth)

    def today(self) -> date:
        """Today's date in Asia/Shanghai, by the injected clock."""
        return self.clock().astimezone(SHANGHAI).date()

    def now(self) -> datetime:
        """The injected clock's time in Asia/Shanghai."""
        return self.clock().astimezone(SHANGHAI)

    def worker_store(self) -> Store:
        """A store on its own SQLite connection, for one job in a worker thread (use it as a
        context manager). The GUI thread's connection is never shared across threads: WAL lets
        the two read and write side by side, each transaction whole."""
        return Store.open(Path(self.store.data_dir))

    @classmethod
    def create(
        cls,
        store: Store,
        *,
        clock: Callable[[], datetime] = system_clock,
        synchronous: bool = False,
        settings_path: Path | None = None,
    ) -> Services:
        """Services over `store` with settings in the data folder unless told otherwise."""
        path = settings_path or Path(store.data_dir) / SETTINGS_FILE
        reader = ScreenReader.default(Path(store.data_dir)) if ocr_available() else None
        return cls(store, clock, TaskRunner(synchronous=synchronous), settings_at(path), reader)
