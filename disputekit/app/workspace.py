"""The data folder open in a window: the one door from the windows to the stored cases, the
evidence files, the settings and the working-day calendar.

The composition root opens the store and wraps it in a `Workspace`; a window holds only the
workspace. It reads and writes through the methods here, and runs the use cases of
`disputekit.app` that take an open store with `run` (the store is filled in; nothing else can
be run that way). A worker thread gets a workspace on its own connection (`on_own_connection`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, Protocol, TypeVar

from disputekit.app.case_errors import cases_in_app_terms
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import OrderStatus, Problem
from disputekit.store import CaseList, Store
from disputekit.store.settings import DEFAULT_COMPLAINANT

if TYPE_CHECKING:
    from disputekit.domain.advice.contact_check import SharedContact
    from disputekit.domain.deadlines.calendar import WorkCalendar

P = ParamSpec("P")
R = TypeVar("R")

PACKET_DEFAULTS = "packet_defaults"  # the settings key of `PacketDefaults`
DEFAULT_DPI = 150


@dataclass(frozen=True)
class PacketDefaults:
    """What a new packet is built with unless changed: a size budget in MB and a page
    budget (None: no limit) and the pictures' resolution."""

    max_mb: float | None = None
    max_pages: int | None = None
    dpi: int = DEFAULT_DPI


def saved_packet_defaults(store: Store) -> PacketDefaults:
    """The packet defaults saved in the store (the built-in ones where none is saved; a
    budget of 0 is no budget)."""
    raw = store.settings.get(PACKET_DEFAULTS, {}) or {}
    return PacketDefaults(
        raw.get("max_mb") or None, raw.get("max_pages") or None, int(raw.get("dpi") or DEFAULT_DPI)
    )


class ListedCase(Protocol):
    """One row of the case list as a window shows it. Times are in Asia/Shanghai;
    `damaged`: only the id and the text columns could be read back."""

    @property
    def id(self) -> int: ...
    @property
    def platform(self) -> str: ...
    @property
    def shop(self) -> str: ...
    @property
    def order_no(self) -> str: ...
    @property
    def product(self) -> str: ...
    @property
    def amount_paid(self) -> Decimal: ...
    @property
    def status(self) -> OrderStatus: ...
    @property
    def problem(self) -> Problem: ...
    @property
    def complainant_name(self) -> str: ...
    @property
    def complainant_phone(self) -> str: ...
    @property
    def refund_claimed(self) -> Decimal | None: ...
    @property
    def refunded(self) -> bool: ...
    @property
    def evidence_count(self) -> int: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...
    @property
    def next_due_at(self) -> dt.datetime | None: ...
    @property
    def next_due_kind(self) -> str | None: ...
    @property
    def damaged(self) -> bool: ...


class CaseRows(Protocol):
    """The cases of one list query, in order; a row is read when first asked for, and is
    None when its case was deleted after the query."""

    @property
    def ids(self) -> tuple[int, ...]: ...
    def index_of(self, case_id: int) -> int | None: ...
    def get(self, index: int) -> ListedCase | None: ...
    def __getitem__(self, index: int) -> ListedCase: ...
    def __len__(self) -> int: ...


@dataclass(frozen=True)
class EvidenceFile:
    """What the vault records of one evidence file: its format and size as received, the
    picture's size or the PDF's pages, its original name, when it came in, a note on where
    from, and the file it was derived from (a redaction, a key frame), if any."""

    sha256: str
    size: int
    format: str
    width: int | None
    height: int | None
    pages: int | None
    original_name: str
    intake_at: dt.datetime
    source_note: str
    derived_from: str | None


class Workspace:
    """The open data folder, as every window reaches it (see the module's docstring)."""

    def __init__(self, store: Store) -> None:
        self.__store = store

    @property
    def data_dir(self) -> Path:
        """The data folder (no output may be written inside it)."""
        return Path(self.__store.data_dir)

    def run(self, use_case: Callable[Concatenate[Store, P], R], *args: P.args, **kw: P.kwargs) -> R:
        """`use_case(store, *args, **kw)`, for a use case of `disputekit.app` that takes the
        open store first; refused for anything else."""
        module = getattr(use_case, "__module__", "") or ""
        if not module.startswith("disputekit.app."):
            raise TypeError(f"not a use case of disputekit.app: {use_case!r}")
        return use_case(self.__store, *args, **kw)

    @contextmanager
    def on_own_connection(self) -> Iterator[Workspace]:
        """The same data folder on a SQLite connection of its own, for one job in a worker
        thread (connections are never shared between threads), closed afterwards."""
        with Store.open(self.data_dir) as own:
            yield Workspace(own)

    def calendar(self) -> WorkCalendar:
        """The working-day calendar with the user's extra days off and workdays."""
        return self.__store.calendar()

    # --- cases ------------------------------------------------------------------------

    def case(self, case_id: int) -> Case:
        """The stored case as last saved (`NoSuchCase`, `CaseUnreadable`)."""
        with cases_in_app_terms():
            return self.__store.cases.get(case_id)

    def save_case(self, case_id: int, case: Case) -> None:
        """Replace the stored case with `case`, whole, in one transaction."""
        with cases_in_app_terms():
            self.__store.cases.save(case_id, case)

    def new_case(self, case: Case) -> int:
        """Store `case` as a new case; its id."""
        return self.__store.cases.create(case)

    def delete_case(self, case_id: int) -> None:
        """Delete the case with its events and evidence rows (the vault's files stay until
        `gc`)."""
        with cases_in_app_terms():
            self.__store.cases.delete(case_id)

    def remove_evidence(self, case_id: int, evidence_id: str) -> None:
        """Take an evidence item out of the case and its events; the file stays in the
        vault (an undo puts the item back)."""
        with cases_in_app_terms():
            self.__store.cases.remove_evidence(case_id, evidence_id)

    def shared_contacts(self, case: Case, case_id: int | None) -> tuple[SharedContact, ...]:
        """Other stored cases whose complainant, by another name, uses `case`'s phone or
        address (办法第十七条(四)); `case_id` is the case itself, left out."""
        return self.__store.cases.shared_contacts(case, case_id)

    def case_rows(
        self, query: str, status: OrderStatus | None, sort: str, descending: bool
    ) -> CaseRows:
        """The cases matching the search `query` and `status`, in the order of the list
        column `sort` (the case list's columns), read lazily."""
        return self.__store.cases.list(query, status, sort=sort, descending=descending)

    def no_rows(self) -> CaseRows:
        """An empty list, before the first query."""
        return CaseList(self.__store.db, [])

    # --- evidence files -----------------------------------------------------------------

    def evidence_file(self, sha256: str) -> EvidenceFile:
        """What the vault records of the file (KeyError when it is not in the vault)."""
        found = self.__store.vault.info(sha256)
        return EvidenceFile(**{name: getattr(found, name) for name in _FILE_FIELDS})

    def file_path(self, sha256: str) -> Path:
        """Where the file is kept (KeyError when it is not in the vault); never to be
        written."""
        return self.__store.vault.path(sha256)

    def file_is_intact(self, sha256: str) -> bool:
        """True when the file's bytes still hash to `sha256`."""
        return self.__store.vault.verify(sha256)

    def thumbnail(self, sha256: str, size: int | None = None) -> Path:
        """A small picture of the file, made once and cached."""
        vault = self.__store.vault
        return vault.thumbnail(sha256) if size is None else vault.thumbnail(sha256, size)

    def expected_path(self, sha256: str) -> Path:
        """Where the vault keeps (or would keep) the file, whether or not it is there."""
        return self.__store.vault.blob_path(sha256)

    # --- settings -------------------------------------------------------------------------

    def default_complainant(self) -> dict[str, str]:
        """The volunteer's own details (name, phone, address, email) a new case starts with."""
        own = self.__store.settings.get(DEFAULT_COMPLAINANT, {}) or {}
        return {str(k): str(v or "") for k, v in own.items()}

    def packet_defaults(self) -> PacketDefaults:
        """The saved packet defaults (the built-in ones where none is saved)."""
        return saved_packet_defaults(self.__store)

    def calendar_overrides(self) -> dict[dt.date, bool]:
        """The user's extra workdays (True) and days off (False)."""
        return self.__store.settings.calendar_overrides()

    def save_settings(
        self,
        overrides: dict[dt.date, bool],
        complainant: dict[str, str],
        packet_defaults: PacketDefaults,
    ) -> None:
        """Keep the settings; when the calendar changed, every case's cached next deadline is
        judged again by it."""
        settings = self.__store.settings
        changed = overrides != settings.calendar_overrides()
        settings.set_calendar_overrides(overrides)
        settings.set(DEFAULT_COMPLAINANT, complainant)
        settings.set(PACKET_DEFAULTS, dataclasses.asdict(packet_defaults))
        if changed:
            self.__store.cases.refresh_digests()


_FILE_FIELDS = tuple(EvidenceFile.__dataclass_fields__)
