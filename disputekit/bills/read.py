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
from datetime import datetime
from pathlib import Path

from disputekit.bills import errors
from disputekit.bills.archive import MAX_BILL_BYTES, ZIP_MAGIC, check_workbook, is_xlsx, unzip
from disputekit.bills.cells import parse_time
from disputekit.bills.encoding import decode_text
from disputekit.bills.model import Bill, BillError, BillSource
from disputekit.bills.parse import ParsedTable, parse_csv, parse_table


def read_bill(path: Path, password: str | None = None) -> Bill:
    """The bill at `path` (a CSV, an XLSX, or a zip holding one); BillError if refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BILL_BYTES:
            raise errors.too_big(path.name, size)
        data = path.read_bytes()
    except IsADirectoryError:
        raise errors.folder(path) from None
    except FileNotFoundError:
        raise errors.no_file(path) from None
    except OSError as exc:
        raise errors.unreadable_file(path, str(exc.strerror or exc)) from None
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
    lines = text.splitlines()
    parsed = parse_csv(lines, name)
    source = parsed.layout.source
    reasons: list[tuple[str, str]] = []
    preamble = [line for line in lines[: parsed.header_index] if line.strip(" ,\t")]
    if not preamble:
        reasons.append(
            (
                "it has no preamble (the export starts with the account and the period)",
                "缺少账单开头的账户和时间段说明",
            )
        )
    if source is BillSource.ALIPAY:
        if encoding.startswith("utf"):
            reasons.append(
                ("it is UTF-8, while Alipay exports GBK", "编码为 UTF-8，支付宝导出为 GBK")
            )
        if any(line.rstrip().endswith(",,") for line in preamble):
            reasons.append(("its lines were padded with commas", "说明行被表格软件补上了逗号"))
    elif not encoding.startswith("utf-8-sig"):
        reasons.append(
            (
                f"it is {encoding.upper()}, while WeChat Pay exports UTF-8 with a BOM",
                f"编码为 {encoding.upper()}，微信支付导出为带 BOM 的 UTF-8",
            )
        )
    tx_col = parsed.layout.transaction_no
    header = [str(c).strip() for c in parsed.header]
    first = parsed.after_header
    column = header.index(tx_col) if tx_col in header else None
    if column is not None and column < len(first) and not str(first[column]).endswith("\t"):
        reasons.append(
            (
                "its order numbers lost the tab the export puts after them",
                "订单号后面导出时附带的制表符已丢失",
            )
        )
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
    reasons: list[tuple[str, str]] = []
    if parsed.layout.source is BillSource.ALIPAY:
        reasons.append(
            (
                "Alipay exports CSV; this workbook was saved by a spreadsheet program",
                "支付宝导出的是 CSV，这个 XLSX 是用表格软件另存的",
            )
        )
    preamble = [r for r in table[: parsed.header_index] if any(str(c).strip() for c in r)]
    if not preamble:
        reasons.append(
            (
                "it has no preamble (the export starts with the account and the period)",
                "缺少账单开头的账户和时间段说明",
            )
        )
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
    reasons: list[tuple[str, str]],
    exported: datetime | None,
) -> Bill:
    if parsed.damaged_numbers:
        n = parsed.damaged_numbers
        reasons.append(
            (
                f"{n} order numbers were rounded by a spreadsheet program and are left empty",
                f"有 {n} 个订单号被表格软件改成了近似数，已无法还原，留空处理",
            )
        )
    return Bill(
        source=parsed.layout.source,
        file_name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        format=fmt,
        rows=parsed.rows,
        resaved=[en for en, _ in reasons],
        resaved_zh=[zh for _, zh in reasons],
        exported_at=exported,
    )
