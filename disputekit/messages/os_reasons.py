"""Why the operating system refused a file operation, as a message in the user's language.

An `OSError` words its reason (`strerror`) in the OS's English ("Permission denied"); inside
a Chinese sentence that is the one part the user cannot read. `os_reason` gives the reason as
a message chosen by `errno`, without the path: the sentence around it names the file. An
errno not listed here keeps the OS's own text, so nothing is lost.
"""

from __future__ import annotations

import errno

from disputekit.messages.message import Msg, msg

# errno → message code; literal codes, so the catalog test finds every one in the sources.
CODES: dict[int, str] = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.permission_denied",
    errno.EPERM: "os.not_permitted",
    errno.ENOTDIR: "os.not_a_folder",
    errno.EISDIR: "os.is_a_folder",
    errno.EROFS: "os.read_only",
    errno.ENOSPC: "os.disk_full",
    errno.EEXIST: "os.exists",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EBUSY: "os.busy",
    errno.EMFILE: "os.too_many_open",
    errno.ENFILE: "os.too_many_open",
    errno.EIO: "os.io_error",
    errno.EXDEV: "os.cross_device",
    errno.ELOOP: "os.link_loop",
    errno.ENOTEMPTY: "os.folder_not_empty",
}


def os_reason(exc: OSError) -> Msg:
    """Why the OS refused, by `exc.errno`; the OS's own text for an errno not in `CODES`."""
    code = CODES.get(exc.errno) if exc.errno is not None else None
    if code is not None:
        return msg(code)
    return msg("os.other", text=exc.strerror or str(exc) or type(exc).__name__)


def os_failure(exc: OSError) -> Msg:
    """The reason with the file it concerns ("/x/a.pdf：没有权限"), for a sentence that does
    not name the file itself."""
    reason = os_reason(exc)
    if exc.filename is None:
        return reason
    return msg("os.at_path", path=str(exc.filename), reason=reason)


def reason_text(exc: BaseException) -> str:
    """The reason of a failure caught together with other errors: `os_reason` for an OS
    refusal (an `OSError` with an errno), else the error's own text (a damaged zip, an image
    a library cannot decode)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return os_reason(exc)
    return str(exc)
