"""Argument checks shared by the commands: numbers in range, days, and output paths one can
write.

A bad option is a usage error (exit 2, from argparse); an output path that cannot be written
is named in one line (exit 1) before any work is done, instead of a traceback at the end.
"""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from disputekit.messages import msg, os_reason


def number_at_least(low: float, kind: Callable[[str], float] = float) -> Callable[[str], float]:
    """An argparse type: a finite number of `kind` that is at least `low`."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):  # also "nan" and "inf", which float() takes
            raise argparse.ArgumentTypeError(msg("cli.not_a_number", text=text))
        if value < low:
            raise argparse.ArgumentTypeError(msg("cli.number_too_small", text=text, low=f"{low:g}"))
        return value

    return parse


def day(text: str) -> date:
    """An argparse type: a calendar day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("cli.not_a_day", text=text)) from None


def output_problem(path: Path) -> str | None:
    """Why a file cannot be written at `path`, or None when it can."""
    if not path.name or path.name in (".", ".."):
        return msg("cli.path.no_name", path=str(path))
    try:
        if path.is_dir():
            return msg("cli.path.folder", path=str(path))
        parent = path.parent
        if not parent.is_dir():
            return msg("cli.path.no_parent", parent=str(parent))
    except OSError as exc:  # a name longer than the file system allows, …
        return os_reason(exc)
    if not os.access(parent, os.W_OK):
        return msg("cli.path.not_writable", parent=str(parent))
    return None
