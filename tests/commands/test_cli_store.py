"""The store commands through the real CLI (`python -m disputekit --data-dir …`)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from disputekit.domain.case.document.case_json import dumps_case, loads_case
from disputekit.store import Store
from tests.support.reader_stops import first_line_then_stop

BAGIT = Path(sys.executable).with_name("bagit.py")


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def case_file(write_case, png) -> Path:
    """A case JSON with two screenshots beside it."""
    return write_case(
        {"chat.png": png((200, 20, 20)), "pay.png": png((20, 20, 200))},
        [
            {"id": "e1", "kind": "chat_log", "file": "chat.png", "caption": "聊天"},
            {"id": "e2", "kind": "payment_record", "file": "pay.png", "x-note": "kept"},
        ],
        [
            {
                "id": "ev1",
                "at": "2026-11-20T10:40:00+08:00",
                "kind": "cs_contacted",
                "note": "客服说请稍等",
                "evidence": ["e1"],
            }
        ],
    )


@pytest.fixture
def imported(tmp_path: Path, case_file: Path) -> Path:
    """A data folder holding the imported case (id 1)."""
    data = tmp_path / "data"
    result = run(data, "import", str(case_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "已导入案件 1：某某卡盟 KM2026112000123（2 个证据文件）\n"
    return data


@pytest.mark.slow
def test_import_list_show(imported, case_file, tmp_path):
    listed = run(imported, "list", "--json")
    assert listed.returncode == 0
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["order_no"], r["amount_paid"], r["evidence_count"]) for r in rows] == [
        (1, "KM2026112000123", "98.50", 2)
    ]
    assert json.loads(run(imported, "list", "Q币", "--json").stdout)[0]["id"] == 1
    assert json.loads(run(imported, "list", "不存在", "--json").stdout) == []
    text = run(imported, "list")
    assert "KM2026112000123" in text.stdout and "已发货未到账" in text.stdout
    assert run(imported, "list", "不存在").stdout == "没有与「不存在」匹配的案件\n"
    assert run(tmp_path / "empty", "list").stdout == "还没有案件\n"

    shown = run(imported, "show", "1", "--json")
    assert shown.returncode == 0
    case = loads_case(shown.stdout)
    original = loads_case(case_file.read_text(encoding="utf-8"))
    # Import fills in what the contract says it fills in: sha256 and the bundle path.
    for item in original.evidence:
        item.file = f"evidence/{item.file}"
        item.sha256 = case.evidence_by_id(item.id).sha256
    assert shown.stdout == dumps_case(original)
    assert "客服说请稍等" in run(imported, "show", "1").stdout


@pytest.mark.slow
def test_export_verify_and_bagit_validate(imported, tmp_path):
    out = tmp_path / "out.zip"
    exported = run(imported, "export", "1", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"已将案件 1 导出到 {out}\n"
    verified = run(imported, "verify", str(out))
    assert (verified.returncode, verified.stdout, verified.stderr) == (0, f"{out}：校验通过\n", "")
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "bag")
    bagit_run = subprocess.run(
        [str(BAGIT), "--validate", str(tmp_path / "bag")], capture_output=True, text=True
    )
    assert bagit_run.returncode == 0, bagit_run.stderr
    assert "is valid" in bagit_run.stderr

    again = run(tmp_path / "fresh", "import", str(out))
    assert again.returncode == 0, again.stderr
    assert run(tmp_path / "fresh", "show", "1", "--json").stdout == (
        run(imported, "show", "1", "--json").stdout
    )


@pytest.mark.slow
def test_tampered_bundle_fails_with_the_file_named(imported, tmp_path):
    out = tmp_path / "out.zip"
    assert run(imported, "export", "1", "--out", str(out)).returncode == 0
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "data/evidence/pay.png":
                data += b"appended"
            dst.writestr(info, data)
    result = run(imported, "verify", str(tampered))
    # Bundle problems print as their Chinese text, like the rest of what the core explains.
    assert result.returncode == 1
    assert result.stderr.startswith(f"disputekit: {tampered} 未通过校验：\n  - ")
    assert "已被改动：data/evidence/pay.png" in result.stderr
    refused = run(imported, "import", str(tampered))
    assert refused.returncode == 1
    assert "已被改动：data/evidence/pay.png" in refused.stderr
    assert len(json.loads(run(imported, "list", "--json").stdout)) == 1


@pytest.mark.slow
def test_exit_codes_for_bad_input_and_usage(imported, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "disputekit.case/1", "order": {"amount_paid": "-5"}}')
    result = run(imported, "import", str(bad))
    assert result.returncode == 1
    # Validation errors print in Chinese, as everything else the core explains.
    assert "order.amount_paid：'-5' 为负数" in result.stderr
    assert "respondent：缺少此项" in result.stderr  # every error at once

    missing = run(imported, "show", "99")
    assert (missing.returncode, missing.stderr.strip()) == (1, "disputekit: 没有编号为 99 的案件")
    assert run(imported, "export", "99", "--out", str(tmp_path / "x.zip")).returncode == 1
    absent = run(imported, "verify", str(tmp_path / "absent.zip"))
    assert (absent.returncode, absent.stderr) == (
        1,
        f"disputekit: 找不到文件 {tmp_path / 'absent.zip'}\n",
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    folder = run(imported, "import", str(empty))
    assert (folder.returncode, folder.stderr) == (
        1,
        f"  拒绝 {empty}：{empty} 中没有案件包（.zip）或案件文件（.json）\n",
    )
    nowhere = run(imported, "export", "1", "--out", str(tmp_path / "no" / "such" / "x.zip"))
    assert nowhere.returncode == 1
    assert nowhere.stderr == (
        f"disputekit: 无法写入 {tmp_path / 'no' / 'such' / 'x.zip'}："
        f"文件夹 {tmp_path / 'no' / 'such'} 不存在：请先创建它，或换一个位置\n"
    )

    for usage in (["show"], ["show", "abc"], ["export", "1"], ["list", "--status", "bogus"]):
        result = run(imported, *usage)
        assert result.returncode == 2, usage
        assert "usage:" in result.stderr


@pytest.mark.slow
def test_gc_collects_only_unreferenced_files(imported, tmp_path, png):
    orphan = tmp_path / "orphan"
    orphan.mkdir()
    (orphan / "o.png").write_bytes(png((1, 2, 3)))
    doc = {
        "format": "disputekit.case/1",
        "respondent": {"platform": "P"},
        "order": {
            "order_no": "X1",
            "amount_paid": "1",
            "ordered_at": "2026-11-20T10:00:00Z",
            "status": "completed",
        },
        "problem": "other",
        "evidence": [{"id": "e1", "kind": "other", "file": "o.png"}],
    }
    (orphan / "case.json").write_text(json.dumps(doc))
    assert run(imported, "import", str(orphan / "case.json")).returncode == 0
    with Store.open(imported) as store:
        store.cases.delete(2)
    # Just imported: within the grace period another process could still be using it.
    assert run(imported, "gc").stdout.strip() == "已从证据库删除 0 个没有案件使用的文件"
    result = run(imported, "gc", "--grace-minutes", "0")
    assert (result.returncode, result.stdout.strip()) == (
        0,
        "已从证据库删除 1 个没有案件使用的文件",
    )
    assert (
        run(imported, "gc", "--grace-minutes", "0").stdout.strip()
        == "已从证据库删除 0 个没有案件使用的文件"
    )
    out = tmp_path / "still.zip"
    assert run(imported, "export", "1", "--out", str(out)).returncode == 0


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("{tmp}", "{tmp} 是文件夹：请写出其中的文件名"),
        ("{tmp}/nowhere/x.zip", "文件夹 {tmp}/nowhere 不存在：请先创建它，或换一个位置"),
        ("", "「.」不是文件名：请写出要生成的文件名"),
    ],
)
def test_export_to_an_unusable_path_names_it(imported, tmp_path, out, message):
    result = run(imported, "export", "1", "--out", out.format(tmp=tmp_path))
    assert result.returncode == 1
    assert "disputekit: 无法写入 " in result.stderr
    assert message.format(tmp=tmp_path) in result.stderr
    assert "Traceback" not in result.stderr and ".partial" not in result.stderr


def test_gc_grace_must_not_be_negative(imported):
    result = run(imported, "gc", "--grace-minutes", "-5")
    assert result.returncode == 2 and "--grace-minutes" in result.stderr


@pytest.mark.slow
def test_reimport_skips_by_default_and_imports_a_copy_on_request(imported, case_file, tmp_path):
    again = run(imported, "import", str(case_file))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        "case.json：已保存为案件 1，本次跳过（加 --update 用它替换已保存的案件，"
        "加 --as-new 另存一份副本）"
    )
    assert [r["id"] for r in json.loads(run(imported, "list", "--json").stdout)] == [1]
    # The same case through its bundle is recognised too.
    bundle = tmp_path / "case1.zip"
    assert run(imported, "export", "1", "--out", str(bundle)).returncode == 0
    assert "case1.zip：已保存为案件 1，本次跳过" in run(imported, "import", str(bundle)).stdout
    copy = run(imported, "import", "--as-new", str(bundle))
    assert copy.returncode == 0, copy.stderr
    assert copy.stdout.startswith("已导入案件 2：某某卡盟 KM2026112000123")
    rows = json.loads(run(imported, "list", "--json").stdout)
    assert sorted(r["id"] for r in rows) == [1, 2]


@pytest.mark.slow
def test_reimport_with_update_replaces_the_stored_case(imported, case_file):
    doc = json.loads(case_file.read_text(encoding="utf-8"))
    doc["order"]["product"] = "腾讯Q币 200元"
    case_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    updated = run(imported, "import", "--update", str(case_file))
    assert updated.returncode == 0, updated.stderr
    assert updated.stdout.strip() == "已用 case.json 更新案件 1"
    assert loads_case(run(imported, "show", "1", "--json").stdout).order.product == "腾讯Q币 200元"
    both = run(imported, "import", "--update", "--as-new", str(case_file))
    assert both.returncode == 2


def test_a_list_read_only_in_part_ends_quietly(tmp_path: Path) -> None:
    """`disputekit list | head -1` over more cases than a pipe holds: no "system error"."""
    from disputekit.domain.case.model import Case, Order

    with Store.open(tmp_path / "d") as store:
        store.cases.create_many(Case(order=Order(f"KM{n:06d}")) for n in range(2000))
    cmd = [sys.executable, "-m", "disputekit", "--data-dir", str(tmp_path / "d"), "list"]
    first, errors, code = first_line_then_stop(cmd)
    assert "KM001999" in first
    assert errors == ""
    assert code == 141
