"""A PAdES document timestamp on a finished packet PDF (ETSI EN 319 142, via pyHanko, the
optional `pades` extra): the TSA's token over the whole file, added as an incremental update
so everything before it (pages, attachments, page numbers) stays byte for byte, and a PDF
reader shows the file as timestamped. Only when the user names a TSA at build time."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from disputekit.files.pending_temps import forget, new_temp
from disputekit.files.private_files import PRIVATE_FILE
from disputekit.messages import msg
from disputekit.rfc3161 import StampRefused

FIELD_NAME = "DisputeKitTimestamp"
# Room kept in the file for the token (a TSA's token with its chain is a few KB). Stated,
# so pyHanko does not send the TSA a throw-away request first to measure one.
TOKEN_ROOM = 16 * 1024


def pades_available() -> bool:
    """Whether pyHanko (the `pades` extra) is installed (loaded now if so)."""
    from cryptography.utils import CryptographyDeprecationWarning

    try:
        with warnings.catch_warnings():
            # pyHanko still names DSA keys, which cryptography marks deprecated.
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            import pyhanko.sign.signers
            import pyhanko.sign.timestamps  # noqa: F401
    except ImportError:
        return False
    return True


def http_timestamper(url: str, timeout: float = 30.0) -> Any:
    """pyHanko's RFC 3161 client for the TSA at `url` (SHA-256 requests, a nonce)."""
    if not pades_available():
        raise StampRefused(msg("stamp.pades_unavailable"))
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=int(timeout))


def add_document_timestamp(pdf: Path, timestamper: Any) -> None:
    """Add a document timestamp from `timestamper` to `pdf`, which is replaced only when the
    stamped file is complete; StampRefused when no timestamp could be had."""
    if not pades_available():
        raise StampRefused(msg("stamp.pades_unavailable"))
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    pdf = Path(pdf)
    # Recorded before it exists: removed at a later start if this process is killed while
    # the timestamp authority is asked.
    fd, tmp, pending = new_temp(pdf.parent, f".{pdf.name}.", ".part")
    try:
        with pdf.open("rb") as src, os.fdopen(fd, "wb") as out:
            writer = IncrementalPdfFileWriter(src, strict=False)
            stamper = signers.PdfTimeStamper(timestamper, field_name=FIELD_NAME)
            try:
                stamper.timestamp_pdf(writer, "sha256", output=out, bytes_reserved=TOKEN_ROOM)
            except Exception as exc:  # pyHanko wraps network and TSA failures in many types
                if isinstance(exc, OSError | MemoryError):
                    raise
                raise StampRefused(msg("stamp.pades_failed", reason=str(exc)[:300])) from None
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, pdf)
    finally:
        tmp.unlink(missing_ok=True)
        forget(pending)
