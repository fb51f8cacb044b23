"""Why a file was refused at intake, in words a buyer understands (English and Chinese).

Every message names the file and the problem, and where the user can fix it, says how.
"""

from __future__ import annotations

from pathlib import Path

# code -> (English template, Chinese template); fields: name, detail, detail_zh.
_TEMPLATES: dict[str, tuple[str, str]] = {
    "empty": (
        "{name} is empty (0 bytes); nothing to keep as evidence.",
        "「{name}」是空文件（0 字节），无法作为证据保存。",
    ),
    "not_image": (
        "{name} is not a picture or a PDF{detail}.",
        "「{name}」不是图片或 PDF 文件{detail_zh}。",
    ),
    "truncated": (
        "{name} is incomplete: {detail} (it was probably cut off while copying or downloading;"
        " take the screenshot or download again).",
        "「{name}」不完整：{detail_zh}（可能在复制或下载时中断，请重新截图或下载）。",
    ),
    "too_large": (
        "{name} is too large to open safely: {detail}.",
        "「{name}」过大，无法安全打开：{detail_zh}。",
    ),
    "unsupported": (
        "{name} is {detail}, which DisputeKit does not accept; save it as PNG, JPEG or PDF.",
        "「{name}」是 {detail_zh}，DisputeKit 不接受此格式；请另存为 PNG、JPEG 或 PDF。",
    ),
    "heic_plugin_missing": (
        "{name} is a HEIC photo; install HEIC support with `pip install pillow-heif`"
        " (or export the photo as JPEG).",
        "「{name}」是 HEIC 照片，需要先安装 HEIC 支持：pip install pillow-heif"
        "（或将照片导出为 JPEG）。",
    ),
    "unreadable": (
        "{name} could not be read: {detail}.",
        "「{name}」无法读取：{detail_zh}。",
    ),
}

CODES = frozenset(_TEMPLATES)


class IntakeError(ValueError):
    """A file refused by the evidence vault; nothing of it was stored.

    `code` is one of `CODES`; `message` is English, `message_zh` Chinese; `path` names the file.
    """

    def __init__(self, path: Path, code: str, message: str, message_zh: str) -> None:
        super().__init__(message)
        self.path = path
        self.code = code
        self.message = message
        self.message_zh = message_zh

    def __repr__(self) -> str:
        return f"IntakeError({self.code!r}, {self.message!r})"


def intake_error(path: Path, code: str, detail: str = "", detail_zh: str = "") -> IntakeError:
    """Build the error for `code` about `path`, with an optional detail in both languages."""
    en, zh = _TEMPLATES[code]
    fields = {"name": path.name or str(path), "detail": detail, "detail_zh": detail_zh or detail}
    return IntakeError(path, code, en.format(**fields), zh.format(**fields))
