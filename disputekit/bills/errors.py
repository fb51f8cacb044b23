"""Why a file is refused as a bill, as message codes (`bills.*` in the catalogs).

Each function builds the BillError for one situation, so a message is worded once in each
language and the English window, the Chinese window and the command line say the same thing.
"""

from __future__ import annotations

from disputekit.bills.model import BillError, BillSource
from disputekit.messages import Localized, msg


def folder(path: object) -> BillError:
    """`path` is a folder."""
    return BillError("unreadable", msg("bills.folder", path=str(path)))


def no_file(path: object) -> BillError:
    """Nothing at `path`."""
    return BillError("unreadable", msg("bills.no_file", path=str(path)))


def not_regular(path: object) -> BillError:
    """A device, a pipe or a socket: what a bill export never is, and may never end."""
    return BillError("unreadable", msg("bills.not_regular", path=str(path)))


def unreadable_file(path: object, detail: str) -> BillError:
    """The system refused to read `path` (`detail`: its reason)."""
    return BillError("unreadable", msg("bills.unreadable_file", path=str(path), detail=detail))


def too_big(name: str, size: int) -> BillError:
    """A file (or a zip member) far larger than any export."""
    return BillError("not_bill", msg("bills.too_big", name=name, size=f"{size:,}"))


def not_text(name: str) -> BillError:
    """Neither a text bill nor a workbook."""
    return BillError("not_bill", msg("bills.not_text", name=name))


def not_bill(name: str) -> BillError:
    """A table without the header of any known export."""
    return BillError("not_bill", msg("bills.not_bill", name=name))


def broken_csv(name: str) -> BillError:
    """A CSV the reader cannot split into cells (a cell longer than any export's)."""
    return BillError("not_bill", msg("bills.broken_csv", name=name))


def no_rows(name: str, source: BillSource) -> BillError:
    """A bill of `source` with a header but no transactions."""
    return BillError(
        "no_rows", msg("bills.no_rows", name=name, source=Localized(source.zh, source.en))
    )


def bad_cell(name: str, line: int, what_en: str, what_zh: str, value: object) -> BillError:
    """The cell on `line` (1-based, as a spreadsheet numbers it) cannot be typed."""
    shown = Localized(str(value), repr(value))
    what = Localized(what_zh, what_en)
    return BillError("bad_row", msg("bills.bad_cell", name=name, line=line, what=what, value=shown))


def broken_workbook(name: str, detail: object) -> BillError:
    """An XLSX the reader cannot open."""
    return BillError("unreadable", msg("bills.broken_workbook", name=name, detail=str(detail)))


def broken_zip(name: str, detail: object) -> BillError:
    """A zip that cannot be opened or read."""
    return BillError("unreadable", msg("bills.broken_zip", name=name, detail=str(detail)))


def zip_without_bill(name: str, members: str) -> BillError:
    """A zip holding no .csv or .xlsx (`members`: the first few names it holds)."""
    return BillError("not_bill", msg("bills.zip_without_bill", name=name, members=members))


def zip_with_several(name: str, members: str) -> BillError:
    """A zip holding more than one bill file."""
    return BillError("not_bill", msg("bills.zip_with_several", name=name, members=members))


def zip_unsafe(name: str, member: str) -> BillError:
    """A member named to land outside the folder it is extracted to (`../`, `/`, `C:`)."""
    return BillError("not_bill", msg("bills.zip_unsafe", name=name, member=member))


def zip_nested(name: str, member: str) -> BillError:
    """A bill file inside the zip that is itself a zip."""
    return BillError("not_bill", msg("bills.zip_nested", name=name, member=member))


def zip_bomb(name: str, member: str) -> BillError:
    """A member that expands far beyond what any text compresses to."""
    return BillError("not_bill", msg("bills.zip_bomb", name=name, member=member))


def password_needed(name: str) -> BillError:
    """An encrypted zip and no password."""
    return BillError("password_needed", msg("bills.password_needed", name=name))


def wrong_password(name: str) -> BillError:
    """An encrypted zip and a password that does not open it."""
    return BillError("wrong_password", msg("bills.wrong_password", name=name))
