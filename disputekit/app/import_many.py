"""Import many: several bundles or case files, or a folder of them, one by one; what was
imported, what was skipped as already stored and what was refused (with why)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from disputekit.app.bundles import IfStored, Imported, import_case
from disputekit.app.data_folder import FAILURES, failure_message
from disputekit.messages import msg
from disputekit.store import Store

IMPORTABLE = (".zip", ".json")


@dataclass
class ImportSummary:
    """Per path: the import done (imported, updated or skipped) or the reason it was refused."""

    done: list[tuple[Path, Imported]] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        """How many imports had `outcome` ("imported", "updated", "skipped")."""
        return sum(1 for _, d in self.done if d.outcome == outcome)


def importable_files(folder: Path) -> list[Path]:
    """The bundles (.zip) and case files (.json) in `folder`, and the `case.json` of each
    folder inside it, in name order."""
    found: list[Path] = []
    for child in sorted(folder.iterdir()):
        if child.is_file() and child.suffix.lower() in IMPORTABLE:
            found.append(child)
        elif child.is_dir() and (child / "case.json").is_file():
            found.append(child / "case.json")
    return found


def expand(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to import from `paths` (folders expanded) and the paths refused at once."""
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            inside = importable_files(path)
            if not inside:
                refused.append((path, msg("import_many.empty_folder", path=str(path))))
            files.extend(inside)
        elif path.is_file():
            files.append(path)
        else:
            refused.append((path, msg("cli.no_such_file", path=str(path))))
    return files, refused


def import_many(
    store: Store,
    paths: Sequence[Path],
    if_stored: IfStored = "skip",
    progress: Callable[[int, int, Path], None] | None = None,
) -> ImportSummary:
    """Import each of `paths` (a folder: what it holds); one refused file stops no other."""
    files, refused = expand(paths)
    summary = ImportSummary(refused=refused)
    for n, path in enumerate(files, start=1):
        if progress is not None:
            progress(n, len(files), path)
        try:
            summary.done.append((path, import_case(store, path, if_stored)))
        except FAILURES as exc:
            summary.refused.append((path, failure_message(exc, store.data_dir)))
    return summary
