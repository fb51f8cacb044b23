"""Field sources are case data: stored, read back, exported and imported unchanged."""

from __future__ import annotations

from datetime import datetime

from disputekit.domain.case.field_sources import field_sources, record_source
from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import FieldSource
from disputekit.store import Store
from disputekit.store.bundles.bundle import export_bundle, import_bundle
from disputekit.timeutil import SHANGHAI


def test_sources_round_trip_through_the_store_and_a_bundle(tmp_path):
    shot = tmp_path / "shot.png"
    from PIL import Image

    Image.new("RGB", (60, 120), "white").save(shot)
    with Store.open(tmp_path / "data") as store:
        case = Case()
        case.respondent.platform = "星辰卡盟"
        case.order.order_no = "KM2026112000123"
        case.order.ordered_at = datetime(2026, 11, 20, 10, 15, tzinfo=SHANGHAI)
        case_id = store.cases.create(case)
        item = store.cases.add_evidence(case_id, store.vault.add_file(shot))
        case = store.cases.get(case_id)
        source = FieldSource(item.id, (12, 34, 56, 78), value="KM2026112000123")
        record_source(case, "order.order_no", source)
        store.cases.save(case_id, case)
        assert field_sources(store.cases.get(case_id)) == {"order.order_no": source}
        bundle = tmp_path / "case.zip"
        export_bundle(store, case_id, bundle)
    with Store.open(tmp_path / "other") as other:
        new_id = import_bundle(other, bundle)
        assert field_sources(other.cases.get(new_id)) == {"order.order_no": source}
