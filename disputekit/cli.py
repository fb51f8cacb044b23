"""The command line: `disputekit [--data-dir DIR] [--lang zh|en] COMMAND …`; no command opens
the GUI.

Each module in `disputekit.commands` contributes its sub-commands through
`register(subparsers)`, setting `func(args) -> int` on its parser. Exit codes: 0 ok,
1 validation or verification failed (reasons on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from disputekit import __version__, commands
from disputekit.commands._lang import set_language, text


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every command module's sub-commands."""
    parser = argparse.ArgumentParser(
        prog="disputekit",
        description="DisputeKit 卡盟订单维权助手: advice, deadlines, evidence, complaint packets.",
    )
    parser.add_argument("--version", action="version", version=f"disputekit {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $DISPUTEKIT_HOME, else the user data directory)",
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "zh_CN", "en"),
        default="zh_CN",
        help="language of the messages printed: zh (Chinese, the default) or en (English)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.set_defaults(func=_run_gui)
    # Command modules sit in folders by what they work on; help lists them by module name.
    found = pkgutil.walk_packages(commands.__path__, f"{commands.__name__}.")
    names = [m.name for m in found if not m.ispkg]
    for name in sorted(names, key=lambda n: n.rpartition(".")[2]):
        if name.rpartition(".")[2].startswith("_"):  # shared helpers, not commands
            continue
        importlib.import_module(name).register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from disputekit.console import release_own_console
    from disputekit.ui.shell.app import run_app  # Qt only when the GUI is wanted

    release_own_console()  # the Windows app started from its shortcut: no console window

    return run_app(data_dir=args.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` and run the command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    func = getattr(args, "func", _run_gui)
    if func is not _run_gui:  # the window clears them itself once it is on screen
        _clear_leftovers()
    from disputekit.pdf_logging import quiet_pypdf

    quiet_pypdf()  # `verify` reads a packet's attachments with pypdf too
    try:
        return int(func(args))
    except KeyboardInterrupt:
        from disputekit.messages import msg

        print(text(msg("cli.interrupted")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped reading (`disputekit bill year.csv | head`): stop quietly, as
        # cat does, with stdout on devnull so the interpreter's last flush cannot fail too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a writer killed by it


def _clear_leftovers() -> None:
    """Remove what killed DisputeKit processes left in the temporary folder and beside their
    outputs (only ended processes' or stale ones: another may be running right now)."""
    from disputekit.store.leftovers import remove_temp_leftovers

    remove_temp_leftovers()


def gui_main() -> int:
    """Entry point for desktop launchers: the GUI, honouring a global `--data-dir`."""
    return main([*sys.argv[1:], "gui"])
