"""Read a bill file from disk: the export itself (CSV or XLSX) or the zip it arrived in.

This module owns the bytes (zip, AES, encoding, XLSX cells); `parse` owns the meaning.
The digest is always of the export itself, also when it came out of a zip: that file is
what goes into the vault, and what the provider produced.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath

import pyzipper

from disputekit.bills.model import Bill, BillError, BillSource
from disputekit.bills.parse import ParsedTable, parse_csv, parse_table, parse_time

# Far above a year of transactions (10,000 rows ≈ 2 MB); a larger member is not a bill.
MAX_BILL_BYTES = 64 * 1024 * 1024
_BILL_SUFFIXES = (".csv", ".xlsx")


def read_bill(path: Path, password: str | None = None) -> Bill:
    """The bill at `path` (a CSV, an XLSX, or a zip holding one); BillError if refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BILL_BYTES:
            raise _too_big(path.name, size)
        data = path.read_bytes()
    except IsADirectoryError:
        raise BillError(
            "unreadable", f"{path} is a folder, not a bill file", f"「{path}」是文件夹，不是账单"
        ) from None
    except FileNotFoundError:
        raise BillError("unreadable", f"{path}: no such file", f"找不到文件「{path}」") from None
    except OSError as exc:
        raise BillError(
            "unreadable",
            f"{path} cannot be read: {exc.strerror or exc}",
            f"无法读取「{path}」：{exc.strerror or exc}",
        ) from None
    return read_bill_bytes(data, path.name, password)


def read_bill_bytes(data: bytes, name: str, password: str | None = None) -> Bill:
    """The bill in `data` (the content of a file called `name`)."""
    if is_xlsx(data):
        return _from_xlsx(data, name)
    if data.startswith(b"PK\x03\x04"):
        member, inner = _unzip(data, name, password)
        bill = read_bill_bytes(inner, member)
        bill.container = name
        return bill
    return _from_csv(data, name)


def is_xlsx(data: bytes) -> bool:
    """True for an Office Open XML workbook (a zip with `xl/workbook.xml`)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def bill_format(data: bytes, name: str) -> str | None:
    """ "CSV" or "XLSX" when `data` reads as a bill, else None (the vault's format check).

    A zip is never a bill itself: the export inside it is what is kept."""
    if data.startswith(b"PK\x03\x04") and not is_xlsx(data):
        return None
    try:
        return read_bill_bytes(data, name).format
    except BillError:
        return None


def _too_big(name: str, size: int) -> BillError:
    return BillError(
        "not_bill",
        f"{name} is {size:,} bytes, far larger than any bill export; it is not a bill",
        f"「{name}」大小 {size:,} 字节，远超账单导出文件，不是账单",
    )


def _unzip(data: bytes, name: str, password: str | None) -> tuple[str, bytes]:
    """(member name, bytes) of the one bill file inside the zip."""
    try:
        with pyzipper.AESZipFile(io.BytesIO(data)) as zf:
            members = [
                info
                for info in zf.infolist()
                if not info.is_dir()
                and PurePosixPath(info.filename).suffix.lower() in _BILL_SUFFIXES
                and not info.filename.startswith("__MACOSX/")
            ]
            if not members:
                names = ", ".join(i.filename for i in zf.infolist()[:5]) or "nothing"
                raise BillError(
                    "not_bill",
                    f"{name} holds no bill (.csv or .xlsx), only: {names}",
                    f"压缩包「{name}」里没有账单文件（.csv 或 .xlsx），只有：{names}",
                )
            if len(members) > 1:
                names = ", ".join(i.filename for i in members)
                raise BillError(
                    "not_bill",
                    f"{name} holds several bill files ({names}); extract the one you need",
                    f"压缩包「{name}」里有多个账单文件（{names}），请先解压出需要的那一个",
                )
            info = members[0]
            if info.file_size > MAX_BILL_BYTES:
                raise _too_big(info.filename, info.file_size)
            encrypted = bool(info.flag_bits & 0x1)
            if encrypted and not password:
                raise BillError(
                    "password_needed",
                    f"{name} is protected by a password; give it with --password (WeChat Pay "
                    "sends it to the 微信支付 official account)",
                    f"压缩包「{name}」有密码，请输入解压密码（微信支付会把密码发到“微信支付”公众号）",
                )
            if password:
                zf.setpassword(password.encode("utf-8"))
            member = PurePosixPath(info.filename).name
            return member, zf.read(info)
    except BillError:
        raise
    except RuntimeError as exc:
        if "password" in str(exc).lower():
            raise BillError(
                "wrong_password",
                f"the password for {name} is wrong; check the 6 digits the 微信支付 official "
                "account sent with this export",
                f"压缩包「{name}」的密码不对；请核对“微信支付”公众号随本次导出发送的密码",
            ) from None
        raise _broken_zip(name, exc) from None
    except (
        pyzipper.BadZipFile,  # pyzipper's own class, not zipfile's
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise _broken_zip(name, exc) from None


def _broken_zip(name: str, exc: BaseException) -> BillError:
    return BillError(
        "unreadable",
        f"{name} is a damaged or unsupported zip ({exc}); download the export again",
        f"压缩包「{name}」已损坏或无法打开（{exc}）；请重新下载账单",
    )


# -- CSV -------------------------------------------------------------------------------------

_BOM = b"\xef\xbb\xbf"
_GB = ("gb18030", "gbk", "gb2312", "cp936", "hz")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a text bill: UTF-8 (with or without BOM) or GB18030/GBK, guessed
    by charset-normalizer when not UTF-8. BillError for what is not text."""
    if data.startswith(_BOM):
        try:
            return data[len(_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data[:4096]:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        guess = _guess(data)
        for encoding in dict.fromkeys([guess, "gb18030"]):
            if encoding is None:
                continue
            try:
                return data.decode(encoding), encoding
            except (UnicodeDecodeError, LookupError):
                continue
    raise BillError(
        "not_bill",
        f"{name} is neither a text (CSV) bill nor an XLSX workbook; it is not a bill export",
        f"「{name}」既不是文本（CSV）账单也不是 XLSX 表格，不是账单导出文件",
    )


def _guess(data: bytes) -> str | None:
    """charset-normalizer's guess from the start of the file (the header is near the top)."""
    from charset_normalizer import from_bytes  # imported on use: it is slow to import

    best = from_bytes(data[:65536], cp_isolation=["gb18030", "big5", "utf_16", "shift_jis"]).best()
    if best is None:
        return None
    # A GBK guess decodes with GB18030, its superset: rare characters in names still decode.
    return "gb18030" if best.encoding in _GB else best.encoding


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

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        table = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError, IndexError) as exc:
        raise BillError(
            "unreadable",
            f"{name} is a damaged workbook ({exc}); download the export again",
            f"表格「{name}」已损坏（{exc}）；请重新下载账单",
        ) from None
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
