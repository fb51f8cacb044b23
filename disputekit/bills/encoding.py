"""The text of a CSV bill: UTF-8 (with or without BOM) or GB18030/GBK, else a guess.

Alipay exports GBK, WeChat Pay UTF-8 with a BOM; a copy re-saved by a spreadsheet program
may be either. charset-normalizer guesses only when UTF-8 fails, from the top of the file.
"""

from __future__ import annotations

from disputekit.bills import errors

_BOM = b"\xef\xbb\xbf"
_GB = ("gb18030", "gbk", "gb2312", "cp936", "hz")
# The first header cell of each known layout, as a GBK file has it.
_GB_HEADERS = tuple(name.encode("gbk") for name in ("交易时间,", "交易号,"))


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a text bill: UTF-8 (with or without BOM) or GB18030/GBK, guessed
    by charset-normalizer when not UTF-8. BillError for what is not text."""
    if data.startswith(_BOM):
        try:
            # Through a view: a slice would copy the whole file first.
            return str(memoryview(data)[len(_BOM) :], "utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data[:4096]:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        if any(marker in data[:65536] for marker in _GB_HEADERS):
            try:  # a GBK bill header: no guess needed (it costs more than the decode)
                return _decode(data, "gb18030"), "gb18030"
            except UnicodeDecodeError:
                pass
        guess = _guess(data)
        for encoding in dict.fromkeys([guess, "gb18030"]):
            if encoding is None:
                continue
            try:
                return _decode(data, encoding), encoding
            except (UnicodeDecodeError, LookupError):
                continue
    raise errors.not_text(name)


def _guess(data: bytes) -> str | None:
    """charset-normalizer's guess from the start of the file (the header is near the top)."""
    from charset_normalizer import from_bytes  # imported on use: it is slow to import

    best = from_bytes(data[:65536], cp_isolation=["gb18030", "big5", "utf_16", "shift_jis"]).best()
    if best is None:
        return None
    # A GBK guess decodes with GB18030, its superset: rare characters in names still decode.
    return "gb18030" if best.encoding in _GB else best.encoding


def _decode(data: bytes, encoding: str) -> str:
    if encoding == "gb18030":
        # Python's GBK decoder is faster, and gives the same text as GB18030 for every byte
        # pair GBK defines; only a file with GB18030's four-byte sequences needs the latter.
        try:
            return data.decode("gbk")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding)
