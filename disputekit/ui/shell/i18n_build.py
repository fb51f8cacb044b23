"""Compile every `translations/*.ts` into `.qm` with the lrelease shipped in the PySide6 wheel.

Run by scripts/setup (`python -m disputekit.ui.shell.i18n_build`) and before building a package; the
.qm files are build output (git-ignored), the .ts files are the committed sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from disputekit.ui.shared.language.i18n import translations_dir


def lrelease_command() -> list[str]:
    """The lrelease executable from the PySide6 wheel (or the pyside6-lrelease wrapper)."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.is_file():
        return [str(bundled)]
    wrapper = shutil.which("pyside6-lrelease")
    if wrapper:
        return [wrapper]
    raise FileNotFoundError("lrelease not found: is the PySide6 wheel installed?")


def build(folder: Path | None = None) -> list[Path]:
    """Compile each .ts in `folder` next to itself; returns the .qm paths written."""
    folder = folder or translations_dir()
    written: list[Path] = []
    command = lrelease_command()
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> int:
    """Entry point for `python -m disputekit.ui.shell.i18n_build`."""
    for qm in build():
        print(f"compiled {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
