"""The verbatim statute texts shipped in `assets/legal/articles.json`.

The domain names articles (`disputekit.domain.legal.citations`); documents that quote them
read the text here. The asset is generated from the reference `articles.md` by
`scripts/build_legal_assets.py`.
"""

from __future__ import annotations

import json
from functools import cache

from disputekit.resources import asset


def load_articles() -> dict[tuple[str, str], str]:
    """Every shipped article: (law in 《》, article number 第…条) → verbatim text."""
    return dict(_load())


@cache
def _load() -> tuple[tuple[tuple[str, str], str], ...]:
    # Cached as an immutable tuple; callers get their own dict to change as they like.
    data = json.loads(asset("legal", "articles.json").read_text(encoding="utf-8"))
    return tuple(((item["law"], item["article"]), item["text"]) for item in data)
