"""Private by default: with a umask of 022 (files 0644, folders 0755 unless told otherwise)
nothing the app writes is readable by group or others, and leftovers of killed processes are
cleaned up only once they are stale."""

from __future__ import annotations

import os
import stat
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from disputekit.files.private_files import copy_private, write_private
from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.bundles.bundle import export_bundle, verify_bundle
from disputekit.store.leftovers import remove_leftovers


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_and_everything_in_it_is_private(loose_umask, tmp_path, png):
    data = tmp_path / "new" / "data"
    store = Store.open(data)
    try:
        stored = store.vault.add_bytes(png(7), "shot.png")
        store.vault.thumbnail(stored.sha256, 128)
        db = data / "disputekit.sqlite3"
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()  # while the store is open
        assert mode(data) == 0o700
        assert {mode(p) for p in (db, wal, shm)} == {0o600}
        assert mode(store.vault.blob_path(stored.sha256)) == 0o400
        inside = [p for p in data.rglob("*") if not p.name.startswith("disputekit.sqlite3")]
        assert inside  # vault and thumbnails
        loose = [p for p in inside if mode(p) & 0o077]
        assert loose == []
    finally:
        store.close()


def test_an_existing_loose_data_folder_is_tightened(loose_umask, tmp_path):
    data = tmp_path / "data"
    Store.open(data).close()
    os.chmod(data, 0o755)
    os.chmod(data / "disputekit.sqlite3", 0o644)
    Store.open(data).close()
    assert mode(data) == 0o700
    assert mode(data / "disputekit.sqlite3") == 0o600


def test_exports_and_copies_are_owner_only_whatever_the_umask(
    loose_umask, store, make_case, tmp_path
):
    case_id = store.cases.create(make_case())
    out = export_bundle(store, case_id, tmp_path / "case.zip")
    assert mode(out) == 0o600
    assert mode(write_private(tmp_path / "deadlines.ics", b"BEGIN:VCALENDAR")) == 0o600
    public = tmp_path / "public.pdf"
    public.write_bytes(b"%PDF-1.4")
    os.chmod(public, 0o644)
    assert mode(copy_private(public, tmp_path / "copy.pdf")) == 0o600
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.4"


def test_two_exports_to_the_same_path_both_succeed(store, make_case, tmp_path):
    first = store.cases.create(make_case(1))
    second = store.cases.create(make_case(2, order_no="SECOND-ORDER"))
    out = tmp_path / "same.zip"
    inner_done: list[Path] = []

    def meanwhile(done: int, total: int) -> None:
        # While the first export is half-way, a second one (another window, another
        # process: its own connection) writes the same path from start to finish.
        if not inner_done:
            other = Store.open(store.data_dir)
            try:
                inner_done.append(export_bundle(other, second, out))
            finally:
                other.close()

    export_bundle(store, first, out, progress=meanwhile)

    assert inner_done == [out]
    assert verify_bundle(out) == []  # one whole bundle: the one that finished last
    with zipfile.ZipFile(out) as zf:
        assert '"order_no": "KM2026112000123"' in zf.read("data/case.json").decode()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_stale_leftovers_go_fresh_ones_stay(tmp_path):
    data, temp = tmp_path / "data", tmp_path / "tmp"
    data.mkdir()
    temp.mkdir()
    stale_dir = temp / "disputekit-import-abc"
    (stale_dir / "0").mkdir(parents=True)
    (stale_dir / "0" / "shot.png").write_bytes(b"x")
    fresh_dir = temp / "disputekit-import-def"
    fresh_dir.mkdir()
    stale_partial = data / ".export.zip.k2j3.partial"
    stale_partial.write_bytes(b"x")
    fresh_partial = data / ".export.zip.zz9.partial"
    fresh_partial.write_bytes(b"x")
    someone_elses = temp / "other-app-import"
    someone_elses.mkdir()
    cache = data / "cache" / "packet-images"
    cache.mkdir(parents=True)
    stale_image = cache / "ab12-1240x1754.jpg.4242.tmp"
    stale_image.write_bytes(b"half a jpeg")
    cached = cache / "ab12-1240x1754.jpg"
    cached.write_bytes(b"a whole jpeg")
    two_hours_ago = time.time() - 2 * 3600
    for path in (stale_dir, stale_partial, someone_elses, stale_image, cached):
        os.utime(path, (two_hours_ago, two_hours_ago))

    removed = remove_leftovers(data, temp_dir=temp)

    assert sorted(removed) == sorted([stale_dir, stale_partial, stale_image])
    assert cached.exists()
    assert not stale_dir.exists() and not stale_partial.exists()
    assert fresh_dir.exists() and fresh_partial.exists() and someone_elses.exists()


def test_opening_the_store_cleans_up_stale_leftovers(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)  # re-read TMPDIR
    stale = temp / "disputekit-import-killed"
    stale.mkdir()
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    Store.open(tmp_path / "data").close()
    assert not stale.exists()


def test_a_store_opened_without_clean_up_leaves_it_to_clean_up(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    stale = data / ".export.zip.k2j3.partial"
    stale.write_bytes(b"half a zip")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    with Store.open(data, clean_up=False) as store:
        assert stale.exists()
        assert store.clean_up() == [stale]
    assert not stale.exists()


def test_an_export_clears_stale_partials_of_the_same_file(store, make_case, tmp_path):
    case_id = store.cases.create(make_case())
    out = tmp_path / "case.zip"
    killed = tmp_path / ".case.zip.abc123.partial"
    killed.write_bytes(b"half a zip")
    old = time.time() - 2 * 3600
    os.utime(killed, (old, old))
    export_bundle(store, case_id, out)
    assert not killed.exists()
    assert verify_bundle(out) == []


def test_read_only_refuses_a_database_whose_latest_changes_are_in_its_wal(
    tmp_path, make_case, store
):
    from disputekit.store.db_errors import StoreReadOnly

    store.cases.create(make_case())  # committed into the -wal file, not yet the main file
    copy = tmp_path / "stick"
    copy.mkdir()
    for suffix in ("", "-wal"):  # as a copy taken while the app was running leaves it
        name = f"disputekit.sqlite3{suffix}"
        (copy / name).write_bytes((store.data_dir / name).read_bytes())
    assert (copy / "disputekit.sqlite3-wal").stat().st_size > 0
    with pytest.raises(StoreReadOnly, match="上次没有正常关闭") as caught:
        Store.open(copy, read_only=True)
    assert "was not closed cleanly" in render(caught.value.text, "en")
    assert sorted(p.name for p in copy.iterdir()) == [
        "disputekit.sqlite3",
        "disputekit.sqlite3-wal",
    ]
