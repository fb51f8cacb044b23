"""The data folder's caches go with the evidence: a withheld original's pictures and OCR text
at once, and after a case is deleted `gc` removes every cache entry no case still uses."""

from __future__ import annotations

import json
from pathlib import Path

from disputekit.cli import main
from disputekit.ocr.screen_reader import ScreenReader, TextBox
from disputekit.store import Store


class PhoneReader:
    """An OCR engine that reads the phone number a redaction then blacks out."""

    def read(self, path: Path) -> list[TextBox]:
        return [TextBox("手机号 13812345678", 10, 10, 200, 20, 0.99)]


def cached_sources(home: Path) -> set[str]:
    names = [p.name for p in (home / "cache").rglob("*") if p.is_file()]
    return {name[:64] for name in names}


def screenshots(home: Path, case_id: int) -> dict[str, str]:
    with Store.open(home) as store:
        case = store.cases.get(case_id)
        return {
            item.id: item.sha256 or ""
            for item in case.evidence
            if (item.file or "").lower().endswith((".png", ".jpg", ".jpeg"))
        }


def test_withheld_and_deleted_evidence_leave_no_cache(tmp_path, capsys):
    home = tmp_path / "home"
    base = ["--data-dir", str(home)]
    assert main([*base, "demo"]) == 0
    shots = screenshots(home, 3)
    others = set(screenshots(home, 2).values())
    assert shots and others
    for case_id in ("2", "3"):
        out = tmp_path / f"{case_id}.pdf"
        packet = ["packet", case_id, "--kind", "appeal", "--draft", "--out", str(out)]
        assert main([*base, *packet]) == 0
        assert out.is_file()
    reader = ScreenReader(PhoneReader(), home / "cache" / "ocr")
    with Store.open(home) as store:
        for sha in shots.values():
            reader.lines(store.vault.path(sha), sha)
    assert set(shots.values()) | others <= cached_sources(home)
    # Redacting a screenshot withholds the original: its pictures and text go at once.
    evidence_id, original = next(iter(shots.items()))
    assert main([*base, "redact", "3", evidence_id, "--box", "0,0,50,50"]) == 0
    assert original not in cached_sources(home)
    assert not list((home / "cache" / "ocr").glob(f"{original}*"))
    assert set(shots.values()) - {original} <= cached_sources(home)
    # The case deleted, gc leaves nothing of it in the caches; case 2's stay.
    with Store.open(home) as store:
        store.cases.delete(3)
    capsys.readouterr()
    assert main([*base, "gc", "--grace-minutes", "0"]) == 0
    left = cached_sources(home)
    assert not left & (set(shots.values()) - others)
    assert others <= left
    for entry in (home / "cache" / "ocr").glob("*.json"):
        lines = json.loads(entry.read_text(encoding="utf-8"))["lines"]
        assert all("13812345678" not in line["text"] for line in lines)
