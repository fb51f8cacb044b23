"""The zip a bill arrives in (WeChat Pay mails one, AES-encrypted), and the XLSX check.

Nothing is ever extracted to disk: the one bill file is read into memory. Still, a zip that
no provider would send is refused with a reason rather than read: a member named to land
outside its folder, a zip inside the zip, or a member that would expand far beyond any bill.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePosixPath, PureWindowsPath

import pyzipper

from disputekit.bills import errors
from disputekit.bills.model import BillError

# Far above a year of transactions (10,000 rows ≈ 2 MB); a larger member is not a bill.
MAX_BILL_BYTES = 64 * 1024 * 1024
# A bill's text deflates about 5–10 to 1; a member claiming far more is a zip bomb.
MAX_RATIO = 200
ZIP_MAGIC = b"PK\x03\x04"
_BILL_SUFFIXES = (".csv", ".xlsx")


def is_xlsx(data: bytes) -> bool:
    """True for an Office Open XML workbook (a zip with `xl/workbook.xml`)."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def check_workbook(data: bytes, name: str) -> None:
    """BillError for a workbook whose parts would expand beyond any bill (read before the
    XLSX reader inflates them)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    if sum(info.file_size for info in infos) > MAX_BILL_BYTES:
        raise errors.too_big(name, sum(info.file_size for info in infos))
    for info in infos:
        _check_ratio(info, name)


def unzip(data: bytes, name: str, password: str | None) -> tuple[str, bytes]:
    """(member name, bytes) of the one bill file inside the zip `name`."""
    encrypted = False
    try:
        with pyzipper.AESZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            for info in infos:
                if _unsafe(info.filename):
                    raise errors.zip_unsafe(name, info.filename)
            members = [
                info
                for info in infos
                if not info.is_dir()
                and PurePosixPath(info.filename).suffix.lower() in _BILL_SUFFIXES
                and not info.filename.startswith("__MACOSX/")
            ]
            if not members:
                names = ", ".join(member_name(i) for i in infos[:5]) or "nothing"
                raise errors.zip_without_bill(name, names)
            if len(members) > 1:
                raise errors.zip_with_several(name, ", ".join(member_name(i) for i in members))
            info = members[0]
            if info.file_size > MAX_BILL_BYTES:
                raise errors.too_big(info.filename, info.file_size)
            _check_ratio(info, name)
            encrypted = bool(info.flag_bits & 0x1)
            if encrypted and not password:
                raise errors.password_needed(name)
            if password:
                zf.setpassword(password.encode("utf-8"))
            inner = zf.read(info)
    except BillError:
        raise
    except RuntimeError as exc:
        if "password" in str(exc).lower():
            raise errors.wrong_password(name) from None
        raise errors.broken_zip(name, exc) from None
    except zlib.error as exc:
        # Damaged deflate data; or a ZipCrypto password that passed its 1-byte check (one
        # wrong password in 256 does) and decrypted to noise.
        if password and encrypted:
            raise errors.wrong_password(name) from None
        raise errors.broken_zip(name, exc) from None
    except (
        pyzipper.BadZipFile,  # pyzipper's own class, not zipfile's
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        if password and encrypted and "CRC" in str(exc):
            # A wrong ZipCrypto password past its check byte whose noise happened to inflate.
            raise errors.wrong_password(name) from None
        raise errors.broken_zip(name, exc) from None
    if inner.startswith(ZIP_MAGIC) and not is_xlsx(inner):
        raise errors.zip_nested(name, member_name(info))
    return PurePosixPath(member_name(info)).name, inner


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its archiver meant it. Without the UTF-8 flag (bit 11) the zip
    format says CP437, which is how Python decodes it; but Info-ZIP on Linux stores the
    name's UTF-8 bytes and Chinese Windows its GBK bytes, both without the flag, and a
    Chinese name then shows as mojibake. Such names are read back as UTF-8, else as GBK."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    if raw.isascii():
        return info.filename
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _unsafe(member: str) -> bool:
    """A name that extracting would place outside the target folder (zip slip)."""
    posix = PurePosixPath(member.replace("\\", "/"))
    return (
        posix.is_absolute()
        or ".." in posix.parts
        or bool(PureWindowsPath(member).drive)
        or "\x00" in member
    )


def _check_ratio(info: zipfile.ZipInfo, name: str) -> None:
    # A stored member has equal sizes; a few kilobytes are never a bomb whatever their ratio.
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise errors.zip_bomb(name, info.filename)
