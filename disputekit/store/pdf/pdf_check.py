"""Check that a PDF (an official bill export) is whole and count its pages.

pypdf does the parsing: bank and payment-app exports use compressed object streams and
cross-reference streams (PDF 1.5+), where scanning the raw bytes for `/Type /Page` misses pages.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from disputekit.pdf_logging import quiet_pypdf
from disputekit.store.vault.intake_errors import intake_error

# The spec wants `%%EOF` at the very end; real writers add a few bytes of padding after it.
_EOF_WINDOW = 1024
# A bill or a chat export, not a book: a packet lays out every page, so more is refused here,
# before anything is drawn (10,000 pages once ran a packet past five minutes).
MAX_PDF_PAGES = 500


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _pypdf_log() -> Iterator[_Collect]:
    """Keep pypdf's repair notes off stderr (they would reach CLI users) and collect them."""
    logger = logging.getLogger("pypdf")
    handler = _Collect()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def pdf_page_count(data: bytes, path: Path) -> int:
    """The number of pages of the PDF in `data`; IntakeError if it is cut off or unreadable."""
    from pypdf import PdfReader  # only when a PDF arrives: keeps intake of pictures light
    from pypdf.errors import DependencyError, PyPdfError

    quiet_pypdf()

    junk = data.find(b"%PDF-")
    if junk > 0:  # the spec tolerates it, but every packet then took the file for a picture
        raise intake_error(
            path,
            "unreadable",
            f"{junk} bytes come before the PDF's %PDF- header, so it is not the file as a bank"
            " or app exported it; save it again from a PDF viewer",
            f"PDF 文件头 %PDF- 之前多出 {junk} 个字节，不是银行或应用直接导出的文件；"
            "请用 PDF 阅读器另存一份后再添加",
        )
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise intake_error(
            path, "truncated", "the PDF has no end marker", "PDF 文件缺少结束标记（%%EOF）"
        )
    with _pypdf_log() as log:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            locked = reader.is_encrypted and not reader.decrypt("")
            pages = 0 if locked else len(reader.pages)
        except DependencyError as exc:  # not a PyPdfError: AES without `cryptography`
            raise intake_error(
                path,
                "unreadable",
                f"the PDF is encrypted and this installation cannot decrypt it ({exc})",
                f"PDF 已加密，当前安装无法解密（{exc}）",
            ) from exc
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
            reason = "; ".join([*log.messages, str(exc)][-2:]) or type(exc).__name__
            raise intake_error(
                path, "unreadable", f"the PDF is damaged ({reason})", f"PDF 文件已损坏（{reason}）"
            ) from exc
    if locked:
        raise intake_error(
            path,
            "unreadable",
            "the PDF needs a password to open; open it with its password in a PDF viewer and"
            " save or print an unprotected copy, or export the bill again without a password",
            "PDF 需要密码才能打开：请在 PDF 阅读器中输入密码后另存（或打印）为无密码的副本，"
            "或重新导出不带密码的账单",
        )
    if pages < 1:
        raise intake_error(path, "unreadable", "the PDF has no pages", "PDF 文件没有任何页面")
    if pages > MAX_PDF_PAGES:
        raise intake_error(
            path,
            "too_large",
            f"the PDF has {pages:,} pages; a packet takes at most {MAX_PDF_PAGES}",
            f"该 PDF 有 {pages:,} 页，材料包最多能放 {MAX_PDF_PAGES} 页",
        )
    return pages
