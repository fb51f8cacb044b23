"""`import PATH PATH… | FOLDER`: each bundle or case file in turn, then a summary (imported,
skipped as already stored, refused with why). Exit 1 when anything was refused."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Literal

from disputekit.app.import_many import import_many
from disputekit.app.workspace import Workspace
from disputekit.commands._lang import text
from disputekit.commands._store import with_store
from disputekit.messages import msg


def run_import_many(
    paths: list[Path], if_stored: Literal["skip", "copy", "update"], args: argparse.Namespace
) -> int:
    """Import every path (folders expanded) and print what became of each."""

    def body(workspace: Workspace) -> int:
        summary = workspace.run(import_many, paths, if_stored)
        for path, done in summary.done:
            if done.outcome == "skipped":
                print(text(msg("cli.import.skipped", name=path.name, case_id=done.case_id)))
            elif done.outcome == "updated":
                print(text(msg("cli.import.updated", name=path.name, case_id=done.case_id)))
            else:
                print(text(msg("cli.import.imported", case_id=done.case_id, platform=done.platform,
                               order_no=done.order_no, count=done.evidence_count)))  # fmt: skip
        for path, reason in summary.refused:
            print(
                text(msg("cli.import_many.refused", path=str(path), reason=reason)), file=sys.stderr
            )
        imported = summary.count("imported") + summary.count("updated")
        summed = msg("cli.import_many.summary", imported=imported,
                     skipped=summary.count("skipped"), refused=len(summary.refused))  # fmt: skip
        print(text(summed))
        return 1 if summary.refused else 0

    return with_store(args, body, writes=True)
