"""Case bundles: a zipped BagIt bag (RFC 8493) holding `data/case.json` and
`data/evidence/…`, with `manifest-sha256.txt` and `bag-info.txt` (platform, order number,
export time, app version), so any BagIt tool can verify it.

Import checks everything before storing anything: the zip's member list (zip_safety), the
manifest, the case JSON, each file's sha256 and that the vault will accept each file. Then
the files go into the vault, then the case rows in ONE transaction: a crash in between leaves
at most unreferenced vault files (collected by `gc`), never a half case.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit import __version__
from disputekit.domain.case_json import CaseFormatError, dumps_case, loads_case
from disputekit.domain.model import Case, EvidenceItem
from disputekit.domain.timeutil import SHANGHAI
from disputekit.domain.withheld import releasable
from disputekit.evidence_paths import EvidencePathError, evidence_path
from disputekit.messages import Msg, msg
from disputekit.private_files import private_output
from disputekit.store.bag_check import (
    MAX_CASE_JSON_BYTES,
    READ_ERRORS,
    BundleError,
    CheckedBag,
    check_bag,
    evidence_label,
    locate_bag,
)
from disputekit.store.case_rows import safe_file_name
from disputekit.store.image_check import check_bytes
from disputekit.store.intake_errors import IntakeError
from disputekit.store.leftovers import stale_partials
from disputekit.store.location import has_location, without_location
from disputekit.store.stored_match import AlreadyStored, find_stored
from disputekit.store.zip_safety import (
    DEFAULT_LIMITS,
    ZipLimits,
    iter_member,
    member_problems,
    read_member,
)

if TYPE_CHECKING:
    from disputekit.store.store import Store

Progress = Callable[[int, int], None]

__all__ = ["AlreadyStored", "BundleError", "export_bundle", "import_bundle", "verify_bundle"]


def export_bundle(
    store: Store,
    case_id: int,
    out: Path,
    progress: Progress | None = None,
    *,
    include_withheld: bool = False,
    strip_location: bool = False,
) -> Path:
    """Write case `case_id` with its evidence files as a zipped BagIt bag at `out`.

    Each vault file is re-hashed while it is copied: a damaged vault copy stops the export
    instead of being shipped. `out` appears only when complete, readable by its owner only.
    Withheld originals (replaced by a redacted copy) stay out, file and entry, unless
    `include_withheld`. `strip_location` ships a location-free derived copy of each photo
    that carries GPS data (the case JSON in the bundle names the copy; the vault original is
    untouched).
    """
    case = releasable(store.cases.get(case_id), include_withheld)
    out = Path(out)
    files = {item.file: item.sha256 for item in case.evidence if item.sha256}
    replaced: dict[str, str] = {}
    stale_partials(out)
    # A unique temporary name: two exports to one path both finish, the last one wins.
    with private_output(out) as (f, _tmp), zipfile.ZipFile(f, "w") as zf:
        manifest: list[tuple[str, str]] = []
        payload_bytes = 0
        for done, (rel, sha) in enumerate(sorted(files.items()), start=1):
            arcname = f"data/{rel}"
            src = store.vault.path(sha)
            stripped = _location_free(src, sha) if strip_location else None
            if stripped is not None:
                digest = _write_tag(zf, arcname, stripped, zipfile.ZIP_STORED)
                size, replaced[sha] = len(stripped), digest
            else:
                size, digest = _copy_into_zip(zf, src, arcname)
                if digest != sha:
                    raise _damaged(case_id, rel, sha)
            manifest.append((digest, arcname))
            payload_bytes += size
            if progress is not None:
                progress(done, len(files))
        for item in case.evidence:
            if item.sha256 in replaced:
                item.derived_from = item.derived_from or item.sha256
                item.sha256 = replaced[item.sha256]
        case_json = dumps_case(case).encode("utf-8")
        manifest.append((_write_tag(zf, "data/case.json", case_json), "data/case.json"))
        payload_bytes += len(case_json)
        _write_bag_files(zf, case, manifest, payload_bytes)
    return out


def evidence_with_location(
    store: Store, case_id: int, include_withheld: bool = False
) -> list[EvidenceItem]:
    """The evidence items an export would ship whose file carries a GPS location (checked in
    the vault)."""
    found = []
    for item in releasable(store.cases.get(case_id), include_withheld).evidence:
        try:
            path = store.vault.path(item.sha256 or "")
            if has_location(path.read_bytes()):
                found.append(item)
        except (KeyError, OSError):  # a missing file is reported by the export itself
            continue
    return found


def _location_free(src: Path, sha: str) -> bytes | None:
    """A location-free copy of the vault file `src`, or None when it has no location."""
    data = src.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha or not has_location(data):
        return None  # a damaged copy is caught (and named) by the plain copy's re-hash
    return without_location(data)


def _damaged(case_id: int, rel: str, sha: str) -> BundleError:
    return BundleError(
        msg("bundle.export_failed", case_id=case_id),
        [msg("bundle.vault_copy_damaged", file=rel, sha256=sha)],
    )


def _write_bag_files(
    zf: zipfile.ZipFile, case: Case, manifest: list[tuple[str, str]], payload_bytes: int
) -> None:
    # Written here rather than by bagit.make_bag, which needs a staged copy of every file,
    # hashes it all a second time and changes the process's working directory meanwhile
    # (unsafe while the GUI exports from a worker thread). bagit still validates in tests.
    info = _bag_info(case)
    info["Bagging-Date"] = datetime.now(SHANGHAI).date().isoformat()
    info["Payload-Oxum"] = f"{payload_bytes}.{len(manifest)}"
    tags = {
        "bagit.txt": "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": "".join(f"{key}: {value}\n" for key, value in sorted(info.items())),
        "manifest-sha256.txt": "".join(
            f"{digest}  {_manifest_path(name)}\n" for digest, name in sorted(manifest, key=_by_name)
        ),
    }
    tag_manifest = [
        (_write_tag(zf, name, text.encode("utf-8")), name) for name, text in tags.items()
    ]
    lines = "".join(f"{digest}  {name}\n" for digest, name in tag_manifest)
    _write_tag(zf, "tagmanifest-sha256.txt", lines.encode("utf-8"))


def _by_name(entry: tuple[str, str]) -> str:
    return entry[1]


def _manifest_path(name: str) -> str:
    # RFC 8493 §2.1.3: CR, LF and % in a path are percent-encoded.
    return name.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _copy_into_zip(zf: zipfile.ZipFile, src: Path, arcname: str) -> tuple[int, str]:
    """Stream `src` into the zip (stored: evidence is already compressed); (size, sha256)."""
    h = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo.from_file(src, arcname)
    info.compress_type = zipfile.ZIP_STORED
    with src.open("rb") as fin, zf.open(info, "w", force_zip64=True) as fout:
        # Hashed while copying rather than with hashlib.file_digest: one read of a large file,
        # and the digest is of exactly the bytes that went into the zip.
        while chunk := fin.read(1024 * 1024):
            h.update(chunk)
            size += len(chunk)
            fout.write(chunk)
    return size, h.hexdigest()


def _write_tag(
    zf: zipfile.ZipFile, name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED
) -> str:
    zf.writestr(name, data, compress_type=compress)
    return hashlib.sha256(data).hexdigest()


def _bag_info(case: Case) -> dict[str, str]:
    def line(text: str) -> str:
        return " ".join(text.split())  # one line per tag

    return {
        "Source-Organization": "DisputeKit",
        "Bag-Software-Agent": f"DisputeKit {__version__}",
        "DisputeKit-Version": __version__,
        "Platform": line(case.respondent.platform),
        "Order-No": line(case.order.order_no),
        "External-Identifier": line(case.order.order_no),
        "Export-Time": datetime.now(SHANGHAI).isoformat(timespec="seconds"),
    }


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
                return problems
            checked = check_bag(zf, locate_bag(zf))
            if checked.problems or checked.case is None:
                return checked.problems
            return _refused_evidence(zf, checked)
    except BundleError as exc:
        return exc.problems or [exc.message]
    except READ_ERRORS as exc:
        return [_unreadable_zip(Path(path), exc)]


def _unreadable_zip(path: Path, exc: BaseException) -> Msg:
    return msg("bundle.unreadable_zip", name=path.name, reason=str(exc))


def _refused_evidence(zf: zipfile.ZipFile, checked: CheckedBag) -> list[str]:
    """What the vault would refuse at import (a file that is not a usable image or PDF)."""
    problems = []
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
) -> int:
    """Import a bundle (a .zip bag, or a case .json with its files beside it) as a new case;
    returns its id. `BundleError` lists every problem; nothing is stored then.

    A case already stored (`find_stored`: same platform and order number, or the same bundle)
    is imported again as a copy with `if_stored="new"`; with `if_stored="refuse"` the import
    raises `AlreadyStored` naming it, after verifying and before storing anything. `replace`
    writes the bundle's case over the stored case of that id instead of adding one."""
    path = Path(path)
    policy = _Policy(if_stored, replace)
    if path.suffix.lower() == ".json":
        return _import_json(store, path, progress, policy)
    try:
        zf = zipfile.ZipFile(path)
    except READ_ERRORS as exc:
        raise BundleError(_unreadable_zip(path, exc)) from None
    with zf, tempfile.TemporaryDirectory(prefix="disputekit-import-") as tmp:
        problems = member_problems(zf, limits)
        if problems:
            raise BundleError(msg("bundle.unsafe", name=path.name), problems)
        checked = check_bag(zf, locate_bag(zf))
        if checked.problems or checked.case is None:
            raise BundleError(msg("bundle.failed_verification", name=path.name), checked.problems)
        try:
            sources = _extract_evidence(zf, checked, Path(tmp))
        except READ_ERRORS as exc:  # changed on disk since it was checked
            damaged = msg("bundle.damaged_since", reason=str(exc))
            raise BundleError(
                msg("bundle.failed_verification", name=path.name), [damaged]
            ) from None
        return _store_case(
            store, checked.case, sources, f"imported from {path.name}", progress, policy
        )


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
            with dest.open("wb") as fout:
                for chunk in iter_member(zf, info):
                    fout.write(chunk)
            sources[sha] = dest
    return sources


@dataclass(frozen=True)
class _Policy:
    """What to do when the imported case is already stored (see `import_bundle`)."""

    if_stored: str = "new"
    replace: int | None = None

    def __post_init__(self) -> None:
        if self.if_stored not in ("new", "refuse"):
            raise ValueError(f"if_stored must be 'new' or 'refuse', not {self.if_stored!r}")


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
        reason = exc.strerror or str(exc)
        raise BundleError(msg("bundle.unreadable", name=path.name, reason=reason)) from None
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
        problems.append(msg("json.at", path=label, problem=str(exc)))
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
    elif policy.if_stored == "refuse":
        found = find_stored(store, case)
        if found is not None:
            raise AlreadyStored(found)
    problems = []
    for sha, src in sources.items():
        if store.vault.has(sha):
            continue
        try:
            check_bytes(src.read_bytes(), src)
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
    if policy.replace is not None:
        store.cases.save(policy.replace, case)
        return policy.replace
    return store.cases.create(case)
