"""One case loader for every command: a stored id or a case JSON file, with the store's
calendar, shared contacts and image cache when a store exists."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from disputekit.app.case_loading import CaseLoadError, load_case, packet_cache_dir
from disputekit.domain.case.document.case_json import dumps_case
from disputekit.messages import render
from disputekit.store import Store
from tests.domain.factories import make_case


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


def test_a_stored_id_loads_the_case_with_its_vault_files(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        case_id = store.cases.create(make_case())
        stored = store.vault.add_bytes(_png(), "order.png")
        item = store.cases.add_evidence(case_id, stored)
        vault_file = store.vault.path(stored.sha256)
    loaded = load_case(str(case_id), tmp_path)
    assert loaded.case_id == case_id
    assert loaded.case.order.order_no == "KM2026092900123"
    assert loaded.calendar is not None
    assert loaded.cache_dir == tmp_path / "cache" / "packet-images"
    assert loaded.file_for(loaded.case.evidence_by_id(item.id)) == vault_file
    assert loaded.intake_at == {stored.sha256: stored.intake_at}


def test_a_stored_case_shares_its_complainants_phone_with_another(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        first = store.cases.create(make_case())
        store.cases.create(make_case(complainant={"name": "李四"}))  # same phone as 张三
    loaded = load_case(str(first), tmp_path)
    assert {c.other_name for c in loaded.shared_contacts} == {"李四"}


def test_an_unknown_id_and_a_missing_store_are_named(tmp_path: Path) -> None:
    with pytest.raises(CaseLoadError, match=re.escape(f"{tmp_path} 中没有案件库")) as caught:
        load_case("7", tmp_path)
    assert render(caught.value.text, "en").startswith(f"No case store in {tmp_path}")
    Store.open(tmp_path).close()
    with pytest.raises(CaseLoadError) as caught:
        load_case("7", tmp_path)
    assert str(caught.value) == f"{tmp_path} 中没有编号为 7 的案件"
    assert render(caught.value.text, "en") == f"No case with id 7 in {tmp_path}"


def test_a_json_file_without_a_store_resolves_evidence_in_its_folder(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = work / "case.json"
    path.write_text(dumps_case(make_case()), encoding="utf-8")
    data = tmp_path / "data"
    loaded = load_case(str(path), data)
    assert loaded.case_id is None
    assert loaded.calendar is None and loaded.shared_contacts == ()
    assert loaded.intake_at == {}
    assert loaded.cache_dir == packet_cache_dir(data)
    assert not data.exists()  # loading a file creates no store


def test_a_json_file_with_a_store_gets_its_calendar_and_shared_contacts(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        store.cases.create(make_case(complainant={"name": "李四"}))
    path = tmp_path / "case.json"
    path.write_text(dumps_case(make_case()), encoding="utf-8")
    loaded = load_case(str(path), tmp_path / "data")
    assert loaded.calendar is not None
    assert {c.other_name for c in loaded.shared_contacts} == {"李四"}


def test_a_bad_file_names_each_problem(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"format": "disputekit.case/1", "order": {}}), encoding="utf-8")
    with pytest.raises(CaseLoadError) as caught:
        load_case(str(path), tmp_path / "data")
    # One language per line: the lead and each reason alike, in either rendering.
    chinese = str(caught.value).splitlines()
    assert chinese[0] == f"{path} 不是有效的案件文件："
    assert "  respondent：缺少此项" in chinese
    english = render(caught.value.text, "en").splitlines()
    assert english[0] == f"{path} is not a valid case file:"
    assert "  respondent: is missing" in english
    assert not any("缺少" in line or "文件" in line for line in english)
    with pytest.raises(CaseLoadError, match=r"无法读取 .*missing\.json") as caught:
        load_case(str(tmp_path / "missing.json"), tmp_path / "data")
    assert render(caught.value.text, "en").startswith("Cannot read ")


def test_evidence_outside_the_case_folder_is_refused(tmp_path: Path) -> None:
    doc = json.loads(dumps_case(make_case(evidence=["order_screenshot"])))
    doc["evidence"][0]["file"] = "../elsewhere.png"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CaseLoadError, match="证据文件必须在案件文件所在的文件夹内") as caught:
        load_case(str(path), tmp_path / "data")
    assert "evidence files must stay in its folder" in render(caught.value.text, "en")
