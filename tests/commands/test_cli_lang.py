"""`disputekit --lang en`: the command line speaks English when asked, Chinese otherwise,
through the real CLI (`python -m disputekit --data-dir …`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the three demo cases."""
    folder = tmp_path_factory.mktemp("lang") / "data"
    assert run(folder, "demo").returncode == 0
    return folder


def test_list_speaks_english_when_asked(data: Path) -> None:
    english = run(data, "--lang", "en", "list")
    assert english.returncode == 0, english.stderr
    first = english.stdout.splitlines()[-1]
    assert first.split()[:3] == ["1", "Pending", "delivery"]
    assert "速充卡盟" in first  # the case's own data stays as written
    assert "evidence 3" in first and "next deadline" in first
    assert "证据" not in english.stdout and "待发货" not in english.stdout


def test_chinese_is_the_default_and_zh_chooses_it(data: Path) -> None:
    default, chosen = run(data, "list"), run(data, "--lang", "zh", "list")
    assert default.stdout == chosen.stdout
    assert "待发货" in default.stdout and "证据 3" in default.stdout
    assert "evidence" not in default.stdout


def test_show_speaks_english(data: Path) -> None:
    shown = run(data, "--lang", "en", "show", "1")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Case 1: 速充卡盟 星辰数码专营店"
    assert lines[2].split("  ")[1:] == [
        "Status Pending delivery",
        "problem Wrong information entered",
    ]
    assert lines[3].strip().startswith("Complainant ")
    heads = "\n".join(lines[:4])  # the events' notes below are the user's own words
    assert not any(word in heads for word in ("案件", "订单", "状态", "投诉人"))
    assert "  Ordered  " in shown.stdout  # an event's kind, in English


def test_refusals_are_english_and_the_exit_code_unchanged(data: Path, tmp_path: Path) -> None:
    missing = run(data, "--lang", "en", "show", "99")
    assert (missing.returncode, missing.stderr) == (1, "disputekit: No case with id 99\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    refused = run(data, "--lang", "en", "add", "1", str(notes))
    assert refused.returncode == 1
    assert "notes.txt is not a picture or a PDF" in refused.stderr
    chinese = run(data, "add", "1", str(notes))
    assert chinese.returncode == 1 and "不是图片或 PDF 文件" in chinese.stderr
    assert len(run(data, "--lang", "en", "list").stdout.splitlines()) == 3  # nothing added


def test_an_unknown_language_is_a_usage_error(data: Path) -> None:
    wrong = run(data, "--lang", "fr", "list")
    assert wrong.returncode == 2 and "--lang" in wrong.stderr


def test_advise_speaks_english_but_the_message_to_customer_service_stays_chinese(
    data: Path,
) -> None:
    english = run(data, "--lang", "en", "advise", "2", "--today", "2026-11-25")
    assert english.returncode == 0, english.stderr
    lines = english.stdout.splitlines()
    assert lines[0] == "Recommended channel: Platform appeal (2026-11-25)"
    assert "Next steps:" in lines and "Deadlines:" in lines and "Notes:" in lines
    assert "  - Customer service reply due: 21 Nov 2026 09:12 [met] " in english.stdout
    assert "12315 acceptance: not met yet" in lines
    assert "订单号：YC2026111920135188" in lines  # the message is for a Chinese platform
    chinese = run(data, "advise", "2", "--today", "2026-11-25").stdout.splitlines()
    assert chinese[0] == "建议渠道：平台订单申诉（2026-11-25）"
    assert "  - 客服审核答复期限：2026年11月21日 09:12［已完成］" in "\n".join(chinese)


def test_packet_says_what_it_wrote_or_why_not_in_english(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    args = ["packet", "2", "--kind", "complaint_12315", "--out", str(out), "--today", "2026-11-25"]
    blocked = run(data, "--lang", "en", *args)
    assert blocked.returncode == 1 and not out.exists()
    assert blocked.stderr.splitlines() == [
        "disputekit packet: cannot make the final packet (--draft makes a draft):",
        "  - respondent.address: Missing: the respondent's address"
        " (《市场监督管理投诉举报处理办法》第十条)",
    ]  # the statute is cited as it is written
    draft = run(data, "--lang", "en", *args, "--draft")
    assert draft.returncode == 0, draft.stderr
    said = re.fullmatch(r"(.+): (\d+) pages, [\d.]+ MB, 3 evidence items \(draft\)\n", draft.stdout)
    assert said is not None and said[1] == str(out) and int(said[2]) > 3


def test_a_bill_listing_speaks_english(data: Path, tmp_path: Path) -> None:
    from tests.support import bill_samples as samples

    bill = tmp_path / "bill.csv"
    bill.write_bytes(samples.alipay_csv(samples.sample_rows(2), encoding="utf-8-sig"))
    english = run(data, "--lang", "en", "bill", str(bill))
    assert english.returncode == 0, english.stderr
    head, first = english.stdout.splitlines()[:2]
    assert head.startswith("Alipay bill bill.csv: 2 rows, sha256 ")
    assert first.split()[:5] == ["1", "2026-11-20", "10:15:00", "out", "1.00"]
    assert "transaction 2026112022001000000000000000" in first
    assert english.stderr.startswith("disputekit: note: bill.csv is no longer the original export")
    chinese = run(data, "bill", str(bill))
    assert chinese.stdout.splitlines()[1].split()[3] == "支出"
    assert "交易单号 2026112022001000000000000000" in chinese.stdout


def test_a_data_folder_that_cannot_be_opened_is_said_in_english(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    english = run(not_a_folder, "--lang", "en", "list")
    assert english.returncode == 1
    assert english.stderr.startswith("disputekit: cannot open the data folder: ")
    assert not re.search(r"[\u4e00-\u9fff]", english.stderr)  # why, in English too
    chinese = run(not_a_folder, "list")
    assert chinese.stderr.startswith("disputekit: 无法打开数据文件夹：")
