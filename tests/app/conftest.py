"""Fixtures for the application-layer tests: an opened store in a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from disputekit.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A freshly opened store in a temporary data folder."""
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()
