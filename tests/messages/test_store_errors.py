"""The store's errors are message codes: as a `str` (what the command line prints) they are
Chinese, and the English UI renders them in English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from disputekit.messages import Msg, render
from disputekit.store.bundles.bag_check import BundleError
from disputekit.store.bundles.stored_match import AlreadyStored
from disputekit.store.cases.case_list import CaseGone, CaseNotFound
from disputekit.store.cases.case_repository import EvidenceNotFound
from disputekit.store.db_errors import (
    StoreDamaged,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    explain,
    full_disk,
)

DB = Path("/data/disputekit.sqlite3")


def _sqlite(text: str) -> sqlite3.OperationalError:
    return sqlite3.OperationalError(text)


@pytest.mark.parametrize(
    "error, kind, cli, english",
    [
        (
            explain(DB, _sqlite("database is locked")),
            StoreLocked,
            "数据库正被另一个程序使用：/data/disputekit.sqlite3。请关闭正在使用它的其他程序或"
            "窗口后重试；未做任何更改。",
            "The database is in use by another program: /data/disputekit.sqlite3. Close the "
            "other program or window using it and try again; nothing was changed.",
        ),
        (
            explain(DB, _sqlite("attempt to write a readonly database")),
            StoreReadOnly,
            "无法写入 /data/disputekit.sqlite3：数据文件夹是只读的（磁盘有写保护或缺少权限）。"
            "仍可读取；未做任何更改。",
            "Cannot write /data/disputekit.sqlite3: the data folder is read-only (a "
            "write-protected disk or a missing permission). Reading still works; nothing was "
            "changed.",
        ),
        (
            full_disk(Path("/x/out.zip")),
            StoreFull,
            "磁盘已满，无法写入 /x/out.zip。请腾出空间后重试；之前保存的内容没有变化。",
            "The disk is full: /x/out.zip could not be written. Free some space and try again; "
            "what was stored before is unchanged.",
        ),
        (
            explain(DB, _sqlite("file is not a database")),
            StoreDamaged,
            "/data/disputekit.sqlite3 已损坏或不是 DisputeKit 数据库（SQLite: file is not a "
            "database）。本次打开没有改动它；每次升级前保存的副本在 /data/backups。",
            "/data/disputekit.sqlite3 is damaged or is not a DisputeKit database (SQLite: file "
            "is not a database). This open left it as it was; the copies taken before each upgrade "
            "are in /data/backups.",
        ),
    ],
)
def test_database_errors_are_chinese_as_text_and_render_in_english(error, kind, cli, english):
    assert type(error) is kind
    assert str(error) == cli
    assert isinstance(error.text, Msg) and error.text.code.startswith("store.")
    assert render(error.text, "en") == english
    assert "数据库" not in render(error.text, "en")


def test_case_evidence_and_duplicate_errors_are_codes():
    cases = [
        (CaseNotFound(5), "没有编号为 5 的案件", "No case with id 5"),
        (CaseGone(6), "案件 6 在列表生成后已被删除", "Case 6 was deleted"),
        (EvidenceNotFound("e9", 3), "案件 3 中没有证据 'e9'", "No evidence item 'e9' in case 3"),
        (AlreadyStored(4), "已保存为案件 4", "Already stored as case 4"),
    ]
    for error, cli, english in cases:
        assert str(error) == cli
        assert render(error.text, "en").startswith(english)


def test_a_bundle_error_lists_its_problems_in_both_renderings():
    from disputekit.messages import msg

    error = BundleError(
        msg("bundle.failed_verification", name="x.zip"), ["altered: data/a.png", "missing"]
    )
    assert str(error) == "x.zip 未通过校验\n  - altered: data/a.png\n  - missing"
    assert render(error.text, "en").startswith("x.zip")
    assert render(error.text, "en").endswith("\n  - altered: data/a.png\n  - missing")
    assert "校验" not in render(error.text, "en")
