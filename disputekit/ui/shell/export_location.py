"""Before a bundle leaves the machine: photos that carry where they were taken.

A receipt photographed at home tells whoever receives the bundle where the buyer lives. The
user is asked once per export; the vault originals are never changed either way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from disputekit.app.workspace import Workspace

# Names listed in the question before "…": the dialog must fit a 768-pixel screen.
MAX_NAMES = 8


# A plain name lupdate recognises, so the update script finds every string here.
translate = QCoreApplication.translate


def ask_strip_location(
    parent: QWidget, workspace: Workspace, case_id: int, include_withheld: bool = False
) -> bool | None:
    """True: export location-free copies; False: export as they are; None: cancelled.
    No question (False) when no exported evidence file carries a location."""
    # The bundle code (zip, BagIt, Pillow) loads on the first export, not before the window
    # first paints (the menus that call this are built at start-up).
    from disputekit.app.bundles import photos_with_location

    located = workspace.run(photos_with_location, case_id, include_withheld)
    if not located:
        return False
    names = [
        f"{item.evidence_id} · {item.original_name or item.file}" for item in located[:MAX_NAMES]
    ]
    if len(located) > MAX_NAMES:
        names.append("…")
    Button = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        translate("ExportLocation", "Location in photos"),
        translate(
            "ExportLocation",
            "{count} evidence photos record where they were taken (GPS), which may reveal "
            "your home address:\n{names}\n\nRemove the location from the exported copies? "
            "The originals on this computer stay unchanged.",
        ).format(count=len(located), names="\n".join(names)),
        Button.Yes | Button.No | Button.Cancel,
        Button.Yes,
    )
    if answer == Button.Cancel:
        return None
    return answer == Button.Yes
