"""Why a file was refused at intake, in words a buyer understands (English and Chinese).

Every message names the file and the problem, and where the user can fix it, says how.
"""

from __future__ import annotations

import errno
from pathlib import Path

from disputekit.messages import Localized, Msg, msg, render

# The templates are the catalog entries `intake.<code>`; fields: name, detail.
CODES = frozenset(
    {
        "empty",
        "not_image",
        "truncated",
        "too_large",
        "unsupported",
        "heic_plugin_missing",
        "unreadable",
    }
)


class IntakeError(ValueError):
    """A file refused by the evidence vault; nothing of it was stored.

    `code` is one of `CODES`; `text` is the message (`disputekit.messages`): as a `str` the
    error is Chinese, as the command line prints it, and `render(error.text, "en")` gives
    English; `path` names the file.
    """

    def __init__(self, path: Path, code: str, text: Msg) -> None:
        super().__init__(text)
        self.path = path
        self.code = code
        self.text = text

    def __repr__(self) -> str:
        return f"IntakeError({self.code!r}, {render(self.text, 'en')!r})"


def intake_error(path: Path, code: str, detail: str = "", detail_zh: str = "") -> IntakeError:
    """Build the error for `code` about `path`, with an optional detail in both languages
    (English `detail` and `detail_zh`, or one `Msg` such as an OS reason)."""
    if code not in CODES:
        raise KeyError(code)
    text = msg(
        f"intake.{code}",
        name=path.name or str(path),
        detail=detail if isinstance(detail, Msg) else Localized(detail_zh or detail, detail),
    )
    return IntakeError(path, code, text)


# A full disk (or quota) while writing into the data folder: said as such, never as a
# refusal of the file being added.
DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def unexpected_error(path: Path, exc: Exception) -> IntakeError:
    """A failure no check foresaw, worded as a refusal of this one file."""
    detail = f"{type(exc).__name__}: {exc}"
    return intake_error(path, "unreadable", detail, detail)
