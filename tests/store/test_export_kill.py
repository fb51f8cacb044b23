"""An export SIGKILLed at random points never leaves a broken bundle at its path, never
changes the store, and what it leaves behind is cleared once stale.

Each round exports the same 40-image case to the same path in a subprocess (the real CLI)
and kills it once its temporary file holds a random share of the bundle. The path then holds
either nothing (no export finished yet) or a whole bundle that verifies.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from disputekit.domain.case.document.case_json import dumps_case
from disputekit.store import Store
from disputekit.store.bundles.bundle import verify_bundle
from tests.store.test_import_kill import check_store, make_bundle, run_to_end, start_import

ROUNDS = 6


def start_export(data: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "export", "1"]
    args = [*cmd, "--out", str(out)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _written(folder: Path, earlier: set[Path]) -> int:
    """Bytes in this export's temporary file (0 before it created one); `earlier` are the
    leftovers of killed rounds."""
    sizes = []
    for path in set(partials(folder)) - earlier:
        try:
            sizes.append((path.stat().st_mtime, path.stat().st_size))
        except FileNotFoundError:  # renamed into place meanwhile
            continue
    return max(sizes)[1] if sizes else 0


def partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".partial")]


@pytest.mark.slow
def test_sigkill_during_export_never_leaves_a_broken_bundle(tmp_path):
    data = tmp_path / "data"
    run_to_end(start_import(data, make_bundle(tmp_path, 0)))
    with Store.open(data) as store:
        before = {i: dumps_case(store.cases.get(i)) for i in store.cases.ids()}
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    out = outbox / "case.zip"
    run_to_end(start_export(data, outbox / "full.zip"))
    full_size = (outbox / "full.zip").stat().st_size
    (outbox / "full.zip").unlink()

    # Killed by progress, not by a timer (the machine may be busy): once the temporary file
    # has grown to a random share of the full bundle; a share over 1 lets the export finish.
    rng = random.Random(20261127)
    killed = finished = 0
    for _ in range(ROUNDS):
        share = rng.uniform(0.05, 1.2)
        earlier = set(partials(outbox))
        proc = start_export(data, out)
        while proc.poll() is None and _written(outbox, earlier) < share * full_size:
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            killed += 1
        else:
            _, err = proc.communicate()
            assert proc.returncode == 0, err.decode()
            finished += 1
        # A kill can land after the rename: then that export counts as done.
        assert out.exists() or not finished
        if out.exists():
            assert verify_bundle(out) == []  # a whole export, never a half one
        assert check_store(data, before) == set(before)
    assert killed >= ROUNDS // 2, f"only {killed} of {ROUNDS} exports were interrupted"

    # One more, killed once its temporary file exists, so there is surely a leftover.
    proc = start_export(data, out)
    while not partials(outbox) and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    left = partials(outbox)
    assert 0 < len(left) <= killed + 1
    # The next start removes them: their processes have ended.
    run_to_end(start_export(data, out))
    assert partials(outbox) == []
    assert verify_bundle(out) == []
