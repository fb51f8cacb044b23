"""Evidence files a packet cannot use are named in the UI language: missing, altered, empty."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfWriter

from disputekit.messages import Msg, render
from disputekit.packet.images.evidence_files import resolve_exhibits
from tests.packet.conftest import load, sample_folder

_CJK = re.compile(r"[\u4e00-\u9fff]")


def test_each_file_problem_is_a_message_with_english(tmp_path):
    folder = sample_folder(tmp_path / "case", screenshots=4, with_jpeg=False)
    case = load(folder)
    first, second, third, fourth = case.evidence
    (folder / first.file).unlink()
    first.file = "evidence/gone.png"  # no such file
    second.sha256 = "0" * 64  # not the hash recorded at intake
    PdfWriter().write(folder / third.file)  # a PDF without pages
    third.sha256 = ""

    def file_for(item):
        if item is fourth:
            raise KeyError("e4")  # e.g. a vault entry the store no longer has
        return folder / item.file

    exhibits, problems = resolve_exhibits(case, file_for, None)
    assert exhibits == []
    by_path = {p.field_path: p for p in problems}
    zh = {path: str(p.message_zh) for path, p in by_path.items()}
    assert zh["evidence[0]"] == f"找不到证据文件 {folder / 'evidence/gone.png'}"
    assert zh["evidence[1]"] == (
        f"证据文件 {Path(second.file).name} 的 SHA-256 与登记时不一致，文件可能已被修改"
    )
    assert zh["evidence[2]"] == f"无法读取证据文件 {Path(third.file).name}：PDF 没有页面"
    assert zh["evidence[3]"] == "找不到证据文件：'e4'"
    for p in problems:
        assert isinstance(p.message_zh, Msg)
        english = render(p.message_zh, "en")
        assert not _CJK.search(english), english
    assert render(by_path["evidence[1]"].message_zh, "en").startswith("The SHA-256 of evidence")
    assert render(by_path["evidence[2]"].message_zh, "en") == (
        f"Cannot read evidence file {Path(third.file).name}: the PDF has no pages"
    )
