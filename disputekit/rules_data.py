"""The shipped 12315 rulebook (`assets/legal/rules_12315.json`), parsed once.

The domain parses rules it is given (`disputekit.domain.deadlines.rulebook`); reading the file
happens here, outside the domain, so the domain stays free of I/O.
"""

from __future__ import annotations

import json
from functools import cache

from disputekit.domain.deadlines.rulebook import Rulebook, parse_rulebook
from disputekit.resources import asset


@cache
def load_rulebook() -> Rulebook:
    """The rulebook shipped with the app (immutable, so one cached copy is shared)."""
    return parse_rulebook(json.loads(asset("legal", "rules_12315.json").read_text("utf-8")))
