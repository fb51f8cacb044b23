"""Bundles: BagIt export, verify, import; every hostile bundle refused with nothing changed."""

from __future__ import annotations

import hashlib
import json
import os
import random
import stat
import warnings
import zipfile
from pathlib import Path

import bagit
import pytest

from disputekit import __version__
from disputekit.domain.case.document.case_json import dumps_case
from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.bundles.bundle import BundleError, export_bundle, import_bundle, verify_bundle
from disputekit.store.bundles.zip_safety import ZipLimits


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, entries: dict[str, bytes], links: tuple[str, ...] = ()) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we write on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries.items():
                info = zipfile.ZipInfo(name.split("\x01")[0])  # "\x01" suffix: a duplicate
                info.compress_type = zipfile.ZIP_DEFLATED
                if name in links:
                    info.create_system = 3
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, data)
    return path


def reseal(entries: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute the manifests, so only the content (not the checksums) is wrong."""
    sha = lambda b: hashlib.sha256(b).hexdigest()  # noqa: E731
    payload = sorted(n for n in entries if n.startswith("data/"))
    entries["manifest-sha256.txt"] = "".join(f"{sha(entries[n])}  {n}\n" for n in payload).encode()
    tags = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
    entries["tagmanifest-sha256.txt"] = "".join(f"{sha(entries[n])}  {n}\n" for n in tags).encode()
    return entries


def snapshot(store: Store) -> tuple:
    cases = tuple(dumps_case(store.cases.get(i)) for i in store.cases.ids())
    files = tuple(store.db.execute("SELECT * FROM files ORDER BY sha256").fetchall())
    blobs = tuple(sorted(p.name for p in store.vault.root.rglob("*") if p.is_file()))
    return cases, files, blobs


@pytest.fixture
def bundle(store, make_case, tmp_path) -> Path:
    """An exported bundle of the sample case (the store keeps that case)."""
    case_id = store.cases.create(make_case())
    return export_bundle(store, case_id, tmp_path / "case.zip")


@pytest.fixture
def other(tmp_path) -> Store:
    """A second store holding one unrelated case, to import into."""
    opened = Store.open(tmp_path / "other")
    yield opened
    opened.close()


def test_export_is_a_valid_bagit_bag_with_bag_info(bundle, tmp_path):
    names = set(read_zip(bundle))
    assert {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "data/case.json",
        "data/evidence/chat-1.png",
        "data/evidence/pay.png",
    } <= names
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(tmp_path / "unzipped")
    bag = bagit.Bag(str(tmp_path / "unzipped"))
    bag.validate()  # raises on any problem
    assert bag.info["Platform"] == "某某卡盟"
    assert bag.info["Order-No"] == "KM2026112000123"
    assert bag.info["DisputeKit-Version"] == __version__
    assert bag.info["Export-Time"].endswith("+08:00")
    assert verify_bundle(bundle) == []


def test_export_then_import_round_trips(store, bundle, other):
    before = snapshot(store)
    seen = []
    new_id = import_bundle(other, bundle, progress=lambda d, t: seen.append((d, t)))
    assert dumps_case(other.cases.get(new_id)) == dumps_case(store.cases.get(store.cases.ids()[0]))
    assert seen == [(1, 2), (2, 2)]
    assert snapshot(store) == before
    for item in other.cases.get(new_id).evidence:
        assert other.vault.verify(item.sha256)


def test_bag_inside_one_top_level_folder_imports(bundle, other, tmp_path):
    entries = {f"KM2026/{n}": b for n, b in read_zip(bundle).items()}
    path = write_zip(tmp_path / "nested.zip", entries)
    assert verify_bundle(path) == []
    assert other.cases.get(import_bundle(other, path)).order.order_no == "KM2026112000123"


def write_case_folder(folder: Path, doc: dict, png) -> Path:
    (folder / "shots").mkdir(parents=True)
    (folder / "shots" / "chat 1.png").write_bytes(png(11))
    (folder / "pay.png").write_bytes(png(12))
    doc["evidence"][0]["file"] = "shots/chat 1.png"
    doc["evidence"][1]["file"] = "pay.png"
    path = folder / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_case_json_with_files_beside_it(other, case_doc, png, tmp_path):
    path = write_case_folder(tmp_path / "folder", case_doc, png)
    back = other.cases.get(import_bundle(other, path))
    assert [e.file for e in back.evidence] == ["evidence/chat 1.png", "evidence/pay.png"]
    assert back.evidence[0].sha256 == hashlib.sha256(png(11)).hexdigest()
    assert back.order.target_account.extra == {"role": "مرحبا"}


def english(problems: list[str]) -> list[str]:
    """The problems as the English UI shows them (as `str` they are Chinese)."""
    return [render(p, "en") for p in problems]


def refuse(
    store: Store, path: Path, expected: str, limits: ZipLimits | None = None, verify: bool = True
) -> None:
    """Import must fail naming `expected`, and leave the store exactly as it was; `verify`
    must report the same problem (unless it is one only the vault's intake sees)."""
    before = snapshot(store)
    kwargs = {"limits": limits} if limits else {}
    with pytest.raises(BundleError) as info:
        import_bundle(store, path, **kwargs)
    assert expected in render(info.value.text, "en")
    assert snapshot(store) == before
    if verify and path.suffix == ".zip":
        assert any(expected in p for p in english(verify_bundle(path, **kwargs)))


@pytest.mark.parametrize(
    ("name", "links", "expected"),
    [
        ("../evil.png", (), "member '../evil.png': the path climbs out of the bundle"),
        ("data/../../evil.png", (), "climbs out"),
        ("/etc/cron.d/evil", (), "member '/etc/cron.d/evil': absolute path"),
        ("C:/Windows/evil.dll", (), "absolute path"),
        ("data\\..\\evil.png", (), "backslash"),
        ("data/evidence/link.png", ("data/evidence/link.png",), "symbolic link"),
        ("data/case.json\x01", (), "member 'data/case.json': duplicate name"),
    ],
)
def test_unsafe_members_are_refused_before_anything_is_written(
    store, bundle, tmp_path, name, links, expected
):
    entries = read_zip(bundle)
    entries[name] = b"/etc/passwd"
    refuse(store, write_zip(tmp_path / "bad.zip", entries, links), expected)
    assert not (tmp_path / "evil.png").exists()


def test_size_limits_and_zip_bombs(store, bundle, tmp_path):
    entries = read_zip(bundle)
    entries["data/evidence/zeros.bin"] = bytes(5 * 1024 * 1024)
    bomb = write_zip(tmp_path / "bomb.zip", entries)
    refuse(store, bomb, "member 'data/evidence/zeros.bin': compressed")
    refuse(store, bomb, "zip bomb")
    small = ZipLimits(member_bytes=1000, total_bytes=10**9, ratio=10**9)
    refuse(store, bundle, "member 'data/case.json'", small)
    refuse(store, bundle, "over the 0.0 MB limit", small)
    refuse(store, bundle, "the zip unpacks to", ZipLimits(total_bytes=1000))
    refuse(store, bundle, "members; at most 2", ZipLimits(members=2))


def test_altered_missing_and_extra_files_are_named(store, bundle, tmp_path):
    entries = read_zip(bundle)
    data = bytearray(entries["data/evidence/chat-1.png"])
    data[-20] ^= 0xFF  # same size, one byte flipped
    entries["data/evidence/chat-1.png"] = bytes(data)
    del entries["data/evidence/pay.png"]
    entries["data/evidence/extra.png"] = b"sneaked in"
    path = write_zip(tmp_path / "tampered.zip", entries)
    as_text = verify_bundle(path)
    assert "已被改动：data/evidence/chat-1.png（SHA-256 与 manifest-sha256.txt 不符）" in as_text
    problems = english(as_text)
    assert "altered: data/evidence/chat-1.png (its SHA-256 differs from manifest-sha256.txt)" in (
        problems
    )
    assert "missing: data/evidence/pay.png (listed in manifest-sha256.txt)" in problems
    assert "extra: data/evidence/extra.png (not listed in manifest-sha256.txt)" in problems
    refuse(store, path, "altered: data/evidence/chat-1.png")


def test_altered_manifest_is_caught_by_the_tag_manifest(store, bundle, tmp_path):
    entries = read_zip(bundle)
    entries["bag-info.txt"] += b"Injected: yes\n"
    refuse(store, write_zip(tmp_path / "t.zip", entries), "altered: bag-info.txt")


def test_invalid_case_json_lists_every_error(store, bundle, tmp_path):
    entries = read_zip(bundle)
    doc = json.loads(entries["data/case.json"])
    doc["order"]["amount_paid"] = "-5"
    doc["order"]["ordered_at"] = "2026-11-20T10:15:00"
    doc["problem_known_at"] = "2026-02-30T10:00:00+08:00"
    rng = random.Random(1)  # varied text: a repeated character would look like a zip bomb
    doc["complainant"]["name"] = "".join(chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(10**6))
    entries["data/case.json"] = json.dumps(doc, ensure_ascii=False).encode()
    path = write_zip(tmp_path / "invalid.zip", reseal(entries))
    problems = english(verify_bundle(path))
    assert "data/case.json: order.amount_paid: '-5' is negative" in problems
    joined = "\n".join(problems)
    assert "data/case.json: order.ordered_at: " in joined and "no UTC offset" in joined
    assert "data/case.json: problem_known_at: " in joined
    assert "complainant.name: is 1,000,000 characters long" in joined
    refuse(store, path, "order.amount_paid")


def test_broken_json_and_wrong_types(store, bundle, tmp_path):
    entries = read_zip(bundle)
    entries["data/case.json"] = b'{"format": "disputekit.case/1", '
    refuse(store, write_zip(tmp_path / "broken.zip", reseal(entries)), "not valid JSON")
    doc = json.loads(read_zip(bundle)["data/case.json"])
    doc["order"]["quantity"] = "one"
    doc["events"] = {"not": "a list"}
    entries["data/case.json"] = json.dumps(doc).encode()
    path = write_zip(tmp_path / "types.zip", reseal(entries))
    refuse(store, path, "order.quantity: must be a whole number")
    refuse(store, path, "events: must be a list")


def test_evidence_sha256_must_match_its_file(store, bundle, tmp_path):
    entries = read_zip(bundle)
    doc = json.loads(entries["data/case.json"])
    doc["evidence"][1]["sha256"] = "0" * 64
    doc["evidence"][0]["file"] = "evidence/gone.png"
    entries["data/case.json"] = json.dumps(doc).encode()
    path = write_zip(tmp_path / "sha.zip", reseal(entries))
    refuse(store, path, "altered: data/evidence/pay.png (SHA-256 differs from evidence[1] (e2)")
    refuse(store, path, "missing: data/evidence/gone.png (the file of evidence[0] (e1))")


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("../outside.png", "must be a path inside the case file's folder"),
        ("/etc/passwd", "must be a path inside"),
        ("C:\\x.png", "must be a path inside"),
        ("linked/pay.png", "is or passes through a link"),
        ("nowhere.png", "missing: nowhere.png (the file of evidence[0] (e1))"),
        ("", "evidence[0] (e1): no file given"),
    ],
)
def test_case_json_paths_must_stay_in_its_folder(store, case_doc, png, tmp_path, file, expected):
    path = write_case_folder(tmp_path / "folder", case_doc, png)
    (tmp_path / "outside.png").write_bytes(png(13))
    os.symlink(tmp_path / "folder", tmp_path / "folder" / "linked")
    case_doc["evidence"][0]["file"] = file
    path.write_text(json.dumps(case_doc), encoding="utf-8")
    refuse(store, path, expected)


def test_case_json_sha256_mismatch_and_invalid_json(store, case_doc, png, tmp_path):
    path = write_case_folder(tmp_path / "folder", case_doc, png)
    case_doc["evidence"][1]["sha256"] = "1" * 64
    path.write_text(json.dumps(case_doc), encoding="utf-8")
    refuse(store, path, "altered: pay.png")
    case_doc["order"]["amount_paid"] = "NaN"
    case_doc["claims"]["refund_amount"] = "1e30"
    path.write_text(json.dumps(case_doc), encoding="utf-8")
    refuse(store, path, "order.amount_paid: 'NaN' is not a finite number")
    refuse(store, path, "claims.refund_amount: '1e30' is too large")
    path.write_text("{broken", encoding="utf-8")
    refuse(store, path, "not valid JSON")


def test_a_file_the_vault_refuses_stores_nothing_at_all(store, bundle, png, tmp_path):
    entries = read_zip(bundle)
    entries["data/evidence/pay.png"] = png(4242)  # new and valid: must not be stored either
    entries["data/evidence/chat-1.png"] = "这不是图片，只是文字".encode()
    doc = json.loads(entries["data/case.json"])
    for item in doc["evidence"]:
        item["sha256"] = None
    entries["data/case.json"] = json.dumps(doc).encode()
    path = write_zip(tmp_path / "fake.zip", reseal(entries))
    # A valid bag the vault refuses: verify says so too, so the two never disagree.
    assert english(verify_bundle(path)) == [
        "chat-1.png is not a picture or a PDF (its content is text)."
    ]
    refuse(store, path, "chat-1.png is not a picture or a PDF")
    assert not store.vault.has(hashlib.sha256(png(4242)).hexdigest())


def test_not_a_zip_and_not_a_bag(store, bundle, tmp_path):
    text = tmp_path / "notes.zip"
    text.write_text("hello")
    refuse(store, text, "notes.zip is not a readable zip file")
    entries = read_zip(bundle)
    del entries["bagit.txt"]
    refuse(store, write_zip(tmp_path / "nobag.zip", entries), "bagit.txt is missing")
    refuse(store, tmp_path / "absent.zip", "absent.zip is not a readable zip file")


def test_export_refuses_a_damaged_vault_copy(store, bundle, tmp_path):
    case = store.cases.get(store.cases.ids()[0])
    blob = store.vault.path(case.evidence[0].sha256)
    os.chmod(blob, 0o644)
    blob.write_bytes(blob.read_bytes() + b"x")
    with pytest.raises(BundleError, match="已损坏或缺失") as info:
        export_bundle(store, store.cases.ids()[0], tmp_path / "again.zip")
    assert "damaged or missing" in render(info.value.text, "en")
    assert not (tmp_path / "again.zip").exists()
    assert not list(tmp_path.glob(".again.zip*"))
