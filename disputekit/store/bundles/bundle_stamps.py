"""Trusted timestamps in a bundle: each token (the TSA's reply as received) and the manifest
it stamps travel as BagIt tag files under `timestamps/`, listed in the tag manifest, so
`openssl ts -verify -data timestamps/manifest-….txt -in timestamps/….tsr -CAfile ROOT`
checks them in the unzipped bag and any BagIt tool still validates it."""

from __future__ import annotations

import hashlib
import zipfile
from typing import TYPE_CHECKING

from disputekit.domain.case.model import Case
from disputekit.store.bundles.bag_check import MAX_TAG_FILE_BYTES, READ_ERRORS
from disputekit.store.bundles.zip_safety import read_member
from disputekit.store.timestamp_files import TimestampFiles

if TYPE_CHECKING:
    from disputekit.store.store import Store


def stamp_tags(store: Store, case: Case) -> dict[str, bytes]:
    """The tag files of the case's timestamps (name → bytes): every attached token with the
    manifest it covers, and the manifest of a request still awaiting its reply."""
    files = TimestampFiles(store.data_dir)
    tags: dict[str, bytes] = {}
    for record in case.timestamps:
        for name in (record.manifest_file, record.token):
            if name and name not in tags and files.has(name):
                tags[name] = files.read(name)
    return tags


def read_tag(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], name: str) -> bytes | None:
    """A tag file of the bag (whose members by bag path are `files`), or None when it is
    missing, too large to be one or unreadable."""
    info = files.get(name)
    if info is None or info.file_size > MAX_TAG_FILE_BYTES:
        return None
    try:
        return read_member(zf, info)
    except READ_ERRORS:
        return None


def import_stamp_files(
    store: Store, zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], case: Case
) -> None:
    """Keep the imported case's timestamp files (as a later export will carry them): each
    manifest whose SHA-256 is its imprint and each token under its own request's name."""
    kept = TimestampFiles(store.data_dir)
    for record in case.timestamps:
        manifest = read_tag(zf, files, record.manifest_file)
        if manifest is not None and hashlib.sha256(manifest).hexdigest() == record.imprint:
            kept.write(record.manifest_file, manifest)
        own_name = f"timestamps/{record.request_sha256}.tsr"
        token = read_tag(zf, files, own_name) if record.token == own_name else None
        if token is not None:
            kept.write(own_name, token)
