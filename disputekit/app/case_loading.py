"""One way to load a case for a command: a stored case id or a case JSON file.

A JSON file's evidence lies in its own folder; a stored case's evidence lies in the vault. Either
way the user's calendar overrides and the shared-contact check come from the store when one
exists, and the packet image cache lives in the data folder unless the store is read-only.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.case.document.case_json import CaseFormatError, loads_case
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.files.evidence_paths import evidence_path, path_problems
from disputekit.messages import Localized, msg, reason_text, render
from disputekit.messages.message import CHINESE, ENGLISH
from disputekit.store import CaseDamaged, CaseNotFound, Store, StoreError
from disputekit.store.paths import db_path, resolve_data_dir
from disputekit.store.timestamp_files import TimestampFiles

FileFor = Callable[[EvidenceItem], Path]


class CaseLoadError(Exception):
    """The case could not be loaded: `lead` names the file or id and what failed, `reasons`
    (one a line below it) why. `text` is the report in either language
    (`render(error.text, language)`); as a `str` the error is Chinese, as the CLI prints it."""

    def __init__(self, lead: str, reasons: Sequence[str] = ()) -> None:
        self.lead = lead
        self.reasons = list(reasons)
        self.text = Localized(self._report(CHINESE), self._report(ENGLISH))
        super().__init__(str(self.text))

    def _report(self, language: str) -> str:
        return "\n".join(
            [render(self.lead, language)] + [f"  {render(r, language)}" for r in self.reasons]
        )


@dataclass(frozen=True)
class LoadedCase:
    """A case with what building or advising on it needs from around it.

    `case_id` is the stored id (None for a JSON file); `cache_dir` is None when the data folder
    cannot hold the packet image cache (a read-only store)."""

    case: Case
    case_id: int | None
    file_for: FileFor
    calendar: WorkCalendar | None
    shared_contacts: tuple[SharedContact, ...]
    cache_dir: Path | None
    # When each stored file (by SHA-256) entered the vault; empty for a case JSON file.
    intake_at: dict[str, datetime] = field(default_factory=dict)
    # The case's trusted timestamp files by name (a stored case's; a packet attaches them).
    stamp_files: dict[str, bytes] = field(default_factory=dict)
    cache_key: bytes | None = None  # seals the image cache's records (packet_cache_key)


def packet_cache_dir(folder: Path) -> Path:
    """Where packet builds keep their prepared images, inside the data folder."""
    return folder / "cache" / "packet-images"


CACHE_KEY = "packet_cache_key"


def packet_cache_key(store: Store) -> bytes | None:
    """The key that seals the packet image cache's records (made on first use), kept in the
    database so that a file written into the cache folder cannot pass as a derived picture.
    None for a read-only store, which keeps no cache, or when the key cannot be kept now (the
    store busy or full): then nothing cached is trusted and every picture is made afresh."""
    if store.read_only:
        return None
    try:
        value = store.settings.get(CACHE_KEY)
        if not isinstance(value, str) or len(value) != 64:
            value = secrets.token_hex(32)
            store.settings.set(CACHE_KEY, value)
        return bytes.fromhex(value)
    except (StoreError, ValueError):
        return None


def load_case(target: str, data_dir: str | Path | None = None) -> LoadedCase:
    """Load `target`: all ASCII digits and no such file → a stored case id, else a case JSON
    path."""
    folder = resolve_data_dir(data_dir)
    path = Path(target)
    if target.isascii() and target.isdigit() and not path.exists():
        return _load_stored(int(target), folder)
    return _load_file(target, path, folder)


def _load_file(target: str, path: Path, folder: Path) -> LoadedCase:
    try:
        case = loads_case(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = reason_text(exc)
        raise CaseLoadError(msg("case_load.unreadable", target=target, reason=reason)) from None
    except CaseFormatError as exc:
        errors = [error.text for error in exc.errors]
        raise CaseLoadError(msg("case_load.invalid", target=target), errors) from None
    base = path.resolve().parent
    problems = path_problems(case, base)
    if problems:
        raise CaseLoadError(msg("case_load.evidence_outside", target=target), problems)
    calendar: WorkCalendar | None = None
    shared: tuple[SharedContact, ...] = ()
    cache: Path | None = packet_cache_dir(folder)
    key: bytes | None = None  # no store, no key: nothing cached is trusted
    if db_path(folder).is_file():
        try:
            with Store.open(folder) as store:
                calendar = store.calendar()
                shared = store.cases.shared_contacts(case)
                cache = None if store.read_only else cache
                key = packet_cache_key(store)
        except StoreError as exc:  # locked by another program, damaged, …
            raise CaseLoadError(exc.text) from None
    return LoadedCase(
        case, None, lambda item: evidence_path(base, item.file), calendar, shared, cache, {},
        cache_key=key,
    )


def _load_stored(case_id: int, folder: Path) -> LoadedCase:
    if not db_path(folder).is_file():
        raise CaseLoadError(msg("case_load.no_store", folder=str(folder)))
    try:
        store = Store.open(folder)
    except StoreError as exc:  # locked by another program, damaged, …
        raise CaseLoadError(exc.text) from None
    with store:
        try:
            case = store.cases.get(case_id)
            calendar = store.calendar()
            shared = store.cases.shared_contacts(case, case_id)
            key = packet_cache_key(store)
        except CaseDamaged as exc:
            raise CaseLoadError(exc.text) from None
        except CaseNotFound:
            raise CaseLoadError(
                msg("case_load.not_found", case_id=case_id, folder=str(folder))
            ) from None
        except StoreError as exc:
            raise CaseLoadError(exc.text) from None
        # A read-only data folder (write-protected stick) cannot hold the image cache.
        cache = None if store.read_only else packet_cache_dir(folder)
        paths: dict[str, Path] = {}
        intake_at: dict[str, datetime] = {}
        for item in case.evidence:
            # An unknown file is left out here; the build reports it as missing, by field.
            with contextlib.suppress(KeyError):
                paths[item.id] = store.vault.path(item.sha256 or "")
                intake_at[item.sha256 or ""] = store.vault.info(item.sha256 or "").intake_at
        stamps = TimestampFiles(folder).attached(case)

    def file_for(item: EvidenceItem) -> Path:
        # Never the bundle path: relative to the working folder it could name any file.
        if item.id not in paths:
            raise KeyError(f"{item.file or item.id} is not in the evidence vault")
        return paths[item.id]

    return LoadedCase(case, case_id, file_for, calendar, shared, cache, intake_at, stamps, key)
