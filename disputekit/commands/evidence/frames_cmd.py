"""`disputekit frames CASE_ID VIDEO [--json]`: keep a screen recording in a case with its key
frames, and print them.

The recording is kept untouched as evidence (kind `screen_recording`); each key frame is a
PNG evidence item of its own, derived from the recording, with its time in the recording and
its SHA-256. `--json` prints `{"recording": {"evidence_id", "sha256"}, "frames": [{"evidence_id",
"at_seconds", "sha256"}, …]}`. Exit codes: 0 done; 1 refused (reasons on stderr, the recording
still kept when only its frames could not be taken); 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.messages import msg

if TYPE_CHECKING:
    from disputekit.app.workspace import Workspace


def register(subparsers: Any) -> None:
    """Add the `frames` command."""
    p = subparsers.add_parser(
        "frames",
        help="keep a screen recording with its key frames in a case",
        description="Keep a screen recording (MP4, MOV, WebM) in the case as evidence, take "
        "one key frame per screen it shows (timed by the recording itself) and keep each as "
        "a PNG evidence item derived from it; prints them. Key frames need the [video] extra.",
    )
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("video", metavar="VIDEO", type=Path, help="the recording file")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Keep the recording, take its key frames, print them."""
    from disputekit.app.evidence.recording_frames import VideoError, keep_recording, take_frames

    def body(workspace: Workspace) -> int:
        recording_id = workspace.run(keep_recording, args.case_id, args.video)
        try:
            taken = workspace.run(take_frames, args.case_id, recording_id)
        except VideoError as exc:
            recording = workspace.case(args.case_id).evidence_by_id(recording_id)
            sha = (recording.sha256 if recording is not None else None) or ""
            _print(args, recording_id, sha, [])
            return fail(msg("cli.frames.no_frames", id=recording_id, reason=exc.text))
        _print(args, recording_id, taken.recording_sha256, taken.frames)
        if taken.note:
            print(text(taken.note), file=sys.stderr)
        return 0

    return with_store(args, body, writes=True)


def _print(args: argparse.Namespace, recording_id: str, sha: str, frames: list[Any]) -> None:
    from disputekit.video.keyframes import clock_text

    if args.json:
        data = {
            "recording": {"evidence_id": recording_id, "sha256": sha},
            "frames": [
                {"evidence_id": f.evidence_id, "at_seconds": f.at_seconds, "sha256": f.sha256}
                for f in frames
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    print(text(msg("cli.frames.recording", id=recording_id, sha=sha)))
    for f in frames:
        print(
            text(
                msg("cli.frames.frame", id=f.evidence_id, at=clock_text(f.at_seconds), sha=f.sha256)
            )
        )
    print(text(msg("cli.frames.count", count=len(frames))))
