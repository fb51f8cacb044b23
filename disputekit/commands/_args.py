"""Argument checks shared by the commands: numbers in range, days, and output paths one can
write.

A bad option is a usage error (exit 2, from argparse); an output path that cannot be written
is named in one line (exit 1) before any work is done, instead of a traceback at the end.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import date
from pathlib import Path

from disputekit.app.output_paths import output_refusal
from disputekit.messages import msg


def number_at_least(
    low: float, kind: Callable[[str], float] = float, high: float | None = None
) -> Callable[[str], float]:
    """An argparse type: a finite number of `kind` that is at least `low` (and at most
    `high`), written in ASCII (Python's int() also takes "３" and "٣")."""

    def parse(text: str) -> float:
        try:
            value = kind(text) if text.isascii() else math.nan
        except (ValueError, OverflowError):
            value = math.nan
        if not math.isfinite(value):  # also "nan" and "inf", which float() takes
            raise argparse.ArgumentTypeError(msg("cli.not_a_number", text=text))
        if value < low:
            raise argparse.ArgumentTypeError(msg("cli.number_too_small", text=text, low=f"{low:g}"))
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(
                msg("cli.number_too_large", text=text, high=f"{high:.15g}")
            )
        return value

    return parse


def whole_number(text: str) -> int:
    """An argparse type: a case id, a row number: ASCII digits 0-9 only (int() would also take
    "３", "٣", " 3" and "1_0", and fail with a traceback on "²")."""
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(msg("cli.not_a_whole_number", text=text))
    return int(text)


def day(text: str) -> date:
    """An argparse type: a calendar day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("cli.not_a_day", text=text)) from None


def output_problem(path: Path, data_dir: str | Path | None = None) -> str | None:
    """Why a file cannot be written at `path`, or None when it can: never inside the data
    folder (`data_dir`, None: the default one), never over a device, pipe or folder."""
    problem = output_refusal(path, data_dir)
    return None if problem is None else str(problem)
