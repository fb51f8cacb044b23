"""Two `import` processes of one bundle at the same time: exactly one imports it.

The "already stored" check runs inside the write transaction that stores the case, so the
second process sees the first's case instead of adding a duplicate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.store.test_import_kill import make_bundle

RUNS = 3


def _cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]


def test_two_concurrent_imports_of_one_bundle_store_one_case(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path, seed=7)
    for run in range(RUNS):
        data = tmp_path / f"data-{run}"
        # Both processes open the store first, so neither waits on the other's migration.
        subprocess.run(_cli(data, "list"), check=True, capture_output=True, timeout=60)
        procs = [
            subprocess.Popen(_cli(data, "import", str(bundle)), stdout=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outputs = []
        for proc in procs:
            out, _ = proc.communicate(timeout=120)
            assert proc.returncode == 0
            outputs.append(out)
        listed = subprocess.run(
            _cli(data, "list", "--json"), capture_output=True, text=True, timeout=60, check=True
        )
        assert [row["order_no"] for row in json.loads(listed.stdout)] == ["KILL0007"], outputs
        assert sum(out.startswith("已导入案件 1") for out in outputs) == 1, outputs
