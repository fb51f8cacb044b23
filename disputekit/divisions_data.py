"""The shipped administrative-division table (`assets/divisions/gb2260.tsv`), parsed once.

The domain reads addresses by a table it is given (`disputekit.domain.legal.divisions`); reading the
file happens here, outside the domain, so the domain stays free of I/O.
"""

from __future__ import annotations

from functools import cache

from disputekit.domain.legal.divisions import Divisions, parse_table
from disputekit.resources import asset


@cache
def load_divisions() -> Divisions:
    """The table shipped with the app (read-only, so one cached copy is shared)."""
    return parse_table(asset("divisions", "gb2260.tsv").read_text("utf-8"))
