"""What every widget is given: the workspace (the one door to the data), a clock, the task
runner and the settings. The store itself stays here, in the composition root, for the
workspace and for the phone upload's own connections; no widget reaches it.

Built once by the composition root (`app.run_app`) or by a test fixture; widgets never reach
for globals, so one widget can be built over a temporary store in a test.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSettings

from disputekit.app.workspace import Workspace
from disputekit.files.private_files import PRIVATE_FILE, tighten
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from disputekit.ui.shared.tasks import TaskRunner
from disputekit.ui.shared.vault_health import VaultHealth

if TYPE_CHECKING:
    from disputekit.ocr import ScreenReader

SETTINGS_FILE = "disputekit-gui.ini"


def system_clock() -> datetime:
    """The real time, aware (UTC)."""
    return datetime.now(UTC)


def settings_at(path: Path) -> QSettings:
    """An INI-format QSettings at `path`: kept beside the user's data, never in the registry.

    Owner-only, like everything beside the data (recent folders, window state): Qt keeps the
    mode of an existing file when it rewrites it, so the file is made 0600 first (and an older
    one tightened)."""
    with contextlib.suppress(OSError):  # no folder yet, read-only media: Qt reports it
        if not os.path.lexists(path):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        tighten(Path(path), PRIVATE_FILE)
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
    # The one door a widget has to the data: the use cases over the store above.
    workspace: Workspace = field(init=False)

    def __post_init__(self) -> None:
        self.workspace = Workspace(self.store)

    def today(self) -> date:
        """Today's date in Asia/Shanghai, by the injected clock."""
        return self.clock().astimezone(SHANGHAI).date()

    def now(self) -> datetime:
        """The injected clock's time in Asia/Shanghai."""
        return self.clock().astimezone(SHANGHAI)

    @property
    def data_dir(self) -> Path:
        """The data folder in use (no output may be written inside it)."""
        return Path(self.store.data_dir)

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
        reader = _screen_reader(Path(store.data_dir))
        return cls(store, clock, TaskRunner(synchronous=synchronous), settings_at(path), reader)


def _screen_reader(data_dir: Path) -> ScreenReader | None:
    """The OCR reader when the optional `[ocr]` extra is installed, else None."""
    # Checked before importing disputekit.ocr, which loads Pillow and the label rules (about
    # 20 ms) that the first paint does not need when the extra is absent; the same test as
    # ocr.engine.ocr_available.
    if any(find_spec(name) is None for name in ("rapidocr", "onnxruntime")):
        return None
    return cast("ScreenReader", _LazyScreenReader(data_dir))


class _LazyScreenReader:
    """Stands for the ScreenReader until first used: importing disputekit.ocr loads Pillow,
    which the first paint does not need even when the extra is installed."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._reader: ScreenReader | None = None

    def __getattr__(self, name: str) -> Any:
        if self._reader is None:
            from disputekit.ocr import ScreenReader

            self._reader = ScreenReader.default(self._data_dir)
        return getattr(self._reader, name)
