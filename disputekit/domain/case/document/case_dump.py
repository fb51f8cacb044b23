"""Writing a `Case` back as contract JSON: key order, money as strings, unknown keys kept.

The keys and their order come from the model's fields (`case_codec`), so a field added to
the model is written without a change here.
"""

from __future__ import annotations

import json
from typing import Any

from disputekit.domain.case.document.case_codec import decode, encode
from disputekit.domain.case.model import CASE_FORMAT, Case

FORMAT_KEY = "format"


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as plain JSON data in the contract's key order (money as strings)."""
    return {FORMAT_KEY: CASE_FORMAT, **encode(case)}


def case_from_document(data: dict[str, Any]) -> Case:
    """The case from `case_to_dict`'s output, without validating it (the store's own
    documents, drafts included); text from outside goes through `case_json.loads_case`."""
    return decode(Case, data, ignore=frozenset({FORMAT_KEY}))


def dumps_case(case: Case) -> str:
    """The case as pretty UTF-8 JSON text (Chinese kept readable)."""
    text = json.dumps(case_to_dict(case), ensure_ascii=False, indent=2)
    return text + "\n"
