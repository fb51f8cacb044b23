"""Small modules: no module of the domain, the store or the bills grows past 300 lines.

A module that long holds more than one thing; split it where its work divides (see
docs/architecture.md for where each part lives). The message catalogs are data tables and
are not counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import disputekit

PACKAGE = Path(disputekit.__file__).resolve().parent
MAX_LINES = 300


@pytest.mark.parametrize("layer", ["domain", "store", "bills"])
def test_no_module_of_the_layer_is_over_300_lines(layer: str) -> None:
    modules = sorted((PACKAGE / layer).rglob("*.py"))
    assert modules, f"no modules found under {layer}/"
    lengths = {
        p.relative_to(PACKAGE).as_posix(): len(p.read_text("utf-8").splitlines()) for p in modules
    }
    too_long = {name: n for name, n in lengths.items() if n > MAX_LINES}
    assert not too_long, f"split these modules (lines): {too_long}"
