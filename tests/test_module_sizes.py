"""Small modules: no module of DisputeKit grows past 300 lines.

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
# Every package under disputekit/, each checked on its own so a failure names it.
SIZE_CHECKED_LAYERS = sorted(p.parent.name for p in PACKAGE.glob("*/__init__.py"))
# Data tables, one entry per line, not code: exempt from the limit.
DATA_TABLES = {"catalog_zh_CN.py", "catalog_en.py"}


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
    too_long = {
        name: n
        for name, n in long_modules(PACKAGE / layer).items()
        if not (layer == "messages" and name in DATA_TABLES)
    }
    assert not too_long, f"split these modules of {layer}/ (lines): {too_long}"


def test_the_top_level_modules_are_under_300_lines() -> None:
    lengths = {p.name: len(p.read_text("utf-8").splitlines()) for p in PACKAGE.glob("*.py")}
    assert not {name: n for name, n in lengths.items() if n > MAX_LINES}


def test_every_package_is_checked() -> None:
    expected = {"app", "bills", "commands", "domain", "messages", "ocr", "packet", "store", "ui"}
    assert expected <= set(SIZE_CHECKED_LAYERS)


def test_a_module_one_line_too_long_is_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert long_modules(tmp_path) == {"sub/long.py": MAX_LINES + 1}


MAX_SIDE_BY_SIDE = 15


def crowded_folders(root: Path, limit: int = MAX_SIDE_BY_SIDE) -> dict[str, int]:
    """Every folder under `root` holding more than `limit` modules side by side."""
    counts: dict[str, int] = {}
    for p in root.rglob("*.py"):
        if p.name != "__init__.py" and "__pycache__" not in p.parts:
            key = p.parent.relative_to(root).as_posix()
            counts[key] = counts.get(key, 0) + 1
    return {folder: n for folder, n in counts.items() if n > limit}


def test_no_folder_holds_more_than_15_modules_side_by_side() -> None:
    """A folder of more holds more than one subject: group its modules into folders by what
    they are about (docs/architecture.md, "Folders")."""
    assert not crowded_folders(PACKAGE)


def test_a_crowded_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for i in range(MAX_SIDE_BY_SIDE + 1):
        (tmp_path / "sub" / f"m{i}.py").write_text("", encoding="utf-8")
    (tmp_path / "sub" / "__init__.py").write_text("", encoding="utf-8")
    for i in range(MAX_SIDE_BY_SIDE):
        (tmp_path / f"m{i}.py").write_text("", encoding="utf-8")
    assert crowded_folders(tmp_path) == {"sub": MAX_SIDE_BY_SIDE + 1}
