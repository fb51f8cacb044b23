"""The one rule for evidence paths in a case JSON: a file inside the JSON file's folder.

`import`, `packet case.json`, `advise case.json` and the GUI's import all call
`evidence_path`, so a case file can never make any of them read `../` or an absolute path,
nor follow a link out of the folder. Stored cases name vault files by hash instead.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from disputekit.files.db_files import is_store_database
from disputekit.messages import Msg, msg

if TYPE_CHECKING:
    from disputekit.domain.case.model import Case

_DRIVE = re.compile(r"^[A-Za-z]:")


class EvidencePathError(ValueError):
    """An evidence path that breaks the rule; `text` (a `Msg`, Chinese as a `str`) names the
    path and what is wrong."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


def evidence_path(folder: Path, rel: str) -> Path:
    """The file `rel` (a case JSON's `evidence[].file`) names inside `folder`, which may not
    exist yet; EvidencePathError if `rel` is empty, absolute, climbs out with `..`, or is or
    passes through a link."""
    pure = PurePosixPath(rel.replace("\\", "/"))
    if not rel.strip():
        raise EvidencePathError(msg("evidence_path.empty"))
    if "\x00" in rel:  # no file system takes it; os calls raise ValueError on it
        raise EvidencePathError(msg("evidence_path.nul", path=rel.replace("\x00", "\\0")))
    if pure.is_absolute() or _DRIVE.match(rel) or ".." in pure.parts or rel.startswith("~"):
        raise EvidencePathError(msg("evidence_path.not_inside", path=rel))
    base = Path(folder).resolve()
    full = base
    for part in pure.parts:
        full = full / part
        if full.is_symlink():
            raise EvidencePathError(msg("evidence_path.link", path=rel))
    if not full.resolve().is_relative_to(base):  # e.g. a folder junction on Windows
        raise EvidencePathError(msg("evidence_path.leaves", path=rel))
    if is_store_database(full):  # reading it would drop this process's locks on it
        raise EvidencePathError(msg("input.store_database_named", name=rel))
    return full


def path_problems(case: Case, folder: Path) -> list[Msg]:
    """One message per evidence item of `case` whose file breaks the rule (missing files are
    not a rule breach: the caller reports those as it needs)."""
    problems = []
    for i, item in enumerate(case.evidence):
        try:
            evidence_path(folder, item.file)
        except EvidencePathError as exc:
            problems.append(
                msg("json.at", path=f"evidence[{i}].file ({item.id})", problem=exc.text)
            )
    return problems
