"""A command whose reader stops early, as `disputekit … | head -1` does."""

from __future__ import annotations

import subprocess


def first_line_then_stop(cmd: list[str]) -> tuple[str, str, int]:
    """Run `cmd`, read one line of its output and close the pipe; (that line, everything it
    wrote on stderr, its exit code)."""
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline().decode("utf-8")
        proc.stdout.close()
        errors = proc.stderr.read().decode("utf-8")
        return first, errors, proc.wait(timeout=60)
