"""pypdf reports what it repaired while reading (a wrong xref offset, a stray object) as log
lines. Where nothing configures logging, Python prints them on stderr around a successful
result ("incorrect startxref pointer(1)"), in English, as if something had failed. DisputeKit
says in its own words what it refuses; pypdf's warnings are silenced where it is used.
"""

from __future__ import annotations

import logging


def quiet_pypdf() -> None:
    """Keep pypdf's warnings (repairs it made while reading) off the user's screen."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
