"""Keep `translations/disputekit_<lang>.ts` in step with the tr() strings of the ui sources.

Run by `scripts/update-translations`. Two steps:

1. fold: any other `*_<lang>.ts` in the folder (a per-feature file from an older branch) is
   merged into the one file per language, its finished translations kept, and then removed;
2. lupdate (from the PySide6 wheel) over every `disputekit/ui/**/*.py`: new strings are added as
   unfinished, strings no longer in the sources are dropped. Locations are left out so that two
   branches adding strings do not conflict on line numbers.

The result still needs a translator for the unfinished entries (tests fail until then).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from disputekit.ui.shared.language.i18n import CHINESE, translations_dir

TS_PREFIX = "disputekit"


def ts_path(language: str = CHINESE, folder: Path | None = None) -> Path:
    """The single .ts file of `language`."""
    return (folder or translations_dir()) / f"{TS_PREFIX}_{language}.ts"


def ui_sources() -> list[Path]:
    """Every Python source under disputekit/ui, in a stable order."""
    root = Path(__file__).resolve().parents[1] / "disputekit" / "ui"
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_command() -> list[str]:
    """The lupdate executable from the PySide6 wheel (or the pyside6-lupdate wrapper)."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate"
    )
    if bundled.is_file():
        return [str(bundled)]
    wrapper = shutil.which("pyside6-lupdate")
    if wrapper:
        return [wrapper]
    raise FileNotFoundError("lupdate not found: is the PySide6 wheel installed?")


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    out: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def fold(language: str = CHINESE, folder: Path | None = None) -> list[Path]:
    """Merge every other `*_<language>.ts` in `folder` into the single file; returns the files
    folded (and removed). A finished translation in the single file wins over a folded one."""
    target = ts_path(language, folder)
    others = sorted(
        p for p in target.parent.glob(f"*_{language}.ts") if p.resolve() != target.resolve()
    )
    if not others:
        return []
    merged: dict[tuple[str, str, str], ET.Element] = {}
    for ts in others:
        merged.update(_messages(ts))
    if target.is_file():
        for key, message in _messages(target).items():
            translation = message.find("translation")
            if key not in merged or (translation is not None and not translation.get("type")):
                merged[key] = message
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for key in sorted(merged):
        context = contexts.get(key[0])
        if context is None:
            context = contexts[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = key[0]
        for location in merged[key].findall("location"):
            merged[key].remove(location)
        context.append(merged[key])
    ET.indent(root)
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)
    for ts in others:
        ts.unlink()
        ts.with_suffix(".qm").unlink(missing_ok=True)
    return others


def lupdate(ts: Path, sources: list[Path] | None = None) -> str:
    """Run lupdate over `sources` (default: the ui sources) into `ts`; returns its report."""
    files = [str(p) for p in (sources if sources is not None else ui_sources())]
    done = subprocess.run(
        [*lupdate_command(), *files, "-ts", str(ts), "-locations", "none", "-no-obsolete"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout + done.stderr


def main() -> int:
    """Entry point for `python scripts/i18n_update.py`."""
    for folded in fold():
        print(f"folded {folded.name} into {ts_path().name}")
    print(lupdate(ts_path()).strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
