"""Case bundles in: verifying and importing a zipped BagIt bag (RFC 8493) holding
`data/case.json` and `data/evidence/…` (written by `bundle_export`), or a case .json with its
files beside it.

Import checks everything before storing anything: the zip's member list (zip_safety), the
manifest, the case JSON, each file's sha256 and that the vault will accept each file. Then
the files go into the vault, then the case rows in ONE transaction: a crash in between leaves
at most unreferenced vault files (collected by `gc`), never a half case.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit.domain.case.document.case_json import CaseFormatError, loads_case
from disputekit.domain.case.model import Case
from disputekit.files.evidence_paths import EvidencePathError, evidence_path
from disputekit.files.private_files import PRIVATE_FILE
from disputekit.messages import Msg, msg, os_reason, reason_text
from disputekit.store.bundles.bag_check import (
    MAX_CASE_JSON_BYTES,
    READ_ERRORS,
    BundleError,
    CheckedBag,
    check_bag,
    evidence_label,
    locate_bag,
)
from disputekit.store.bundles.bundle_age import OlderBundle, export_time, refuse_older
from disputekit.store.bundles.bundle_export import Progress, evidence_with_location, export_bundle
from disputekit.store.bundles.bundle_stamps import import_stamp_files
from disputekit.store.bundles.stored_match import AlreadyStored, find_stored
from disputekit.store.bundles.zip_safety import (
    DEFAULT_LIMITS,
    ZipLimits,
    iter_member,
    member_problems,
    read_member,
)
from disputekit.store.cases.case_rows import safe_file_name
from disputekit.store.db import write_transaction
from disputekit.store.vault.image_check import check_bytes
from disputekit.store.vault.intake_errors import IntakeError
from disputekit.store.vault.recording_check import check_recording, recording_format

if TYPE_CHECKING:
    from disputekit.store.store import Store

# Callers import the whole bundle API from here, export included.
__all__ = [
    "AlreadyStored",
    "BundleError",
    "OlderBundle",
    "evidence_with_location",
    "export_bundle",
    "import_bundle",
    "verify_bundle",
]


def verify_bundle(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> list[str]:
    """Every problem of the bundle at `path` (unsafe members, missing, extra or altered
    files, an invalid case.json, an evidence file the vault would refuse); an empty list
    means it is intact and `import_bundle` will take it. Each problem is a message
    (`disputekit.messages`: Chinese as a `str`, `render` for English) or, from the file
    system, plain text."""
    try:
        with zipfile.ZipFile(path) as zf:
            problems = member_problems(zf, limits)
            if problems:
                return [*problems]
            checked = check_bag(zf, locate_bag(zf))
            if checked.problems or checked.case is None:
                return [*checked.problems]
            return _refused_evidence(zf, checked)
    except BundleError as exc:
        return exc.problems or [exc.message]
    except READ_ERRORS as exc:
        return [_unreadable_zip(Path(path), exc)]


def _unreadable_zip(path: Path, exc: BaseException) -> Msg:
    return msg("bundle.unreadable_zip", name=path.name, reason=reason_text(exc))


def _refused_evidence(zf: zipfile.ZipFile, checked: CheckedBag) -> list[str]:
    """What the vault would refuse at import (a file that is not a usable image or PDF)."""
    problems: list[str] = []
    for info in {i.filename: i for i in checked.evidence_members.values()}.values():
        try:
            check_bytes(read_member(zf, info), Path(info.filename))
        except IntakeError as exc:
            problems.append(exc.text)
    return problems


def import_bundle(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
    *,
    if_stored: str = "new",
    replace: int | None = None,
    force: bool = False,
) -> int:
    """Import a bundle (a .zip bag, or a case .json with its files beside it) as a new case;
    returns its id. `BundleError` lists every problem; nothing is stored then.

    A case already stored (`find_stored`: same platform and order number, or the same bundle)
    is imported again as a copy with `if_stored="new"`; with `if_stored="refuse"` the import
    raises `AlreadyStored` naming it, after verifying and before storing anything. `replace`
    writes the bundle's case over the stored case of that id instead of adding one; a
    bundle exported before that case's last change is refused (`OlderBundle`) unless
    `force`."""
    path = Path(path)
    policy = _Policy(if_stored, replace, force, path.name)
    if path.suffix.lower() == ".json":
        return _import_json(store, path, progress, _dated(policy, path, None, {}))
    try:
        zf = zipfile.ZipFile(path)
    except READ_ERRORS as exc:
        raise BundleError(_unreadable_zip(path, exc)) from None
    with zf, tempfile.TemporaryDirectory(prefix=f"disputekit-import-{os.getpid()}-") as tmp:
        problems = member_problems(zf, limits)
        if problems:
            raise BundleError(msg("bundle.unsafe", name=path.name), problems)
        bag = locate_bag(zf)
        checked = check_bag(zf, bag)
        if checked.problems or checked.case is None:
            raise BundleError(msg("bundle.failed_verification", name=path.name), checked.problems)
        policy = _dated(policy, path, zf, bag)
        try:
            sources = _extract_evidence(zf, checked, Path(tmp))
        except READ_ERRORS as exc:  # changed on disk since it was checked
            damaged = msg("bundle.damaged_since", reason=reason_text(exc))
            raise BundleError(
                msg("bundle.failed_verification", name=path.name), [damaged]
            ) from None
        case_id = _store_case(
            store, checked.case, sources, f"imported from {path.name}", progress, policy
        )
        import_stamp_files(store, zf, bag, checked.case)
        return case_id


def _extract_evidence(zf: zipfile.ZipFile, checked: CheckedBag, tmp: Path) -> dict[str, Path]:
    assert checked.case is not None
    sources: dict[str, Path] = {}
    for item in checked.case.evidence:
        sha = item.sha256 or ""
        if sha not in sources:
            info = checked.evidence_members[item.id]
            # Our own file names in our own folder: the member name is never a path here.
            dest = tmp / str(len(sources)) / safe_file_name(info.filename)
            dest.parent.mkdir()
            # Owner-only: the folder is too (mkdtemp), but a copy of evidence never relies on it.
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as fout:
                for chunk in iter_member(zf, info):
                    fout.write(chunk)
            sources[sha] = dest
    return sources


@dataclass(frozen=True)
class _Policy:
    """What to do when the imported case is already stored (see `import_bundle`)."""

    if_stored: str = "new"
    replace: int | None = None
    force: bool = False
    name: str = ""
    exported_at: datetime | None = None  # when replacing: the bundle's export time

    def __post_init__(self) -> None:
        if self.if_stored not in ("new", "refuse"):
            raise ValueError(f"if_stored must be 'new' or 'refuse', not {self.if_stored!r}")


def _dated(
    policy: _Policy, path: Path, zf: zipfile.ZipFile | None, files: dict[str, zipfile.ZipInfo]
) -> _Policy:
    """`policy` with the bundle's export time, when an update must be checked against it."""
    if policy.replace is None or policy.force:
        return policy
    return dataclasses.replace(policy, exported_at=export_time(path, zf, files))


def _import_json(
    store: Store, path: Path, progress: Progress | None, policy: _Policy | None = None
) -> int:
    try:
        if path.stat().st_size > MAX_CASE_JSON_BYTES:
            raise BundleError(msg("bundle.case_too_large", name=path.name))
        case = loads_case(path.read_bytes())
    except CaseFormatError as exc:
        errors = [e.text for e in exc.errors]
        raise BundleError(msg("bundle.invalid_case", name=path.name), errors) from None
    except OSError as exc:
        raise BundleError(msg("bundle.unreadable", name=path.name, reason=os_reason(exc))) from None
    folder = path.parent.resolve()
    problems: list[Msg] = []
    sources: dict[str, Path] = {}
    for i, item in enumerate(case.evidence):
        label = evidence_label(i, item.id)
        found = _local_file(folder, item.file, label, problems)
        if found is None:
            continue
        with found.open("rb") as f:
            sha = hashlib.file_digest(f, "sha256").hexdigest()
        if item.sha256 and item.sha256 != sha:
            problems.append(msg("bundle.altered_file_of", path=item.file, label=label))
        item.sha256 = sha
        sources.setdefault(sha, found)
    if problems:
        raise BundleError(msg("bundle.evidence_unusable", name=path.name), problems)
    return _store_case(store, case, sources, f"imported from {path.name}", progress, policy)


def _local_file(folder: Path, rel: str, label: str, problems: list[Msg]) -> Path | None:
    """The file `rel` names inside `folder`, or None (with the problem recorded)."""
    try:
        full = evidence_path(folder, rel)
    except EvidencePathError as exc:
        problems.append(msg("json.at", path=label, problem=exc.text))
        return None
    if full.is_file():
        return full
    problems.append(msg("bundle.missing_file_of", path=rel, label=label))
    return None


def _store_case(
    store: Store,
    case: Case,
    sources: dict[str, Path],
    note: str,
    progress: Progress | None,
    policy: _Policy | None = None,
) -> int:
    """Check every new file as the vault will, then store the files, then the case."""
    policy = policy or _Policy()
    if policy.replace is not None:
        store.cases.get(policy.replace)  # CaseNotFound before anything is written
        refuse_older(store, policy.replace, policy.exported_at, policy.name)
    elif policy.if_stored == "refuse":
        found = find_stored(store, case)
        if found is not None:
            raise AlreadyStored(found)
    problems = []
    for sha, src in sources.items():
        if store.vault.has(sha):
            continue
        try:
            fmt = recording_format(src)  # a recording is checked where it lies, not read whole
            _ = check_recording(src, src, fmt) if fmt else check_bytes(src.read_bytes(), src)
        except IntakeError as exc:
            problems.append(exc.text)
    if problems:
        raise BundleError(msg("bundle.evidence_refused"), problems)
    report = store.vault.add_many(
        list(sources.values()),
        source_note=note,
        progress=None if progress is None else lambda done, total, _path: progress(done, total),
    )
    if report.failed:  # checked above, so only an I/O error gets here
        failed = [str(e) for _, e in report.failed]
        raise BundleError(msg("bundle.evidence_not_stored"), failed)
    with write_transaction(store.db):
        # Checked again under the write lock: another process may have stored it meanwhile.
        if policy.replace is not None:
            refuse_older(store, policy.replace, policy.exported_at, policy.name)
            store.cases.save(policy.replace, case)
            return policy.replace
        if policy.if_stored == "refuse":
            found = find_stored(store, case)
            if found is not None:
                raise AlreadyStored(found)
        return store.cases.create(case)
