"""`import --update` from a bundle older than the stored case is refused, naming both times."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from disputekit.app.bundles import StoredCaseIsNewer, import_case
from disputekit.app.vault_check import collect_garbage
from disputekit.messages import render
from disputekit.store import Store
from disputekit.store.bundles import bundle_export
from disputekit.store.bundles.bundle import export_bundle
from disputekit.timeutil import SHANGHAI

OLD = datetime(2026, 11, 20, 10, 0, 5, tzinfo=SHANGHAI)


class _OldClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return OLD.astimezone(tz)


def _old_bundle(store: Store, case_id: int, out: Path, monkeypatch) -> Path:
    with monkeypatch.context() as m:
        m.setattr(bundle_export, "datetime", _OldClock)
        return export_bundle(store, case_id, out)


@pytest.fixture
def edited(store, make_case, add_png, tmp_path, monkeypatch):
    """Case 1 exported on 2026-11-20 10:00:05 (old.zip), then given one more screenshot."""
    case_id = store.cases.create(make_case())
    old = _old_bundle(store, case_id, tmp_path / "old.zip", monkeypatch)
    added = add_png(99, "later.png")
    store.cases.add_evidence(case_id, added, caption="后来补的截图")
    return case_id, old, added.sha256


def test_an_older_bundle_is_refused_and_gc_keeps_the_newer_evidence(store, edited):
    case_id, old, later = edited
    before = store.cases.get(case_id)
    with pytest.raises(StoredCaseIsNewer) as caught:
        import_case(store, old, "update")
    changed = store.db.execute("SELECT updated_at FROM cases WHERE id = ?", [case_id])
    changed_at = datetime.fromisoformat(changed.fetchone()[0]).astimezone(SHANGHAI)
    zh = render(caught.value.text, "zh_CN")
    assert zh.startswith(
        f"old.zip 导出于 2026-11-20 10:00:05（北京时间），早于案件 {case_id} 最后一次修改的时间 "
        f"{changed_at:%Y-%m-%d %H:%M:%S}（北京时间）"
    )
    assert "(Asia/Shanghai)" in render(caught.value.text, "en")
    assert store.cases.get(case_id) == before
    collect_garbage(store, timedelta(0))
    assert store.vault.verify(later)  # still used by the stored case: not collected


def test_force_updates_and_a_newer_bundle_needs_no_force(store, edited, tmp_path):
    case_id, old, later = edited
    done = import_case(store, old, "update", force=True)
    assert done.outcome == "updated"
    assert later not in {item.sha256 for item in store.cases.get(case_id).evidence}
    newer = export_bundle(store, case_id, tmp_path / "newer.zip")
    assert import_case(store, newer, "update").outcome == "updated"


def test_the_cli_refuses_then_forces(store, edited):
    case_id, old, _later = edited
    data = store.data_dir
    store.close()
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), "import", str(old)]
    refused = subprocess.run([*cmd, "--update"], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    assert "导出于 2026-11-20 10:00:05（北京时间）" in refused.stderr
    assert "--force" in refused.stderr
    forced = subprocess.run(
        [*cmd, "--update", "--force"], capture_output=True, text=True, timeout=120
    )
    assert forced.returncode == 0, forced.stderr
    with Store.open(data) as again:
        assert len(again.cases.get(case_id).evidence) == 2
