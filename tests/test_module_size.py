"""Small modules named for what they hold: none over MAX_LINES lines in the packages listed.

Each package is added here once it has been split; the rest of the code follows."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 300
# Folders (relative to the repository) whose every module must stay within MAX_LINES.
SIZE_CHECKED_PACKAGES = ("disputekit/ui",)


def long_modules(folder: Path, limit: int = MAX_LINES) -> dict[str, int]:
    """Every Python module under `folder` longer than `limit` lines, with its length."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found[path.relative_to(folder).as_posix()] = lines
    return found


def test_no_module_is_longer_than_the_limit() -> None:
    too_long = {
        f"{package}/{name}": lines
        for package in SIZE_CHECKED_PACKAGES
        for name, lines in long_modules(ROOT / package).items()
    }
    assert not too_long, f"modules over {MAX_LINES} lines (split them along a seam): {too_long}"


def test_every_checked_package_exists() -> None:
    # A renamed folder must not turn the check above into one that passes on nothing.
    for package in SIZE_CHECKED_PACKAGES:
        assert list((ROOT / package).rglob("*.py")), package


def test_a_module_one_line_too_long_is_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert long_modules(tmp_path) == {"sub/long.py": MAX_LINES + 1}
