"""The pictures of docs/volunteer-guide.md: one demo case taken from advice to a 12315 filing.

Runs the real app in Chinese under Xvfb (helpers from scripts/screenshots.py), with the clock
fixed so the countdowns in the pictures match the guide's text:

    .venv/bin/python scripts/guide_screenshots.py [--out docs/guide]

Edits are made the way the tabs make them (the session's `save`), and dialogs are grabbed
while shown, never executed.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, settle, virtual_display

CLOCK = (2026, 11, 25, 10, 0)


def shrink(path: Path) -> None:
    """A 256-colour palette keeps UI text crisp at about a third of the bytes."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def capture(out: Path) -> list[Path]:
    """Walk the delivered-not-credited demo case through appeal and complaint; grab each step."""
    import os

    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from disputekit.domain.case.model import Event, FiledBy
    from disputekit.domain.case.vocabulary import EventKind, Outcome, PacketKind
    from disputekit.store.demo.demo_set import add_demo_cases, find_demo_cases
    from disputekit.timeutil import SHANGHAI
    from disputekit.ui.shell.app import build_app
    from disputekit.ui.shell.tool_windows import ToolWindows
    from disputekit.ui.timeline.event_dialog import EventDialog

    def at(*parts: int) -> datetime:
        return datetime(*parts, tzinfo=SHANGHAI)

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dk-guide-") as tmp:
        parts = build_app(tmp, language="zh_CN")
        try:
            add_demo_cases(parts.store)
            case_id = find_demo_cases(parts.store)["delivered_not_credited"]
            parts.services.clock = lambda: at(*CLOCK)
            window, session = parts.window, parts.window.session
            window.resize(1440, 900)
            window.move(0, 0)
            window.show()
            settle(parts.app)
            window.case_list.reload()
            window.request_case(case_id)

            def shot(name: str, widget: object = None) -> None:
                settle(parts.app)
                path = out / f"{name}.png"
                (widget or window).grab().save(str(path), "PNG")  # type: ignore[attr-defined]
                shrink(path)
                written.append(path)

            def add(event: Event) -> None:
                case = session.case
                session.save(dataclasses.replace(case, events=[*case.events, event]))

            window.show_tab("advice")
            shot("01-advice-appeal")
            window.show_tab("timeline")
            shot("02-timeline")
            draft = Event(
                session.case.new_event_id(), at(2026, 11, 23, 10, 0), EventKind.APPEAL_FILED
            )
            dialog = EventDialog(session.case, draft, parts.store.vault.thumbnail, window)
            dialog.note_edit.setPlainText(
                "在订单详情中提交“订单申诉”，附订单截图、支付记录、聊天记录"
            )
            dialog.show()
            shot("03-event-dialog", dialog)
            note = dialog.note_edit.toPlainText()
            # done(), not close(): the note is saved below as the event, and close() would stop
            # at the dialog's unsaved-changes question.
            dialog.done(0)
            add(dataclasses.replace(draft, note=note))
            window.show_tab("deadlines")
            shot("04-deadlines")
            window.show_tab("packet")
            packet = window.tab("packet")
            packet.generate()
            parts.services.tasks.wait_all()
            settle(parts.app, rounds=40, pause=0.05)  # the preview renders in a thread
            shot("05-packet-appeal")
            add(
                Event(
                    session.case.new_event_id(),
                    at(2026, 11, 25, 9, 30),
                    EventKind.APPEAL_RESULT,
                    note="申诉驳回：平台称充值已成功",
                    outcome=Outcome.NEGATIVE,
                )
            )
            window.show_tab("advice")
            shot("06-advice-12315")
            window.show_tab("packet")
            packet.set_kind(PacketKind.COMPLAINT_12315)
            shot("07-packet-blockers")
            case = session.case
            respondent = dataclasses.replace(
                case.respondent, address="广东省深圳市南山区科技园某路 1 号"
            )
            session.save(
                dataclasses.replace(
                    case,
                    respondent=respondent,
                    filed_by=FiledBy(name="林晓", phone="13700000000", relation="volunteer"),
                )
            )
            packet.generate()
            parts.services.tasks.wait_all()
            settle(parts.app, rounds=40, pause=0.05)  # the preview renders in a thread
            shot("08-packet-12315")
            packet.right.setCurrentIndex(1)
            sheet = packet.fill_sheet
            for key in list(sheet.ticks)[:2]:  # two fields filled in: 已填 2/N, on to the third
                sheet.ticks[key].click()
            settle(parts.app)
            shot("09-fill-sheet")
            add(
                Event(
                    session.case.new_event_id(),
                    at(2026, 11, 25, 9, 50),
                    EventKind.COMPLAINT_FILED,
                    note="在全国12315平台提交投诉，附投诉材料PDF",
                )
            )
            window.show_tab("timeline")
            shot("10-timeline-complaint")
            # Eight days on: the regulator's 7-working-day acceptance period ends tomorrow.
            parts.services.clock = lambda: at(2026, 12, 3, 16, 0)
            session.reload()
            extras = window.findChild(ToolWindows)
            extras.reminder.check()
            window.show_tab("deadlines")
            shot("11-deadlines-due-soon")
            reminders = extras.show_reminders()
            reminders.resize(1100, 260)
            shot("12-reminders", reminders)
            dashboard = extras.show_dashboard()
            parts.services.tasks.wait_all()
            dashboard.resize(1100, 640)
            shot("13-dashboard", dashboard)
            window.close()
        finally:
            parts.store.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description="Pictures for docs/volunteer-guide.md")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide")
    args = parser.parse_args()
    with virtual_display("1600x1000"):
        for path in capture(args.out):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
