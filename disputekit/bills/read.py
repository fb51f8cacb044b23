"""Read a bill file from disk: the export itself (CSV or XLSX) or the zip it arrived in.

This module reads the file and judges whether it is still the provider's export; `archive`
opens the zip, `encoding` decodes the text, `parse` gives the rows their meaning.
The digest is always of the export itself, also when it came out of a zip: that file is
what goes into the vault, and what the provider produced.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import cast

from disputekit.bills import errors
from disputekit.bills.archive import MAX_BILL_BYTES, ZIP_MAGIC, check_workbook, is_xlsx, unzip
from disputekit.bills.cells import parse_time
from disputekit.bills.encoding import decode_text
from disputekit.bills.model import Bill, BillError, BillSource
from disputekit.bills.parse import ParsedTable, parse_csv, parse_table
from disputekit.files.db_files import is_store_database
from disputekit.files.regular_files import FileTooLarge, NotRegularFile, read_regular
from disputekit.messages import Msg, msg, os_reason


def read_bill(path: Path, password: str | None = None) -> Bill:
    """The bill at `path` (a CSV, an XLSX, or a zip holding one); BillError if refused."""
    path = Path(path)
    if is_store_database(path):  # reading it would drop this process's locks on it
        raise BillError("not_bill", msg("input.store_database_named", name=path.name))
    try:
        data = read_regular(path, MAX_BILL_BYTES)  # never a device or pipe that reads forever
    except FileTooLarge as exc:
        raise errors.too_big(path.name, exc.size) from None
    except NotRegularFile:
        raise errors.not_regular(path) from None
    except IsADirectoryError:
        raise errors.folder(path) from None
    except FileNotFoundError:
        raise errors.no_file(path) from None
    except OSError as exc:
        raise errors.unreadable_file(path, os_reason(exc)) from None
    return read_bill_bytes(data, path.name, password)


def read_bill_bytes(data: bytes, name: str, password: str | None = None) -> Bill:
    """The bill in `data` (the content of a file called `name`)."""
    if is_xlsx(data):
        return _from_xlsx(data, name)
    if data.startswith(ZIP_MAGIC):
        member, inner = unzip(data, name, password)
        bill = read_bill_bytes(inner, member)
        bill.container = name
        return bill
    return _from_csv(data, name)


def bill_format(data: bytes, name: str) -> str | None:
    """ "CSV" or "XLSX" when `data` reads as a bill, else None (the vault's format check).

    A zip is never a bill itself: the export inside it is what is kept."""
    if data.startswith(ZIP_MAGIC) and not is_xlsx(data):
        return None
    try:
        return read_bill_bytes(data, name).format
    except BillError:
        return None


def _from_csv(data: bytes, name: str) -> Bill:
    text, encoding = decode_text(data, name)
    parsed = parse_csv(text, name)
    source = parsed.layout.source
    reasons: list[Msg] = []
    preamble = [line for line in map(str, parsed.above) if line.strip(" ,\t")]
    if not preamble:
        reasons.append(msg("bills.resaved.no_preamble"))
    if source is BillSource.ALIPAY:
        if encoding.startswith("utf"):
            reasons.append(msg("bills.resaved.alipay_utf8"))
        if any(line.rstrip().endswith(",,") for line in preamble):
            reasons.append(msg("bills.resaved.padded"))
    elif not encoding.startswith("utf-8-sig"):
        reasons.append(msg("bills.resaved.wechat_encoding", encoding=encoding.upper()))
    tx_col = parsed.layout.transaction_no
    header = [str(c).strip() for c in parsed.header]
    first = parsed.after_header
    column = header.index(tx_col) if tx_col in header else None
    if column is not None and column < len(first) and not str(first[column]).endswith("\t"):
        reasons.append(msg("bills.resaved.tab_lost"))
    return _bill(data, name, "CSV", parsed, reasons, exported_at(preamble))


def _from_xlsx(data: bytes, name: str) -> Bill:
    from python_calamine import CalamineError, CalamineWorkbook

    check_workbook(data, name)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        table = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError, IndexError) as exc:
        raise errors.broken_workbook(name, exc) from None
    parsed = parse_table(table, name)
    reasons: list[Msg] = []
    if parsed.layout.source is BillSource.ALIPAY:
        reasons.append(msg("bills.resaved.alipay_xlsx"))
    rows = cast("Sequence[Sequence[object]]", parsed.above)  # a workbook's rows above the header
    preamble = [r for r in rows if any(str(c).strip() for c in r)]
    if not preamble:
        reasons.append(msg("bills.resaved.no_preamble"))
    lines = [" ".join(str(c) for c in r if c is not None) for r in preamble]
    return _bill(data, name, "XLSX", parsed, reasons, exported_at(lines))


_EXPORTED = re.compile(r"导出时间[:：]\s*\[?\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)")


def exported_at(preamble: list[str]) -> datetime | None:
    """When the provider produced the file: the preamble's 导出时间 (China time), if any."""
    for line in preamble:
        found = _EXPORTED.search(line)
        if found:
            return parse_time(found[1])
    return None


def _bill(
    data: bytes,
    name: str,
    fmt: str,
    parsed: ParsedTable,
    reasons: list[Msg],
    exported: datetime | None,
) -> Bill:
    if parsed.damaged_numbers:
        reasons.append(msg("bills.resaved.rounded", count=parsed.damaged_numbers))
    negative = [row.number for row in parsed.rows if row.amount < 0]
    if negative:  # the direction column says which way; an export writes no minus
        rows = "、".join(map(str, negative[:5])) + ("…" if len(negative) > 5 else "")
        reasons.append(msg("bills.resaved.negative", rows=rows))
    return Bill(
        source=parsed.layout.source,
        file_name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        format=fmt,
        rows=parsed.rows,
        resaved=reasons,
        exported_at=exported,
    )
