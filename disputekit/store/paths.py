"""Where the user's data lives: one folder holding the database and the evidence vault."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "DisputeKit"
HOME_ENV = "DISPUTEKIT_HOME"
DB_NAME = "disputekit.sqlite3"
VAULT_DIR = "vault"
BACKUP_DIR = "backups"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override` (CLI `--data-dir`) > `$DISPUTEKIT_HOME` > the platform's
    user data directory. Creates nothing: `Store.open` makes the folder when it is used."""
    if override:
        return Path(override).expanduser().absolute()
    env = os.environ.get(HOME_ENV, "").strip()
    if env:
        return Path(env).expanduser().absolute()
    # Imported here: with an override (a portable setup, the tests) it is never needed, and
    # it loads tempfile and more (start-up time).
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path(data_dir: Path) -> Path:
    """The SQLite database inside a data folder."""
    return data_dir / DB_NAME


def vault_dir(data_dir: Path) -> Path:
    """The evidence vault inside a data folder."""
    return data_dir / VAULT_DIR


def backup_dir(data_dir: Path) -> Path:
    """Where copies of the database go before a migration."""
    return data_dir / BACKUP_DIR
