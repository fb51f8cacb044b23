"""Run the same command-line scenarios against two commits and show what differs.

For refactors that must not change behaviour (moving modules, new application-layer doors):
every command's output (stdout, stderr) and exit code, and the text of each PDF it writes, for
one scenario run in a fresh data folder per commit. Paths and the moment of the run are
normalised; anything else that differs is printed.

    .venv/bin/python scripts/compare_commands.py OLD_COMMIT NEW_COMMIT

Both commits run on this checkout's virtual environment (same dependencies).
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-12-07"
# (label, arguments); {out} is a scratch folder, the data folder is passed by --data-dir.
SCENARIO: list[tuple[str, list[str]]] = [
    ("demo", ["demo"]),
    ("demo again", ["demo"]),
    ("list", ["list"]),
    ("list json", ["list", "--json"]),
    ("list query", ["list", "Q币"]),
    ("show", ["show", "1"]),
    ("show json", ["show", "--json", "1"]),
    ("show missing", ["show", "999"]),
    *[(f"advise {n}", ["advise", "--today", TODAY, str(n)]) for n in (1, 2, 3)],
    ("advise json", ["advise", "--today", TODAY, "--json", "2"]),
    *[
        (f"packet {kind}", ["packet", "1", "--kind", kind, "--out", f"{{out}}/{kind}.pdf"])
        for kind in ("appeal", "complaint_12315", "consumer_association", "civil_complaint")
    ],
    ("packet 2 12315", ["packet", "2", "--kind", "complaint_12315", "--out", "{out}/c2.pdf"]),
    (
        "fill sheet",
        [
            "packet",
            "1",
            "--kind",
            "complaint_12315",
            "--out",
            "{out}/f.pdf",
            "--fill-sheet",
            "{out}/fill.txt",
        ],
    ),
    ("packet bad kind", ["packet", "1", "--kind", "nope"]),
    ("export", ["export", "1", "--out", "{out}/case1.zip"]),
    ("verify bundle", ["verify", "{out}/case1.zip"]),
    ("verify packet", ["verify", "{out}/appeal.pdf"]),
    ("import again", ["import", "{out}/case1.zip"]),
    ("import as new", ["import", "--as-new", "{out}/case1.zip"]),
    ("import missing", ["import", "{out}/nothing.zip"]),
    ("groups", ["groups", "--json"]),
    ("check", ["check"]),
    ("check json", ["check", "--json"]),
    ("gc", ["gc"]),
]


def checkout(commit: str, where: Path) -> Path:
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(where), commit],
        check=True,
    )
    subprocess.run(
        [sys.executable, "-m", "disputekit.ui.shell.i18n_build"],
        cwd=where,
        env={**os.environ, "PYTHONPATH": str(where)},
        capture_output=True,
    )
    return where


def run_scenario(code: Path, base: Path) -> list[str]:
    """Each step's normalised record, in order."""
    data, out = base / "data", base / "out"
    shutil.rmtree(base, ignore_errors=True)
    out.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(code), "QT_QPA_PLATFORM": "offscreen"}
    records = []
    for label, args in SCENARIO:
        argv = [a.replace("{out}", str(out)) for a in args]
        done = subprocess.run(
            [sys.executable, "-m", "disputekit", "--data-dir", str(data), *argv],
            cwd=base,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )
        text = f"## {label}: exit {done.returncode}\n{done.stdout}\n--- stderr\n{done.stderr}"
        for pdf in sorted(out.glob("*.pdf")):
            if pdf.stat().st_mtime_ns > 0 and label.startswith(("packet", "fill")):
                pages = PdfReader(pdf).pages
                text += f"\n--- {pdf.name}: {len(pages)} pages\n"
                text += "\n".join(page.extract_text() or "" for page in pages)
        for sheet in out.glob("*.txt"):
            text += f"\n--- {sheet.name}\n{sheet.read_text(encoding='utf-8')}"
            sheet.unlink()
        for pdf in out.glob("*.pdf"):
            pdf.rename(pdf.with_suffix(".seen"))
        records.append(normalise(text, base))
    for seen in out.glob("*.seen"):
        seen.rename(seen.with_suffix(".pdf"))
    return records


_MOMENT = re.compile(r"20\d\d-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:?\d\d|Z)?")
_MOMENT_ZH = re.compile(r"(20\d\d)年(\d\d?)月(\d\d?)日 \d\d:\d\d")


def normalise(text: str, base: Path) -> str:
    text = text.replace(str(base), "<RUN>")
    text = _MOMENT.sub(lambda m: "<TIME>" if m.group(0)[:10] >= TODAY else m.group(0), text)
    return _MOMENT_ZH.sub(
        lambda m: "<TIME>" if f"{m[1]}-{int(m[2]):02}-{int(m[3]):02}" >= TODAY else m[0], text
    )


def main() -> int:
    old, new = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        results = []
        for name, commit in (("old", old), ("new", new)):
            code = checkout(commit, root / f"code-{name}")
            try:
                # Same path for both runs, so paths printed inside PDFs compare equal.
                results.append(run_scenario(code, root / "run"))
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(code)], check=True
                )
    differing = 0
    for (label, _), a, b in zip(SCENARIO, *results, strict=True):
        if a != b:
            differing += 1
            print(f"### {label} differs")
            sys.stdout.writelines(
                difflib.unified_diff(a.splitlines(True), b.splitlines(True), "old", "new", n=1)
            )
    print(f"{len(SCENARIO)} steps, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
