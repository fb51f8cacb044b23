"""Any valid case survives JSON -> store -> JSON unchanged.

The strategies are built from the model's own fields and type hints, so a field added to
the model is generated (and so checked through the parser, the store and the writer) without
a change here. Only the contract's rules that a type cannot say are spelt out below.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disputekit.domain.case.document.case_codec import OMIT_DEFAULT
from disputekit.domain.case.document.case_json import dumps_case, loads_case
from disputekit.domain.case.model import (
    Case,
    Complainant,
    Event,
    EvidenceItem,
    FiledBy,
    Order,
    Respondent,
)
from disputekit.domain.case.parts import FieldSource, Guardian, Timestamp

from .conftest import png_bytes

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=24)
NONBLANK = TEXT.filter(lambda s: s.strip() != "")
OFFSETS = st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))])
INSTANTS = st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31), timezones=OFFSETS)
MONEY = st.integers(0, 10**9).map(lambda cents: Decimal(cents).scaleb(-2))
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text("abc", min_size=1, max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)
# Unknown keys: a prefix no contract key (nor a validated optional key) starts with.
EXTRA = st.dictionaries(
    st.text("xyz_", min_size=1, max_size=6).map(lambda k: f"x_{k}"), JSON_VALUE, max_size=2
)

# What the contract requires beyond the type (case_json validates these).
RULES: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    (Complainant, "id_number"): st.just("") | st.from_regex(r"[0-9]{17}[0-9X]", fullmatch=True),
    (Guardian, "id_number"): st.just("") | st.from_regex(r"[0-9]{17}[0-9X]", fullmatch=True),
    (Respondent, "platform"): NONBLANK,
    (Order, "order_no"): NONBLANK,
    (Order, "ordered_at"): INSTANTS,
    (Order, "quantity"): st.integers(1, 10_000),
    (FiledBy, "name"): NONBLANK,
    (FiledBy, "relation"): NONBLANK,
    (Timestamp, "request_sha256"): st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
    (Timestamp, "imprint"): st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
    (Timestamp, "nonce"): st.integers(1, 2**64).map(str),
    (EvidenceItem, "bill_rows"): st.lists(st.integers(1, 10_000), max_size=3),
    (FieldSource, "evidence"): NONBLANK,
}


def from_hint(hint: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return st.none() | from_hint(inner)
    if origin is list:
        return st.lists(from_hint(typing.get_args(hint)[0]), max_size=3)
    if origin is tuple:
        return st.tuples(*(from_hint(a) for a in typing.get_args(hint)))
    if origin is dict:
        value = typing.get_args(hint)[1]
        if dataclasses.is_dataclass(value):
            return st.dictionaries(TEXT, of_model(value), max_size=2)
        return EXTRA
    if dataclasses.is_dataclass(hint):
        return of_model(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return st.sampled_from(list(hint))
    simple: dict[Any, st.SearchStrategy[Any]] = {
        str: TEXT,
        bool: st.booleans(),
        int: st.integers(0, 10_000),
        # A key frame's time in its recording: seconds, down to the microsecond as PyAV gives.
        float: st.floats(0, 86_399, allow_nan=False, allow_infinity=False),
        Decimal: MONEY,
        datetime: INSTANTS,
        date: st.dates(date(1900, 1, 1), date(2099, 12, 31)),
    }
    return simple[hint]  # a new kind of field type needs a strategy here


def of_model(cls: type) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    return st.builds(
        cls,
        **{
            f.name: RULES[(cls, f.name)] if (cls, f.name) in RULES else from_hint(hints[f.name])
            for f in dataclasses.fields(cls)
        },
    )


@st.composite
def valid_cases(draw: st.DrawFn, shas: list[str]) -> Case:
    """A case from the model's strategies, with ids and references made consistent and
    evidence naming files the vault holds (as the contract and the store require)."""
    case: Case = draw(of_model(Case))
    for n, item in enumerate(case.evidence, 1):
        sha = draw(st.sampled_from(shas))
        _set(item, id=f"e{n}", sha256=sha, file=f"evidence/{sha[:12]}.png")
        if item.derived_from is not None:
            # A redacted copy names its original's SHA-256, a key frame its recording's id.
            item.derived_from = draw(st.sampled_from([*shas, "e1"]))
    ids = [item.id for item in case.evidence]
    for n, event in enumerate(case.events, 1):
        refs = draw(st.lists(st.sampled_from(ids), max_size=2)) if ids else []
        _set(event, id=f"ev{n}", evidence=refs)
    return case


def _set(obj: Event | EvidenceItem, **values: Any) -> None:
    for key, value in values.items():
        setattr(obj, key, value)


def test_any_valid_case_survives_json_store_json(store):
    shas = [store.vault.add_bytes(png_bytes(seed), f"s{seed}.png").sha256 for seed in (1, 2, 3)]

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(valid_cases(shas))
    def round_trip(generated: Case) -> None:
        text = dumps_case(generated)
        parsed = loads_case(text)
        # Field by field too: a key the parser forgot would ride along in `extra`.
        assert parsed == generated
        case_id = store.cases.create(parsed)
        assert store.cases.get(case_id) == generated
        assert dumps_case(store.cases.get(case_id)) == text
        store.cases.save(case_id, store.cases.get(case_id))
        assert dumps_case(store.cases.get(case_id)) == text

    round_trip()


def test_every_model_field_reaches_the_document():
    """The writer and the store's document name every declared field (with its default)."""
    from disputekit.domain.case.document.case_dump import case_to_dict

    case = Case(filed_by=FiledBy(), events=[], evidence=[])
    data = case_to_dict(case)
    for part in ("complainant", "respondent", "order", "filed_by", "claims"):
        written = data[part]
        assert isinstance(written, dict)
        # A field added later is written only once set (OMIT_DEFAULT), so old documents stay.
        names = {
            f.name
            for f in dataclasses.fields(getattr(case, part))
            if f.name != "extra" and not f.metadata.get(OMIT_DEFAULT)
        }
        assert names <= set(written), part
