"""Why a final packet cannot be built: one type shared by every check that can refuse."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Blocker:
    """One reason a final packet cannot be built; `field_path` is a case JSON path if any."""

    code: str
    message_zh: str
    field_path: str | None = None

    def __str__(self) -> str:
        return f"{self.field_path}: {self.message_zh}" if self.field_path else self.message_zh
