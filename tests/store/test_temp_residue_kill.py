"""Temporary files of a process killed with -9 are owner-only and gone at the next start.

Real processes, killed while they write: an import's extracted copies in
`$TMPDIR/disputekit-import-*`, an export's `.case.zip.XXXX.partial` and a packet's
`.p.pdf.XXXX.part` beside their outputs. The next command (`list`) removes them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.store.test_import_kill import make_bundle

WAIT_S = 60


def _cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    temp = tmp_path / "tmp"
    temp.mkdir()
    return {**os.environ, "TMPDIR": str(temp)}


def _kill_when(cmd: list[str], env: dict[str, str], found: Callable[[], list[Path]]) -> list[Path]:
    """Start `cmd`, kill it -9 as soon as `found()` names something; what was found."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline and proc.poll() is None:
            paths = found()
            if paths:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
                return paths
            time.sleep(0.005)
        pytest.fail(f"{cmd[5]} ended before its temporary files were seen")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _list(data: Path, env: dict[str, str]) -> None:
    subprocess.run(_cli(data, "list"), env=env, check=True, capture_output=True, timeout=60)


def test_an_import_killed_leaves_owner_only_copies_removed_at_the_next_start(tmp_path, env):
    temp, data = Path(env["TMPDIR"]), tmp_path / "data"
    _list(data, env)
    bundle = make_bundle(tmp_path, seed=11)

    def extracted() -> list[Path]:
        folders = list(temp.glob("disputekit-import-*"))
        return [f for f in folders for _ in f.rglob("*.png")][:1]

    (folder,) = _kill_when(_cli(data, "import", str(bundle)), env, extracted)
    assert folder.exists() and _mode(folder) == 0o700
    copies = [p for p in folder.rglob("*") if p.is_file()]
    assert copies and {_mode(p) for p in copies} == {0o600}
    _list(data, env)
    assert not folder.exists()


def test_an_export_and_a_packet_killed_leave_nothing_beside_the_output(tmp_path, env):
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        _cli(data, "import", str(make_bundle(tmp_path, seed=12))), env=env, timeout=120
    )
    assert done.returncode == 0
    packet = _cli(data, "packet", "1", "--kind", "complaint_12315", "--draft")
    (part,) = _kill_when(
        [*packet, "--out", str(out / "p.pdf")], env, lambda: list(out.glob(".p.pdf.*.part"))
    )
    assert _mode(part) == 0o600
    partials: list[Path] = []
    for _attempt in range(5):  # an export of 11 MB may finish before it is seen
        try:
            partials = _kill_when(
                _cli(data, "export", "1", "--out", str(out / "case.zip")),
                env,
                lambda: list(out.glob(".case.zip.*.partial")),
            )
            break
        except pytest.fail.Exception:
            (out / "case.zip").unlink(missing_ok=True)
    assert partials
    for path in partials:
        assert _mode(path) == 0o600
    _list(data, env)
    assert not part.exists() and not any(p.exists() for p in partials)
    assert sorted(p.name for p in out.iterdir()) == []


def test_a_running_writers_temporary_file_is_kept(tmp_path, monkeypatch):
    from disputekit.files import pending_temps

    monkeypatch.setattr(pending_temps.tempfile, "tempdir", str(tmp_path))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    mine, theirs = tmp_path / ".a.zip.x1.partial", tmp_path / ".b.zip.x2.partial"
    stranger = tmp_path / "notes.txt"  # not one of our temporary names
    for path in (mine, theirs, stranger):
        path.write_bytes(b"x")
    kept = pending_temps.record(mine)
    assert kept is not None
    dead = pending_temps.record(theirs)
    assert dead is not None
    dead.rename(dead.with_name(f"{ended.stdout.strip()}-{dead.name.split('-', 1)[1]}"))
    other = pending_temps.record(stranger)
    assert other is not None
    other.rename(other.with_name(f"{ended.stdout.strip()}-z{other.name.split('-', 1)[1]}"))
    assert pending_temps.sweep() == [theirs]
    assert mine.exists() and stranger.exists() and not theirs.exists()
    assert _mode(pending_temps.registry()) == 0o700


def test_the_packet_merge_temp_is_owner_only(tmp_path):
    from reportlab.pdfgen import canvas

    from disputekit.packet.render import merge_pdf_pages

    path = tmp_path / ".p.pdf.x1.part"
    c = canvas.Canvas(str(path))
    c.drawString(100, 700, "x")
    c.save()
    os.chmod(path, 0o600)
    old = os.umask(0o022)
    try:
        merge_pdf_pages(path, [])  # the merged copy replaces the file: its mode is the copy's
    finally:
        os.umask(old)
    assert _mode(path) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
