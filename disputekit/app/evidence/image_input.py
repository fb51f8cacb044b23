"""An image a command reads from a path the user gives (the `ocr` command): only a plain file
of a size the vault would take, checked by the vault's own intake rules (decompression-bomb
limit, damaged or cut-off data), so what intake refuses is never read elsewhere, and shaped so
that text can be found in it."""

from __future__ import annotations

from pathlib import Path

from disputekit.files.regular_files import FileTooLarge, NotRegularFile, read_regular
from disputekit.messages import Msg, msg, reason_text
from disputekit.store import IntakeError
from disputekit.store.vault.blob_io import MAX_FILE_BYTES

# Text lines need some height and width; a 1×60000 strip made the OCR engine fail inside.
MIN_SIDE = 16
MAX_ASPECT = 40


def image_problem(path: Path) -> Msg | None:
    """Why the image at `path` cannot be read for text, or None."""
    from disputekit.store.vault.image_check import check_bytes  # Pillow: only when an image comes

    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return msg("ocr_image.missing", path=str(path))
    except IsADirectoryError:
        return msg("ocr_image.folder", path=str(path))
    except NotRegularFile:
        return msg("ocr_image.not_regular", path=str(path))
    except FileTooLarge as exc:
        return msg("ocr_image.too_big", path=str(path), size=f"{exc.size:,}")
    except OSError as exc:
        return msg("ocr_image.read_failed", path=str(path), detail=reason_text(exc))
    try:
        checked = check_bytes(data, path)
    except IntakeError as exc:
        return exc.text
    if checked.image is None or checked.width is None or checked.height is None:
        return msg("ocr_image.unreadable", path=str(path), detail=msg("ocr_image.unknown_format"))
    short, long = sorted((checked.width, checked.height))
    if short < MIN_SIDE or long > MAX_ASPECT * short:
        return msg(
            "ocr_image.odd_shape", path=str(path), width=checked.width, height=checked.height
        )
    return None
