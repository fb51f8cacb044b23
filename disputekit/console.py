"""The Windows console of the standalone app, hidden when nobody typed the command.

The Windows build is a console program so that `disputekit.exe demo` in a terminal prints
its output. Started from the desktop shortcut or Explorer, Windows gives it a console window
of its own, which would sit behind the app; the GUI path hides and releases it then.
"""

from __future__ import annotations

import sys


def release_own_console() -> bool:
    """Hide and detach the console if this process is its only user (Windows, frozen app);
    returns whether it did. A console shared with a shell (a typed command) is left alone."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False):
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32
    processes = (ctypes.c_uint32 * 2)()
    if kernel32.GetConsoleProcessList(processes, 2) != 1:
        return False
    window = kernel32.GetConsoleWindow()
    if window:
        ctypes.windll.user32.ShowWindow(window, 0)  # SW_HIDE
    return bool(kernel32.FreeConsole())
