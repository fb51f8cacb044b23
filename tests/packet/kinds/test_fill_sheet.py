"""The 12315 fill sheet: fields from the editable spec, character counts, limits flagged."""

from __future__ import annotations

import json

import pytest

from disputekit.packet.kinds.fill_sheet import (
    FIELD_KEYS,
    FillSheetSpecError,
    fill_sheet_fields,
    load_spec,
    write_fill_sheet,
)
from disputekit.resources import templates_dir


def test_fields_follow_the_spec_and_count_characters(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    fields = fill_sheet_fields(kit.load(folder), kit.today)
    spec = json.loads((templates_dir() / "fill_sheet_12315.json").read_text(encoding="utf-8"))
    assert spec["limits_confirmed"] is False
    assert [f.label for f in fields] == [f["label"] for f in spec["fields"]]
    by_key = {f.key: f for f in fields}
    assert by_key["respondent_name"].value == "杭州堃昇网络科技有限公司"
    assert by_key["respondent_name"].count == 12
    assert by_key["amount"].value == "98.50"
    assert by_key["order_no"].value == "KM2026112000123"
    assert by_key["purchased_at"].value == "2026年11月20日 10:15"
    assert by_key["payment"].value == "支付宝，交易号 2026112022001412345678901234"
    facts = by_key["facts"].value
    assert facts.index("2026年11月20日 10:40") < facts.index("2026年11月21日 16:05")  # time order
    assert all(f.count == len(f.value) and not f.over_limit for f in fields)


def test_over_limit_is_flagged_and_the_sheet_says_limits_are_unconfirmed(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    kit.edit_case(folder, {"events.0.note": "很长的说明" * 120})
    fields = fill_sheet_fields(kit.load(folder), kit.today)
    facts = next(f for f in fields if f.key == "facts")
    assert facts.over_limit and facts.count > facts.limit == 500
    out = tmp_path / "sheet.txt"
    write_fill_sheet(fields, out)
    text = out.read_text(encoding="utf-8")
    assert load_spec()["note"] in text and "未经确认" in text
    assert f"【事实描述】（{facts.count}/500 字，超出 {facts.count - 500} 字，请删减）" in text


def _edited_spec(tmp_path, monkeypatch, edit) -> None:
    from disputekit.packet.kinds import fill_sheet

    spec = load_spec()
    edit(spec)
    path = tmp_path / "fill_sheet_12315.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(fill_sheet, "spec_path", lambda: path)


def test_the_order_of_the_fields_is_the_spec_s_and_says_it_is_unconfirmed(
    tmp_path, kit, monkeypatch
):
    spec = load_spec()
    assert spec["order_confirmed"] is False and "未经确认" in spec["order_note"]
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    case = kit.load(folder)
    _edited_spec(tmp_path, monkeypatch, lambda s: s["fields"].reverse())
    fields = fill_sheet_fields(case, kit.today)
    assert [f.key for f in fields] == [f["key"] for f in reversed(spec["fields"])]
    out = tmp_path / "sheet.txt"
    write_fill_sheet(fields, out)
    text = out.read_text(encoding="utf-8")
    assert text.index("【事实描述】") < text.index("【被投诉人名称】")
    assert spec["order_note"] in text
    assert f"（以上所说的文件：{tmp_path / 'fill_sheet_12315.json'}）" in text


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: s["fields"].append({"key": "shoe_size", "label": "鞋码"}), "shoe_size"),
        (lambda s: s["fields"].append(dict(s["fields"][0])), "重复出现"),
        (lambda s: s["fields"][1].update(limit="18"), "fields 第 2 项有误"),
        (lambda s: s["fields"][1].update(limit=0), "fields 第 2 项有误"),
        (lambda s: s["fields"][0].update(label_en=5), "fields 第 1 项有误"),
        (lambda s: s.pop("fields"), "没有 fields 列表"),
    ],
)
def test_a_spec_edited_wrongly_is_named_with_the_entry(tmp_path, kit, monkeypatch, edit, expected):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    case = kit.load(folder)
    _edited_spec(tmp_path, monkeypatch, edit)
    with pytest.raises(FillSheetSpecError) as caught:
        fill_sheet_fields(case, kit.today)
    assert expected in str(caught.value) and "fill_sheet_12315.json" in str(caught.value)


def test_a_spec_that_is_not_json_is_named(tmp_path, kit, monkeypatch):
    from disputekit.packet.kinds import fill_sheet

    path = tmp_path / "fill_sheet_12315.json"
    path.write_text('{"fields": [', encoding="utf-8")
    monkeypatch.setattr(fill_sheet, "spec_path", lambda: path)
    with pytest.raises(FillSheetSpecError, match="无法读取"):
        load_spec()


def test_every_key_the_sheet_fills_is_known_to_the_spec_check(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    fields = fill_sheet_fields(kit.load(folder), kit.today)
    assert {f.key for f in fields} == set(FIELD_KEYS)
