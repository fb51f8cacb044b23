"""`disputekit receive CASE_ID [--bind ADDR] [--port N] [--minutes M] [--max-mb N] [--yes]`:
receive files from a phone's browser over the local network into a case.

Prints the page's address and its QR code, then each file as it arrives; a batch is added to
the case when the user answers y (or at once with --yes). Serves until the time is up or
Ctrl-C; then the port is closed and whatever was not accepted is deleted. Only a private
(LAN) or loopback IPv4 address is served; the default is this computer's LAN address.
Exit codes: 0 ended; 1 refused (address, port, case, data folder); 2 usage.
"""

from __future__ import annotations

import argparse
import queue
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disputekit.commands._args import number_at_least
from disputekit.commands._lang import text
from disputekit.commands._store import fail, with_store
from disputekit.messages import msg

if TYPE_CHECKING:
    from disputekit.app.workspace import Workspace

MAX_MINUTES = 60


def register(subparsers: Any) -> None:
    """Add the `receive` command."""
    p = subparsers.add_parser(
        "receive",
        help="receive files from a phone's browser over the local network into a case",
        description="Serve an upload page on the local network for a while: open the printed "
        "address (or scan the QR code) on the phone, pick files, and they are added to the case "
        "as evidence, hashed on receipt. Upload contract: one raw-body POST a file to "
        "ADDRESS/upload?name=FILE_NAME, e.g. "
        "curl --data-binary @x.png 'ADDRESS/upload?name=x.png'.",
    )
    p.add_argument("case_id", metavar="CASE_ID", type=int)
    p.add_argument("--bind", metavar="ADDR", help="LAN or loopback address (default: this "
                   "computer's LAN address)")  # fmt: skip
    p.add_argument("--port", type=_port, default=0, help="port (default 0: any free port)")
    p.add_argument("--minutes", type=_minutes, default=10.0,
                   help="how long the page stays open (default 10, at most 60)")  # fmt: skip
    p.add_argument("--max-mb", type=number_at_least(1), default=256.0,
                   help="largest file accepted, in MB (default and most: 256)")  # fmt: skip
    p.add_argument("--yes", action="store_true", help="add every batch without asking")
    p.set_defaults(func=run)


def _port(text: str) -> int:
    value = int(number_at_least(0, int)(text))
    if value > 65535:
        raise argparse.ArgumentTypeError(msg("cli.receive.port_range", text=text))
    return value


def _minutes(text: str) -> float:
    # A folder of received files older than an hour counts as left behind by a killed process
    # (store/leftovers.py), so a session ends within the hour.
    value = number_at_least(0.1)(text)
    if value > MAX_MINUTES:
        raise argparse.ArgumentTypeError(msg("cli.receive.minutes_range", text=text))
    return value


def run(args: argparse.Namespace) -> int:
    """Serve until the time is up or Ctrl-C."""
    from disputekit.app.cases import show_case
    from disputekit.app.upload.lan_address import AddressRefused, check_bind, default_bind

    try:
        bind = check_bind(args.bind) if args.bind else default_bind()
    except AddressRefused as exc:
        return fail(exc.text)

    def body(workspace: Workspace) -> int:
        workspace.run(show_case, args.case_id)  # no such case: refused before a port is opened
        return _serve(args, bind, workspace.data_dir)

    return with_store(args, body, writes=True)


def _serve(args: argparse.Namespace, bind: str, data_dir: Path) -> int:
    from disputekit.app.upload.lan_address import LOOPBACK
    from disputekit.app.upload.upload_session import ReceiveSession, UploadEvent
    from disputekit.messages import os_reason

    events: queue.Queue[UploadEvent] = queue.Queue()
    session = ReceiveSession(
        data_dir, args.case_id, bind=bind, port=args.port,
        minutes=args.minutes, max_bytes=int(args.max_mb * 2**20), auto_accept=args.yes,
        on_event=events.put,
    )  # fmt: skip
    try:
        address = session.start()
    except OSError as exc:
        session.close()
        return fail(msg("lan.cannot_listen", address=bind, port=args.port, reason=os_reason(exc)))
    _print_address(session, address, args.minutes)
    if args.bind is None and bind == LOOPBACK:
        print(text(msg("lan.no_lan")), file=sys.stderr)
    printer = _Printer(args.case_id)
    try:
        while not session.closed:
            try:
                event = events.get(timeout=0.5)
            except queue.Empty:
                continue
            printer.show(event)
            if event.kind == "ready" and event.batch is not None:
                _ask(session, event.batch, args.case_id)
    except KeyboardInterrupt:
        print(text(msg("cli.interrupted")), file=sys.stderr)
    finally:
        session.close()
        while not events.empty():
            printer.show(events.get())
    print(text(msg("cli.receive.ended")))
    return 0


def _print_address(session: Any, address: str, minutes: float) -> None:
    import segno

    from disputekit.timeutil import SHANGHAI

    until = session.ends.astimezone(SHANGHAI).strftime("%H:%M:%S")
    print(text(msg("cli.receive.address", address=address)))
    segno.make(address, error="m").terminal(out=sys.stdout, compact=True)
    print(text(msg("cli.receive.until", minutes=f"{minutes:g}", until=until)))
    print(text(msg("cli.receive.plain_http")), flush=True)


def _ask(session: Any, batch: Any, case_id: int) -> None:
    print(text(msg("cli.receive.batch", client=batch.client, count=batch.count,
                   size=_size(batch.total_bytes))))  # fmt: skip
    try:
        answer = input(msg("cli.receive.ask", count=batch.count, case_id=case_id))
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("y", "yes", "是"):
        session.accept(batch.id).result()
    else:
        session.decline(batch.id)
        print(text(msg("cli.receive.declined")), flush=True)


class _Printer:
    """Prints each file once as it arrives and once as it is stored or refused."""

    def __init__(self, case_id: int) -> None:
        self.case_id = case_id
        self._done: set[tuple[str, int]] = set()

    def show(self, event: Any) -> None:
        from disputekit.app.upload.upload_batches import FileState

        if event.kind == "received" and event.upload is not None:
            name, size, sha256 = event.upload
            print(text(msg("cli.receive.file", name=name, size=_size(size), sha256=sha256)))
        elif event.kind in ("refused", "interrupted") and event.text is not None:
            print(text(msg("cli.receive.refused", reason=event.text)), file=sys.stderr)
        elif event.kind == "stored" and event.batch is not None:
            for i, (name, _, state, evidence_id, problem) in enumerate(event.batch.files):
                key = (event.batch.id, i)
                if key in self._done or state not in (FileState.STORED, FileState.REFUSED):
                    continue
                self._done.add(key)
                if state is FileState.STORED:
                    print(text(msg("cli.receive.stored", case_id=self.case_id,
                                   evidence_id=evidence_id, name=name)))  # fmt: skip
                else:
                    print(text(msg("cli.receive.not_stored", name=name, reason=problem)),
                          file=sys.stderr)  # fmt: skip
        sys.stdout.flush()


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{-(-size // 1024)} KB"
