"""Why the OS refused, in the reader's language: a message chosen by errno, never the OS's
English inside a Chinese sentence, and the OS's own text kept for an errno not listed."""

from __future__ import annotations

import errno
import zipfile

import pytest

from disputekit.messages import msg, os_failure, os_reason, reason_text, render
from disputekit.messages.os_reasons import CODES

EXPECTED = {
    errno.ENOENT: ("找不到该文件或文件夹", "No such file or directory"),
    errno.EACCES: ("没有权限", "Permission denied"),
    errno.EPERM: ("没有权限进行此操作", "Operation not permitted"),
    errno.ENOTDIR: ("路径中有一部分不是文件夹", "Not a directory"),
    errno.EISDIR: ("这是文件夹，不是文件", "Is a directory"),
    errno.EROFS: ("所在磁盘或文件夹是只读的", "Read-only file system"),
    errno.ENOSPC: ("磁盘已满", "No space left on device"),
    errno.EEXIST: ("已有同名的文件或文件夹", "File exists"),
    errno.ENAMETOOLONG: ("文件名或路径太长", "File name too long"),
    errno.EBUSY: ("文件或设备正被占用", "Device or resource busy"),
    errno.EMFILE: ("同时打开的文件太多", "Too many open files"),
    errno.ENFILE: ("同时打开的文件太多", "Too many open files"),
    errno.EIO: ("读写磁盘时出错（输入/输出错误）", "Input/output error"),
    errno.EXDEV: ("不能在不同磁盘之间直接移动", "Cannot move between different drives"),
    errno.ELOOP: ("符号链接层数太多（可能循环引用）", "Too many levels of symbolic links"),
    errno.ENOTEMPTY: ("文件夹不是空的", "Directory not empty"),
}


def test_every_listed_errno_has_its_expected_words():
    assert set(CODES) == set(EXPECTED)


@pytest.mark.parametrize("number", sorted(EXPECTED), ids=lambda n: errno.errorcode[n])
def test_the_reason_is_chosen_by_errno_in_both_languages(number: int):
    # The OS's text is what the user must not read; the subclass does not matter either.
    exc = OSError(number, "strerror the OS gave", "/x/y.pdf")
    zh, en = EXPECTED[number]
    reason = os_reason(exc)
    assert reason == zh and render(reason, "zh_CN") == zh
    assert render(reason, "en") == en
    assert "/x/y.pdf" not in reason and "/x/y.pdf" not in render(reason, "en")


def test_a_real_refusal_from_the_os_reads_chinese(tmp_path):
    with pytest.raises(OSError) as caught:
        (tmp_path / "no-such-folder" / "a.txt").write_text("x")
    assert os_reason(caught.value) == "找不到该文件或文件夹"
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError) as caught:
        (blocker / "a.txt").write_text("x")
    assert os_reason(caught.value) == "路径中有一部分不是文件夹"


def test_an_errno_not_listed_keeps_the_os_text():
    odd = OSError(errno.EPROTO, "Protocol error")
    assert os_reason(odd) == "系统错误：Protocol error"
    assert render(os_reason(odd), "en") == "Protocol error"
    bare = OSError("something the library said")
    assert os_reason(bare) == "系统错误：something the library said"
    assert render(os_reason(OSError()), "en") == "OSError"


def test_a_failure_names_its_file_once():
    denied = PermissionError(errno.EACCES, "Permission denied", "/out/x.zip")
    assert os_failure(denied) == "/out/x.zip：没有权限"
    assert render(os_failure(denied), "en") == "/out/x.zip: Permission denied"
    assert os_failure(OSError(errno.ENOSPC, "No space left on device")) == "磁盘已满"


def test_other_errors_caught_with_an_os_one_keep_their_text():
    io_error = OSError(errno.EIO, "Input/output error")
    assert reason_text(io_error) == "读写磁盘时出错（输入/输出错误）"
    assert reason_text(zipfile.BadZipFile("File is not a zip file")) == "File is not a zip file"
    assert reason_text(OSError("image file is truncated")) == "image file is truncated"


def test_a_reason_inside_a_message_follows_the_outer_language():
    reason = os_reason(OSError(errno.EROFS, "Read-only file system"))
    line = msg("cli.cannot_write", path="/x/y.pdf", reason=reason)
    assert line == "无法写入 /x/y.pdf：所在磁盘或文件夹是只读的"
    assert render(line, "en") == "cannot write /x/y.pdf: Read-only file system"
    nested = msg("cli.data_folder_unavailable", reason=os_failure(OSError(2, "x", "/d")))
    assert render(nested, "en") == "cannot open the data folder: /d: No such file or directory"
    assert nested == "无法打开数据文件夹：/d：找不到该文件或文件夹"
