"""Fields that once rode untyped in `extra` are the model's own: a document carrying each key
reads it as its typed value, and JSON, the store and a bundle give the document back as it was
written; a document without the key is written without it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from disputekit.domain.case.document.case_json import dumps_case, loads_case
from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import FieldSource
from disputekit.store import Store
from disputekit.store.bundles.bundle import export_bundle, import_bundle

from .conftest import CASE_DOC, png_bytes

AT = datetime.fromisoformat
SOURCE = {"evidence": "e1", "box": [396, 1162, 625, 40], "method": "ocr", "value": "KM1"}

# (where in the document, key, value written, how the typed value is read, value read)
FIELDS: list[tuple[str, str, Any, Callable[[Case], Any], Any]] = [
    ("events.1", "promised_by", "2026-11-25T18:00:00+08:00",
     lambda c: c.events[1].promised_by, AT("2026-11-25T18:00:00+08:00")),
    ("events.1", "reason", "missing_materials",
     lambda c: c.events[1].reason, "missing_materials"),
    ("events.1", "reached_at", "2026-11-23T10:00:00+08:00",
     lambda c: c.events[1].reached_at, AT("2026-11-23T10:00:00+08:00")),
    ("respondent", "shop_address", "广州市天河区某路3号",
     lambda c: c.respondent.shop_address, "广州市天河区某路3号"),
    ("evidence.0", "captured_by", "李四（志愿者）",
     lambda c: c.evidence[0].captured_by, "李四（志愿者）"),
    ("evidence.0", "device", "华为 P40", lambda c: c.evidence[0].device, "华为 P40"),
    ("evidence.1", "bill_rows", [2, 5], lambda c: c.evidence[1].bill_rows, [2, 5]),
    ("", "field_sources", {"order.order_no": SOURCE},
     lambda c: c.field_sources, {"order.order_no": FieldSource("e1", (396, 1162, 625, 40),
                                                             value="KM1")}),
]  # fmt: skip


def _part(doc: dict[str, Any], where: str) -> dict[str, Any]:
    node: Any = doc
    for step in filter(None, where.split(".")):
        node = node[int(step)] if isinstance(node, list) else node[step]
    return node  # type: ignore[no-any-return]


def _document(store: Store, key: str | None, where: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(CASE_DOC)
    for n, item in enumerate(doc["evidence"]):
        item["sha256"] = store.vault.add_bytes(png_bytes(n + 1), f"f{n}.png").sha256
    if key is not None:
        _part(doc, where)[key] = value
    return doc


@pytest.mark.parametrize(("where", "key", "value", "read", "typed"), FIELDS,
                         ids=[f[1] for f in FIELDS])  # fmt: skip
def test_the_key_is_read_typed_and_survives_json_store_and_bundle(
    store: Store, tmp_path: Path, where: str, key: str, value: Any,
    read: Callable[[Case], Any], typed: Any,
) -> None:  # fmt: skip
    doc = _document(store, key, where, value)
    case = loads_case(json.dumps(doc, ensure_ascii=False))
    assert read(case) == typed
    assert _part(json.loads(dumps_case(case)), where)[key] == value

    case_id = store.cases.create(case)
    stored = store.cases.get(case_id)
    assert read(stored) == typed
    assert dumps_case(stored) == dumps_case(case)

    bundle = export_bundle(store, case_id, tmp_path / "case.zip")
    with Store.open(tmp_path / "other") as other:
        back = other.cases.get(import_bundle(other, bundle))
        assert read(back) == typed
        assert _part(json.loads(dumps_case(back)), where)[key] == value


def _holder(case: Case, where: str) -> Any:
    node: Any = case
    for step in filter(None, where.split(".")):
        node = node[int(step)] if isinstance(node, list) else getattr(node, step)
    return node


@pytest.mark.parametrize(("where", "key"), [(f[0], f[1]) for f in FIELDS],
                         ids=[f[1] for f in FIELDS])  # fmt: skip
def test_the_typed_value_is_not_also_kept_in_extra(store: Store, where: str, key: str) -> None:
    value = next(f[2] for f in FIELDS if f[1] == key)
    case = loads_case(json.dumps(_document(store, key, where, value), ensure_ascii=False))
    assert key not in _holder(case, where).extra


def test_a_document_without_the_keys_is_written_without_them(store: Store) -> None:
    doc = _document(store, None, "", None)
    written = json.loads(dumps_case(loads_case(json.dumps(doc, ensure_ascii=False))))
    for where, key, *_ in FIELDS:
        assert key not in _part(written, where)


@pytest.mark.parametrize(
    ("where", "key", "value"),
    [
        ("events.1", "reached_at", "next week"),
        ("events.1", "promised_by", "2026-11-25 18:00"),  # no offset
        ("evidence.1", "bill_rows", ["row 2"]),
        ("evidence.0", "device", 15),
    ],
)
def test_a_stored_document_with_an_untyped_value_opens_and_keeps_it(
    store: Store, where: str, key: str, value: Any
) -> None:
    """A store written before these fields were typed may hold a value of another shape (it
    rode in `extra` unchecked): the case still opens, the field reads as unset, and the value
    is written back exactly as it was."""
    case_id = store.cases.create(loads_case(json.dumps(_document(store, None, "", None))))
    doc = json.loads(dumps_case(store.cases.get(case_id)))
    _part(doc, where)[key] = value
    text = json.dumps(doc, ensure_ascii=False)
    store.db.execute("UPDATE cases SET doc_json = ? WHERE id = ?", [text, case_id])
    stored = store.cases.get(case_id)
    assert _holder(stored, where).extra[key] == value
    assert json.loads(dumps_case(stored)) == doc
    store.cases.save(case_id, stored)
    assert json.loads(dumps_case(store.cases.get(case_id))) == doc
