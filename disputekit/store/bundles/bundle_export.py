"""Writing a case bundle: the case and its evidence files as a zipped BagIt bag (RFC 8493),
`data/case.json` + `data/evidence/…` with `manifest-sha256.txt`, `bag-info.txt` (platform,
order number, export time, app version) and the tag manifest, so any BagIt tool can verify it.
Each vault file is re-hashed while it is copied; the bundle appears only when complete.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit import __version__
from disputekit.domain.case.document.case_json import dumps_case
from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.withheld import releasable
from disputekit.files.private_files import private_output
from disputekit.messages import msg
from disputekit.store.bundles.bag_check import BundleError
from disputekit.store.bundles.bundle_stamps import stamp_tags
from disputekit.store.leftovers import stale_partials
from disputekit.store.vault.location import has_location, without_location
from disputekit.timeutil import SHANGHAI
from disputekit.video.probe import sniff_video

if TYPE_CHECKING:
    from disputekit.store.store import Store

Progress = Callable[[int, int], None]


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
        _write_bag_files(zf, case, manifest, payload_bytes, stamp_tags(store, case))
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
            if not _is_recording(path) and has_location(path.read_bytes()):
                found.append(item)
        except (KeyError, OSError):  # a missing file is reported by the export itself
            continue
    return found


def _location_free(src: Path, sha: str) -> bytes | None:
    """A location-free copy of the vault file `src`, or None when it has no location (a
    recording, gigabytes, is shipped as it is: its metadata is not rewritten)."""
    if _is_recording(src):
        return None
    data = src.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha or not has_location(data):
        return None  # a damaged copy is caught (and named) by the plain copy's re-hash
    return without_location(data)


def _is_recording(path: Path) -> bool:
    with path.open("rb") as f:
        return sniff_video(f.read(64)) is not None


def _damaged(case_id: int, rel: str, sha: str) -> BundleError:
    return BundleError(
        msg("bundle.export_failed", case_id=case_id),
        [msg("bundle.vault_copy_damaged", file=rel, sha256=sha)],
    )


def _write_bag_files(
    zf: zipfile.ZipFile,
    case: Case,
    manifest: list[tuple[str, str]],
    payload_bytes: int,
    extra_tags: dict[str, bytes],
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
    # A trusted timestamp's token and the manifest it stamps (store/bundle_stamps.py).
    tag_manifest += [(_write_tag(zf, name, data), name) for name, data in extra_tags.items()]
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
