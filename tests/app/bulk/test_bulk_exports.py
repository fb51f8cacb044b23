"""Bulk exports: a bundle per case in one folder (each one verifies), every open deadline of
the cases in one calendar file (parsed back), and a folder that cannot be written refused
before anything is done."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from disputekit.app.bulk.exports import export_bundles, export_calendar
from disputekit.app.bulk.results import FolderRefused
from disputekit.app.bundles import verify_bundle
from disputekit.domain.case.model import Case
from disputekit.messages import render
from disputekit.store import Store
from disputekit.timeutil import SHANGHAI
from tests.support.seller_samples import seller_case

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=SHANGHAI)


def _three(store: Store) -> list[int]:
    return [
        store.cases.create(seller_case(1, name="李小梅", phone="13800000001")),
        store.cases.create(seller_case(2, name="王强")),  # no phone
        store.cases.create(Case()),  # no seller, no buyer, no order
    ]


def test_a_bundle_of_each_case_is_written_into_the_folder(store: Store, tmp_path: Path) -> None:
    ids = _three(store)
    out = tmp_path / "out"
    out.mkdir()
    (out / f"case-{ids[0]}-KM-00001.zip").write_bytes(b"the user's own file")
    result = export_bundles(store, ids, out)
    assert [r.status for r in result.results] == ["done"] * 3
    names = [r.path.name for r in result.results if r.path]
    assert names == [
        f"case-{ids[0]}-KM-00001 (2).zip",  # the file already there is not written over
        f"case-{ids[1]}-KM-00002.zip",
        f"case-{ids[2]}.zip",
    ]
    assert (out / f"case-{ids[0]}-KM-00001.zip").read_bytes() == b"the user's own file"
    for path in result.written()[:2]:
        assert verify_bundle(path) == []
    # The bare case is exported as it is stored (a bundle of a draft, as a single export).
    with zipfile.ZipFile(result.written()[2]) as bag:
        assert "data/case.json" in bag.namelist()
    assert result.folder == out


def test_cancel_leaves_whole_bundles_only(store: Store, tmp_path: Path) -> None:
    ids = _three(store)
    asked = iter([False, True, True])
    out = tmp_path / "out"
    out.mkdir()
    result = export_bundles(store, ids, out, cancelled=lambda: next(asked))
    assert result.not_reached == ids[1:]
    assert sorted(p.name for p in out.iterdir()) == [f"case-{ids[0]}-KM-00001.zip"]


def test_every_open_deadline_goes_into_one_calendar_naming_the_buyer(
    store: Store, tmp_path: Path
) -> None:
    ids = _three(store)
    path = tmp_path / "期限.ics"
    result = export_calendar(store, ids, path, now=NOW)
    assert [r.status for r in result.results] == ["done", "done", "skipped"]
    assert render(result.results[2].reason, "zh_CN") == "没有未到的期限"
    calendar = Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    summaries = [str(e["summary"]) for e in events]
    assert any(s.endswith("：李小梅 · 某某卡盟 KM-00001") for s in summaries)
    assert any(s.endswith("：王强 · 某某卡盟 KM-00002") for s in summaries)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert {u.split("-")[0] for u in uids} == {f"case{ids[0]}", f"case{ids[1]}"}
    assert result.folder == tmp_path


def test_a_cancelled_calendar_is_not_written(store: Store, tmp_path: Path) -> None:
    ids = _three(store)
    asked = iter([False, True])
    path = tmp_path / "期限.ics"
    result = export_calendar(store, ids, path, now=NOW, cancelled=lambda: next(asked))
    assert not path.exists() and result.not_reached == ids and result.results == []


def test_an_unwritable_folder_is_refused_with_why(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _three(store)
    locked = tmp_path / "locked"
    locked.mkdir()
    # As a read-only folder answers (the tests may run as root, who ignores permission bits).
    real = os.access
    monkeypatch.setattr(
        "disputekit.app.output_paths.os.access",
        lambda p, mode: False if Path(p) == locked else real(p, mode),
    )
    with pytest.raises(FolderRefused) as refused:
        export_bundles(store, ids, locked)
    assert render(refused.value.text, "zh_CN") == f"没有权限写入文件夹 {locked}：请换一个位置"
    with pytest.raises(FolderRefused):
        export_calendar(store, ids, locked / "a.ics", now=NOW)
    with pytest.raises(FolderRefused) as inside:
        export_bundles(store, ids, Path(store.data_dir))
    assert "数据文件夹" in render(inside.value.text, "zh_CN")
    assert list(locked.iterdir()) == []
