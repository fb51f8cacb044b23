"""The stored cases as a command or a window uses them: listing and searching, one case with
the state of its evidence files, and the demo cases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from disputekit.app.workspace import ListedCase
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import OrderStatus
from disputekit.store import Store
from disputekit.store.vault.vault_check import file_state

__all__ = [
    "DemoCase",
    "ShownCase",
    "add_demo_cases",
    "demo_cases",
    "list_cases",
    "show_case",
]

FileState = Literal["damaged", "missing"]


def list_cases(
    store: Store, query: str = "", status: OrderStatus | None = None
) -> Sequence[ListedCase]:
    """The stored cases matching the search `query` and `status`, in the list's order."""
    return store.cases.list(query, status)


@dataclass(frozen=True)
class ShownCase:
    """A stored case and, per evidence id, what is wrong with its file (absent: nothing)."""

    case_id: int
    case: Case
    file_problems: dict[str, FileState]


def show_case(store: Store, case_id: int) -> ShownCase:
    """Case `case_id` with its evidence files checked against the vault (CaseNotFound)."""
    case = store.cases.get(case_id)
    problems: dict[str, FileState] = {}
    for item in case.evidence:
        state = file_state(store, item.sha256) if item.sha256 else "missing"
        if state:
            problems[item.id] = state
    return ShownCase(case_id, case, problems)


def add_demo_cases(store: Store) -> list[int]:
    """Add the example cases (see `disputekit.store.demo.demo_set`)."""
    # Imported on use: the demo draws its screenshots with Pillow, which the first paint of the
    # window (importing this module) must not load.
    from disputekit.store.demo.demo_set import add_demo_cases as add

    return add(store)


@dataclass(frozen=True)
class DemoCase:
    """One demo case after `demo_cases`: `added` False when it was already stored."""

    case_id: int
    case: Case
    added: bool


def demo_cases(store: Store) -> list[DemoCase]:
    """Add the demo cases that are missing; every demo case, in demo order."""
    from disputekit.store.demo.demo_set import find_demo_cases

    before = set(find_demo_cases(store).values())
    return [
        DemoCase(case_id, store.cases.get(case_id), case_id not in before)
        for case_id in add_demo_cases(store)
    ]
