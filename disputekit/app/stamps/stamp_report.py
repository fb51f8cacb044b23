"""What `verify BUNDLE` says of a bundle's trusted timestamps.

Each attached token is read from its tag file and checked (its signature by the certificate
it carries, at its own time, and that it stamps the manifest beside it); the TSA's chain is
checked only against roots the user gives, and otherwise said to be unchecked. The latest
stamp is compared with the bundle as it is: evidence it does not cover (added or changed
after it, or re-hashed by someone), evidence it covered that is gone, and records of the
case later than the stamp. A broken token or manifest fails the verification; what a stamp
does not cover is a note, since evidence is often added after a stamp.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509

from disputekit.domain.case.document.case_json import CaseFormatError, loads_case
from disputekit.domain.case.model import Case
from disputekit.domain.case.parts import Timestamp
from disputekit.messages import Msg, msg
from disputekit.packet.manifest import evidence_manifest, item_path, parse_manifest
from disputekit.rfc3161 import Stamp, StampRefused, check_chain, read_reply
from disputekit.rfc3161.chain import load_certificates
from disputekit.store.bundles.bag_check import CASE_JSON, READ_ERRORS, BundleError, locate_bag
from disputekit.store.bundles.bundle_stamps import read_tag
from disputekit.timeutil import precise_datetime

__all__ = ["StampRefused", "StampReport", "bundle_stamps", "tsa_roots"]


@dataclass
class StampReport:
    """`problems` fail the verification; `notes` say what the stamps show and miss."""

    problems: list[Msg] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)


def tsa_roots(path: Path) -> list[x509.Certificate]:
    """The root certificates in the file at `path` (PEM, one or more, or DER); StampRefused
    when it holds none, OSError when it cannot be read."""
    data = Path(path).read_bytes()
    try:
        return load_certificates(data)
    except ValueError:
        raise StampRefused(msg("stamp.bad_ca", path=str(path))) from None


def bundle_stamps(
    path: Path, roots: list[x509.Certificate] | None = None, ca_name: str = ""
) -> StampReport:
    """The timestamps of the bundle at `path`, checked (chains against `roots`, named
    `ca_name`, when given). A bundle that cannot be read reports nothing here: the bag check
    says why."""
    report = StampReport()
    try:
        with zipfile.ZipFile(path) as zf:
            files = locate_bag(zf)
            case = _case(zf, files)
            if case is None:
                return report
            attached = [t for t in case.timestamps if t.token]
            for record in attached:
                _check_one(zf, files, record, roots, ca_name, report)
            report.notes += [
                msg("stamp.pending", request=t.request_sha256[:16])
                for t in case.timestamps
                if not t.token
            ]
            if attached and report.stamps and not report.problems:
                _coverage(zf, files, case, attached[-1], report.stamps[-1], report)
    except (BundleError, *READ_ERRORS):
        return report
    return report


def _case(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo]) -> Case | None:
    data = read_tag(zf, files, CASE_JSON)
    if data is None:
        return None
    try:
        return loads_case(data)
    except CaseFormatError:
        return None


def _check_one(
    zf: zipfile.ZipFile,
    files: dict[str, zipfile.ZipInfo],
    record: Timestamp,
    roots: list[x509.Certificate] | None,
    ca_name: str,
    report: StampReport,
) -> None:
    token = read_tag(zf, files, record.token)
    manifest = read_tag(zf, files, record.manifest_file)
    for name, data in ((record.token, token), (record.manifest_file, manifest)):
        if data is None:
            report.problems.append(msg("stamp.file_missing", file=name))
    if token is None or manifest is None:
        return
    if hashlib.sha256(manifest).hexdigest() != record.imprint:
        report.problems.append(msg("stamp.manifest_altered", file=record.manifest_file))
        return
    try:
        stamp = read_reply(token)
    except StampRefused as refused:
        report.problems.append(msg("stamp.token_invalid", file=record.token, reason=refused.reason))
        return
    if stamp.imprint != record.imprint:
        reason = msg("stamp.other_imprint", got=stamp.imprint, want=record.imprint)
        report.problems.append(msg("stamp.token_invalid", file=record.token, reason=reason))
        return
    report.stamps.append(stamp)
    report.notes.append(
        msg(
            "stamp.report",
            time=precise_datetime(stamp.gen_time),
            tsa=stamp.tsa,
            count=manifest.count(b"\n"),
            manifest=record.manifest_file,
            imprint=record.imprint,
        )
    )
    if not roots:
        report.notes.append(msg("stamp.chain_not_checked"))
        return
    problem = check_chain(stamp, roots)
    if problem is None:
        report.notes.append(msg("stamp.chain_ok", ca=ca_name))
    else:
        report.problems.append(msg("stamp.chain_failed", reason=problem))


def _coverage(
    zf: zipfile.ZipFile,
    files: dict[str, zipfile.ZipInfo],
    case: Case,
    record: Timestamp,
    stamp: Stamp,
    report: StampReport,
) -> None:
    stamped_text = (read_tag(zf, files, record.manifest_file) or b"").decode("utf-8", "replace")
    current_text = evidence_manifest(case.evidence)
    if current_text != stamped_text:
        report.notes.append(msg("stamp.manifest_not_stamped"))
    stamped = {(e.path, e.sha256) for e in parse_manifest(stamped_text)}
    current = {(e.path, e.sha256) for e in parse_manifest(current_text)}
    covered = [
        f"{item.id} ({item.file})"
        for item in case.evidence
        if item.sha256 and (item_path(item, item.sha256), item.sha256) in stamped
    ]
    if covered:
        report.notes.append(msg("stamp.covers", items="; ".join(covered)))
    report.notes += [msg("stamp.not_covered", path=p) for p, s in sorted(current - stamped)]
    report.notes += [msg("stamp.gone", path=p) for p, s in sorted(stamped - current)]
    last = _last_record(case)
    if last is not None and last > stamp.gen_time:
        report.notes.append(
            msg(
                "stamp.older_than_case",
                time=precise_datetime(stamp.gen_time),
                last=precise_datetime(last),
            )
        )


def _last_record(case: Case) -> datetime | None:
    """The latest instant the case records: an event, or when a piece of evidence was taken."""
    moments = [e.at for e in case.events]
    moments += [i.captured_at for i in case.evidence if i.captured_at is not None]
    return max(moments, default=None)
