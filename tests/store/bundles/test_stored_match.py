"""Re-importing a stored case is recognised (same platform + order number, or the same bundle)
and refused before anything is written; a copy or an update happens only when asked."""

from __future__ import annotations

import pytest

from disputekit.domain.case.document.case_json import dumps_case
from disputekit.store.bundles.bundle import export_bundle, import_bundle
from disputekit.store.bundles.stored_match import AlreadyStored, find_stored


@pytest.fixture
def stored(store, make_case):
    return store.cases.create(make_case())


def test_same_platform_and_order_number_is_found(store, make_case, stored):
    assert find_stored(store, make_case(seed=2)) == stored  # other files, same order
    assert find_stored(store, make_case(order_no="KM-OTHER")) is None


def test_the_same_bundle_is_found_after_the_platform_was_renamed(store, make_case):
    first = store.cases.create(make_case())
    renamed = store.cases.get(first)
    renamed.respondent.platform = "某某卡盟（改名）"
    store.cases.save(first, renamed)
    assert find_stored(store, make_case()) == first  # same order number, same files
    assert find_stored(store, make_case(seed=3)) is None  # same order number, other files


def test_refuse_names_the_stored_case_and_writes_nothing(store, stored, tmp_path):
    bundle = export_bundle(store, stored, tmp_path / "case.zip")
    files_before = store.db.execute("SELECT count(*) FROM files").fetchone()[0]
    with pytest.raises(AlreadyStored) as found:
        import_bundle(store, bundle, if_stored="refuse")
    assert found.value.case_id == stored
    assert store.cases.ids() == [stored]
    assert store.db.execute("SELECT count(*) FROM files").fetchone()[0] == files_before


def test_default_and_new_import_a_copy(store, stored, tmp_path):
    bundle = export_bundle(store, stored, tmp_path / "case.zip")
    copy_id = import_bundle(store, bundle)
    assert copy_id != stored
    assert dumps_case(store.cases.get(copy_id)) == dumps_case(store.cases.get(stored))


def test_replace_writes_over_the_stored_case(store, stored, tmp_path):
    bundle = export_bundle(store, stored, tmp_path / "case.zip")
    original = dumps_case(store.cases.get(stored))
    case = store.cases.get(stored)
    case.order.product = "本地改过"
    store.cases.save(stored, case)
    assert import_bundle(store, bundle, replace=stored) == stored
    assert store.cases.ids() == [stored]
    assert dumps_case(store.cases.get(stored)) == original


def test_unknown_policy_is_refused(store, stored, tmp_path):
    bundle = export_bundle(store, stored, tmp_path / "case.zip")
    with pytest.raises(ValueError, match="if_stored"):
        import_bundle(store, bundle, if_stored="maybe")
