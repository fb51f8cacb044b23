"""Temporary files beside an output are recorded before they exist: a process killed at any
moment leaves none that a later start does not know of."""

from __future__ import annotations

from pathlib import Path

import pytest

from disputekit.files import pending_temps, private_files
from disputekit.files.private_files import private_output


class Killed(BaseException):
    """Stands for the process being killed at that instant."""


@pytest.fixture(autouse=True)
def own_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "records"
    monkeypatch.setattr(pending_temps, "registry", lambda: folder)
    return folder


def test_killed_while_recording_leaves_no_unrecorded_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "case.zip"
    out.parent.mkdir()

    def killed(tmp: Path) -> Path | None:
        raise Killed

    monkeypatch.setattr(pending_temps, "record", killed)
    monkeypatch.setattr(private_files, "record", killed, raising=False)
    with pytest.raises(Killed), private_output(out) as (f, _tmp):
        f.write(b"never")
    assert list(out.parent.iterdir()) == []


def test_the_record_names_the_file_before_it_appears(tmp_path: Path, own_registry: Path) -> None:
    fd, tmp, entry = pending_temps.new_temp(tmp_path, ".p.pdf.", ".part")
    try:
        assert entry is not None and entry.read_text(encoding="utf-8") == str(tmp.absolute())
        assert tmp.name.startswith(".p.pdf.") and tmp.name.endswith(".part")
        assert (tmp.stat().st_mode & 0o777) == 0o600 or not hasattr(pending_temps.os, "getuid")
    finally:
        pending_temps.os.close(fd)
    # Its writer gone without a word: the next start's sweep removes file and record.
    entry.rename(entry.with_name(f"999999999-{entry.name.split('-', 1)[1]}"))
    assert pending_temps.sweep() == [tmp]
    assert not tmp.exists() and list(own_registry.iterdir()) == []
