"""A bundle import SIGKILLed at random points never leaves a half case or a dangling row.

Each round imports a fresh 40-image bundle in a subprocess (the real CLI) and kills it after a
random delay within the time a full import takes. Afterwards: the database is intact, the
cases that existed before are unchanged, every case is whole, every evidence row's file is in
the vault, and the store still imports.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import bagit
import pytest
from PIL import Image

from disputekit.domain.case.document.case_json import dumps_case
from disputekit.store import Store

IMAGES = 40
SIDE = 300  # noise PNG of 300x300: about 270 KB, the size of a compressed phone screenshot
ROUNDS = 6


def make_bundle(folder: Path, seed: int) -> Path:
    """A zipped bag of one case with IMAGES distinct noise screenshots."""
    rng = random.Random(seed)
    stage = folder / f"stage-{seed}"
    (stage / "evidence").mkdir(parents=True)
    evidence = []
    for i in range(IMAGES):
        name = f"shot-{i:02d}.png"
        noise = Image.frombytes("RGB", (SIDE, SIDE), rng.randbytes(SIDE * SIDE * 3))
        noise.save(stage / "evidence" / name, compress_level=1)
        evidence.append({"id": f"e{i + 1}", "kind": "chat_log", "file": f"evidence/{name}"})
    doc = {
        "format": "disputekit.case/1",
        "complainant": {"name": f"买家{seed}"},
        "respondent": {"platform": "某某卡盟"},
        "order": {
            "order_no": f"KILL{seed:04d}",
            "amount_paid": "10.00",
            "ordered_at": "2026-11-20T10:15:00+08:00",
            "status": "delivered_not_credited",
        },
        "problem": "not_received",
        "events": [
            {
                "id": "ev1",
                "at": "2026-11-20T10:40:00+08:00",
                "kind": "cs_contacted",
                "evidence": [e["id"] for e in evidence],
            }
        ],
        "evidence": evidence,
    }
    (stage / "case.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    bagit.make_bag(str(stage), checksums=["sha256"])
    out = folder / f"bundle-{seed}.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(p for p in stage.rglob("*") if p.is_file()):
            zf.write(path, path.relative_to(stage).as_posix())
    return out


def start_import(data: Path, bundle: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "import", str(bundle)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run_to_end(proc: subprocess.Popen) -> None:
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()


def check_store(data: Path, before: dict[int, str]) -> set[int]:
    """Every invariant after a kill; returns the case ids."""
    with Store.open(data) as store:
        db = store.db
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for case_id, text in before.items():
            assert dumps_case(store.cases.get(case_id)) == text
        ids = set(store.cases.ids())
        for case_id in ids:  # no half case: all evidence rows, all links, the search row
            case = store.cases.get(case_id)
            assert len(case.evidence) == IMAGES
            assert case.events[0].evidence == [e.id for e in case.evidence]
            assert [s.id for s in store.cases.list(case.order.order_no)] == [case_id]
        for (sha,) in db.execute("SELECT DISTINCT sha256 FROM evidence").fetchall():
            assert store.vault.verify(sha), f"evidence row points at a missing file {sha}"
        for (sha,) in db.execute("SELECT sha256 FROM files").fetchall():
            assert store.vault.blob_path(sha).is_file(), f"files row without its file {sha}"
        return ids


@pytest.mark.slow
def test_sigkill_during_import_never_leaves_a_half_case(tmp_path):
    data = tmp_path / "data"
    rng = random.Random(20261126)
    first = make_bundle(tmp_path, 0)
    started = time.monotonic()
    run_to_end(start_import(data, first))
    full = time.monotonic() - started
    with Store.open(data) as store:
        before = {i: dumps_case(store.cases.get(i)) for i in store.cases.ids()}
    assert len(before) == 1

    killed = 0
    for round_no in range(1, ROUNDS + 1):
        bundle = make_bundle(tmp_path, round_no)
        proc = start_import(data, bundle)
        try:
            _, err = proc.communicate(timeout=rng.uniform(0.25, 1.15) * full)
            assert proc.returncode == 0, err.decode()
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            killed += 1
        ids = check_store(data, before)
        assert len(ids) in (len(before), len(before) + 1)
        with Store.open(data) as store:  # whatever landed is whole; keep it as "before" too
            before = {i: dumps_case(store.cases.get(i)) for i in store.cases.ids()}
    assert killed >= ROUNDS // 2, f"only {killed} of {ROUNDS} imports were interrupted"

    # The store is still fully usable: a last import completes.
    run_to_end(start_import(data, make_bundle(tmp_path, 99)))
    assert len(check_store(data, before)) == len(before) + 1
