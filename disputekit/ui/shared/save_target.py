"""The one save dialog every window uses: a place outside the data folder, a regular file.

A path the user picks is checked by the same rule as the command line's `--out`
(`disputekit.app.output_paths`): nothing inside the data folder (the database, its journal,
the vault, backups, the cache) and nothing that is a device, a pipe or a folder. A refused
path is explained in a warning and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from disputekit.app.output_paths import output_refusal
from disputekit.ui.shared.language.i18n import shown


def ask_save_path(
    parent: QWidget, title: str, suggested: str, file_filter: str, data_dir: Path
) -> Path | None:
    """Ask where to save (Qt's dialog); None when cancelled or refused (the user was told why)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not path:
        return None
    refusal = output_refusal(Path(path), data_dir, check_parent=False)
    if refusal is not None:
        QMessageBox.warning(parent, title, shown(refusal))
        return None
    return Path(path)
