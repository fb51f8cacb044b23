"""What a bulk action did to each case, and the loop every bulk action runs.

A bulk action goes case by case: it asks `cancelled()` before each case and stops there (the
cases already done stay done; nothing of a case is half written, since each case is saved in
one transaction and each file appears only when complete). A case that fails or is skipped
stops no other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from disputekit.app.data_folder import FAILURES, failure_message
from disputekit.app.output_paths import output_refusal
from disputekit.domain.case.model import Case
from disputekit.messages import Msg, msg
from disputekit.store import Store, StoreError

Status = Literal["done", "skipped", "failed"]
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
# What one case's work may meet that stops that case only.
CAUGHT: tuple[type[BaseException], ...] = (*FAILURES, StoreError)

__all__ = [
    "BulkResult",
    "CaseResult",
    "FolderRefused",
    "Outcome",
    "Stopped",
    "case_label",
    "check_output",
    "run_each",
    "unique_path",
]


@dataclass(frozen=True)
class CaseResult:
    """One case's result: `reason` says why it was skipped or failed (a message, rendered in
    the user's language); `path` is the file written for it, if any."""

    case_id: int
    title: str
    status: Status
    reason: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class Outcome:
    """What one step did to its case (the loop adds the case's id and title)."""

    status: Status
    reason: str = ""
    path: Path | None = None


@dataclass
class BulkResult:
    """Every case's result, in the order worked on; `not_reached` lists the cases a cancel
    left untouched; `folder` is where files were written (None when none was)."""

    results: list[CaseResult] = field(default_factory=list)
    not_reached: list[int] = field(default_factory=list)
    folder: Path | None = None

    @property
    def cancelled(self) -> bool:
        """True when the user stopped before the last case."""
        return bool(self.not_reached)

    def count(self, status: Status) -> int:
        """How many cases ended with `status`."""
        return sum(1 for r in self.results if r.status == status)

    def written(self) -> list[Path]:
        """The files written, in order."""
        return [r.path for r in self.results if r.status == "done" and r.path is not None]


class FolderRefused(Exception):
    """Nothing can be written where the user chose; `text` says why (a message)."""

    def __init__(self, text: Msg) -> None:
        self.text = text
        super().__init__(str(text))


class Stopped(Exception):
    """Raised by a step that noticed the cancel in the middle of its case (nothing of that
    case was written)."""


def case_label(case_id: int, case: Case | None) -> str:
    """The case as a volunteer names it: the buyer, then the platform and order number."""
    if case is None:
        return msg("bulk.case", case_id=case_id)
    title = " ".join(p for p in (case.respondent.platform, case.order.order_no) if p.strip())
    name = case.complainant.name.strip()
    if name and title:
        return f"{name} · {title}"
    return name or title or msg("bulk.case", case_id=case_id)


def check_output(path: Path, data_dir: str | Path) -> None:
    """Raise FolderRefused when a new file cannot be written at `path` (a missing or
    read-only folder, the data folder itself, a device)."""
    refusal = output_refusal(path, data_dir)
    if refusal is not None:
        raise FolderRefused(refusal)


def unique_path(folder: Path, name: str, taken: set[Path]) -> Path:
    """`folder / name`, or `name (2)`, `name (3)`… when a file of that name is there already
    or was written earlier in this run: a bulk run never writes over a file."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    n = 1
    while path in taken or path.exists():
        n += 1
        path = folder / f"{stem} ({n}){suffix}"
    taken.add(path)
    return path


def failure_reason(exc: BaseException, folder: Path) -> str:
    """Why a case failed, as a message where the error carries one."""
    text = getattr(exc, "text", None)
    if isinstance(text, str) and text:
        return text
    return failure_message(exc, folder)


def run_each(
    store: Store,
    case_ids: Sequence[int],
    step: Callable[[int, Case], Outcome],
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BulkResult:
    """Run `step` on each stored case in `case_ids`, in order: a case that cannot be read
    or whose step fails is recorded with why; `cancelled()` is asked before each case."""
    result = BulkResult()
    ids = list(dict.fromkeys(case_ids))  # a case selected twice is worked on once
    for n, case_id in enumerate(ids):
        if cancelled():
            result.not_reached = ids[n:]
            break
        case: Case | None = None
        try:
            case = store.cases.get(case_id)
            title = case_label(case_id, case)
            if progress is not None:
                progress(n, len(ids), title)
            outcome = step(case_id, case)
        except Stopped:
            result.not_reached = ids[n:]
            break
        except CAUGHT as exc:
            reason = failure_reason(exc, Path(store.data_dir))
            outcome = Outcome("failed", reason)
        title = case_label(case_id, case)
        result.results.append(
            CaseResult(case_id, title, outcome.status, outcome.reason, outcome.path)
        )
    if progress is not None:
        progress(len(ids) - len(result.not_reached), len(ids), "")
    return result
