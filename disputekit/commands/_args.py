"""Argument checks shared by the commands: numbers in range and output paths one can write.

A bad option is a usage error (exit 2, from argparse); an output path that cannot be written
is named in one line (exit 1) before any work is done, instead of a traceback at the end.
"""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import Callable
from pathlib import Path


def number_at_least(low: float, kind: Callable[[str], float] = float) -> Callable[[str], float]:
    """An argparse type: a finite number of `kind` that is at least `low`."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value) or value < low:
            raise argparse.ArgumentTypeError(f"{text!r} must be a number of at least {low:g}")
        return value

    return parse


def output_problem(path: Path) -> str | None:
    """Why a file cannot be written at `path`, or None when it can."""
    if not path.name or path.name in (".", ".."):
        return f"{str(path)!r} is not a file name"
    if path.is_dir():
        return f"{path} is a folder; give a file name inside it"
    parent = path.parent
    if not parent.is_dir():
        return f"{parent} does not exist"
    if not os.access(parent, os.W_OK):
        return f"{parent} is not writable"
    return None
