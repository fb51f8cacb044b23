"""Several cases exported into one folder: one bundle each, named by id and order number,
stoppable between cases; each bundle imports back as the same case."""

from __future__ import annotations

from pathlib import Path

import pytest

from disputekit.app.bundles import (
    ExportCancelled,
    bundle_name,
    export_cases,
    import_bundle,
    import_case,
)
from disputekit.domain.case.document.case_json import dumps_case
from disputekit.store import Store
from tests.domain.factories import make_case


def test_bundle_names_keep_only_safe_characters() -> None:
    assert bundle_name(3, "KM-001/../x") == "case-3-KM-001x.zip"
    assert bundle_name(4, "／／") == "case-4.zip"


def test_export_cases_writes_one_bundle_per_case_in_order(store: Store, tmp_path: Path) -> None:
    ids = [store.cases.create(make_case()) for _ in range(2)]
    names = {i: bundle_name(i, "KM2026092900123") for i in reversed(ids)}
    seen: list[tuple[int, int, str]] = []
    out = tmp_path / "out"
    out.mkdir()
    written = export_cases(store, names, out, lambda d, t, n: seen.append((d, t, n)))
    assert written == [out / names[ids[1]], out / names[ids[0]]]
    assert seen == [(0, 2, names[ids[1]]), (1, 2, names[ids[0]]), (2, 2, "")]
    with Store.open(tmp_path / "other") as other:
        new_id = import_bundle(other, written[0])
        assert dumps_case(other.cases.get(new_id)) == dumps_case(store.cases.get(ids[1]))


def test_a_cancelled_export_stops_before_the_next_case(store: Store, tmp_path: Path) -> None:
    ids = [store.cases.create(make_case()) for _ in range(3)]
    written: list[str] = []
    with pytest.raises(ExportCancelled):
        export_cases(
            store,
            {i: f"case-{i}.zip" for i in ids},
            tmp_path,
            lambda d, t, n: written.append(n),
            cancelled=lambda: len(written) >= 1,
        )
    assert sorted(p.name for p in tmp_path.glob("*.zip")) == [f"case-{ids[0]}.zip"]


def test_import_case_skips_copies_or_updates_a_stored_case(store: Store, tmp_path: Path) -> None:
    first = store.cases.create(make_case())
    bundle = export_cases(store, {first: "one.zip"}, tmp_path)[0]
    skipped = import_case(store, bundle)
    assert (skipped.case_id, skipped.outcome) == (first, "skipped")
    assert store.cases.count() == 1
    copy = import_case(store, bundle, "copy")
    assert copy.outcome == "imported" and copy.case_id != first
    assert (copy.order_no, copy.evidence_count) == (make_case().order.order_no, 0)
    updated = import_case(store, bundle, "update")
    assert (updated.case_id, updated.outcome) == (first, "updated")
    assert store.cases.count() == 2
