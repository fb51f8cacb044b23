"""The store's errors are message codes: the command line's text is unchanged (the Chinese
catalog, which the CLI prints), and the English UI renders them in English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from disputekit.messages import Msg, render
from disputekit.store.bag_check import BundleError
from disputekit.store.case_list import CaseGone, CaseNotFound
from disputekit.store.case_repository import EvidenceNotFound
from disputekit.store.db_errors import (
    StoreDamaged,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    explain,
    full_disk,
)
from disputekit.store.stored_match import AlreadyStored

DB = Path("/data/disputekit.sqlite3")


def _sqlite(text: str) -> sqlite3.OperationalError:
    return sqlite3.OperationalError(text)


@pytest.mark.parametrize(
    "error, kind, cli, english",
    [
        (
            explain(DB, _sqlite("database is locked")),
            StoreLocked,
            "数据库正被另一个程序使用 (the database is in use by another program): "
            "/data/disputekit.sqlite3. Close the other program or window using it and try "
            "again; nothing was changed.",
            "The database is in use by another program: /data/disputekit.sqlite3. Close the "
            "other program or window using it and try again; nothing was changed.",
        ),
        (
            explain(DB, _sqlite("attempt to write a readonly database")),
            StoreReadOnly,
            "/data/disputekit.sqlite3 cannot be written: the data folder is read-only (a "
            "write-protected disk or missing permission). Reading still works; nothing was "
            "changed.",
            "Cannot write /data/disputekit.sqlite3: the data folder is read-only (a "
            "write-protected disk or a missing permission). Reading still works; nothing was "
            "changed.",
        ),
        (
            full_disk(Path("/x/out.zip")),
            StoreFull,
            "the disk is full: /x/out.zip could not be written. Free some space and try again; "
            "what was stored before is unchanged.",
            "The disk is full: /x/out.zip could not be written. Free some space and try again; "
            "what was stored before is unchanged.",
        ),
        (
            explain(DB, _sqlite("file is not a database")),
            StoreDamaged,
            "/data/disputekit.sqlite3 is not a DisputeKit database or is damaged (SQLite: file "
            "is not a database). It was not changed. Copies taken before each upgrade are in "
            "/data/backups.",
            "/data/disputekit.sqlite3 is damaged or is not a DisputeKit database (SQLite: file "
            "is not a database). It was left as it is; the copies taken before each upgrade "
            "are in /data/backups.",
        ),
    ],
)
def test_database_errors_keep_their_text_and_render_in_english(error, kind, cli, english):
    assert type(error) is kind
    assert str(error) == cli
    assert isinstance(error.text, Msg) and error.text.code.startswith("store.")
    assert render(error.text, "en") == english
    assert "数据库" not in render(error.text, "en")


def test_case_evidence_and_duplicate_errors_are_codes():
    cases = [
        (CaseNotFound(5), "no case with id 5", "No case with id 5"),
        (CaseGone(6), "case 6 was deleted after the list was made", "Case 6 was deleted"),
        (EvidenceNotFound("e9", 3), "no evidence item 'e9' in case 3", "No evidence item 'e9'"),
        (AlreadyStored(4), "already stored as case 4", "Already stored as case 4"),
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
