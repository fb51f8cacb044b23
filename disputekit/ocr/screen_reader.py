"""Screenshot → fields, with the engine's text lines cached per file hash.

The cache keeps the raw lines rather than the fields, so a better label table applies to
screenshots read before. A file's hash names its entry: evidence is never modified, so an
entry never goes stale; a damaged entry is read again instead of trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from disputekit.domain.ocr.ocr_fields import Reading, TextBox, extract_fields
from disputekit.files.private_files import private_dir

CACHE_VERSION = 1


class LineReader(Protocol):
    """Anything that turns an image file into text lines (the engine, or a test double)."""

    def read(self, path: Path) -> list[TextBox]: ...


def file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class ScreenReader:
    """Reads screenshots; results for a file already read come from `cache_dir`."""

    def __init__(self, engine: LineReader, cache_dir: Path | None) -> None:
        self.engine = engine
        self.cache_dir = cache_dir

    @classmethod
    def default(cls, data_dir: Path | None) -> ScreenReader:
        """The bundled engine, caching under `data_dir/cache/ocr` (no cache without a folder)."""
        from disputekit.ocr.engine import OcrEngine

        return cls(OcrEngine(), data_dir / "cache" / "ocr" if data_dir else None)

    def cached_lines(self, sha256: str) -> list[TextBox] | None:
        """The lines read before from the file with this hash, or None."""
        if self.cache_dir is None:
            return None
        entry = self.cache_dir / f"{sha256}.json"
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION:
                return None
            return [TextBox(**line) for line in data["lines"]]
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def lines(self, path: Path, sha256: str | None = None) -> list[TextBox]:
        """The text lines of the image at `path` (from the cache when read before)."""
        sha = sha256 or file_sha256(path)
        cached = self.cached_lines(sha)
        if cached is not None:
            return cached
        found = self.engine.read(path)
        self._store(sha, found)
        return found

    def read(self, path: Path, sha256: str | None = None) -> Reading:
        """The fields the screenshot at `path` shows."""
        return extract_fields(self.lines(path, sha256))

    def _store(self, sha256: str, lines: list[TextBox]) -> None:
        if self.cache_dir is None:
            return
        data: dict[str, Any] = {
            "version": CACHE_VERSION,
            "lines": [
                {"text": b.text, "x": b.x, "y": b.y, "w": b.w, "h": b.h, "confidence": b.confidence}
                for b in lines
            ],
        }
        tmp: str | None = None
        try:
            private_dir(self.cache_dir)  # OCR text holds what the screenshot shows
            fd, tmp = tempfile.mkstemp(dir=self.cache_dir, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            os.replace(tmp, self.cache_dir / f"{sha256}.json")
            tmp = None
        except OSError:
            pass  # a cache that cannot be written only costs a second reading next time
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
