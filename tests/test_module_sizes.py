"""Small modules: no module of the checked layers grows past 300 lines.

A module that long holds more than one thing; split it where its work divides (see
docs/architecture.md for where each part lives). The message catalogs are data tables and
are not counted. A layer joins SIZE_CHECKED_LAYERS once it has been split.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import disputekit

PACKAGE = Path(disputekit.__file__).resolve().parent
MAX_LINES = 300
# Folders under disputekit/ whose every module must stay within MAX_LINES.
SIZE_CHECKED_LAYERS = ["domain", "store", "bills", "ui"]


def long_modules(folder: Path, limit: int = MAX_LINES) -> dict[str, int]:
    """Every Python module under `folder` longer than `limit` lines, with its length."""
    lengths = {
        p.relative_to(folder).as_posix(): len(p.read_text("utf-8").splitlines())
        for p in sorted(folder.rglob("*.py"))
    }
    return {name: n for name, n in lengths.items() if n > limit}


@pytest.mark.parametrize("layer", SIZE_CHECKED_LAYERS)
def test_no_module_of_the_layer_is_over_300_lines(layer: str) -> None:
    assert list((PACKAGE / layer).rglob("*.py")), f"no modules found under {layer}/"
    too_long = long_modules(PACKAGE / layer)
    assert not too_long, f"split these modules of {layer}/ (lines): {too_long}"


def test_a_module_one_line_too_long_is_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert long_modules(tmp_path) == {"sub/long.py": MAX_LINES + 1}
